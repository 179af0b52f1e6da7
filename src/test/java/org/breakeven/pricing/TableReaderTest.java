package org.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed table fails with a {@link PricingFormatException} that names the file and the exact JSON
 * path of the value at fault. Each case changes one thing in a small valid table written to a temporary
 * folder. The prices in it are test data, not rates.
 */
class TableReaderTest {

    /** A small valid table without a checksum, as a user might write one. */
    static final String VALID = """
            {
              "format": "breakeven-pricing/1",
              "provider": "aws",
              "region": "test-1",
              "currency": "USD",
              "effectiveDate": "2024-11-01",
              "title": "A small table for tests",
              "sources": {
                "s": { "title": "A source", "url": "https://example.org/", "published": "2024-11-01", "read": "2024-11-02" }
              },
              "rates": {
                "lambda.requests": { "unit": "USD per request", "price": "0.0000002", "source": "s" },
                "lambda.duration.x86_64": { "unit": "USD per GB-second", "source": "s", "tiers": [
                  { "from": "0", "to": "6000000000", "price": "0.0000166667" },
                  { "from": "6000000000", "price": "0.0000150000" }
                ] }
              },
              "allowances": {
                "lambda.freeTier.requests": { "unit": "requests per month", "quantity": "1000000", "source": "s" }
              },
              "instances": {
                "t3.medium": { "vcpu": 2, "memoryGib": "4", "architecture": "x86_64", "price": "0.0416", "unit": "USD per hour", "source": "s" }
              }
            }
            """;

    private static final String REQUESTS = "\"lambda.requests\": { \"unit\": \"USD per request\", \"price\": \"0.0000002\", \"source\": \"s\" }";
    private static final String FIRST_TIER = "{ \"from\": \"0\", \"to\": \"6000000000\", \"price\": \"0.0000166667\" }";
    private static final String SECOND_TIER = "{ \"from\": \"6000000000\", \"price\": \"0.0000150000\" }";
    private static final String INSTANCE = "\"vcpu\": 2, \"memoryGib\": \"4\", \"architecture\": \"x86_64\", \"price\": \"0.0416\","
            + " \"unit\": \"USD per hour\"";
    private static final String ZEROS = "sha256:" + "0".repeat(64);

    @TempDir
    Path dir;

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("unknown top-level field", "\"provider\": \"aws\",", "\"provider\": \"aws\", \"colour\": \"red\",",
                        "$.colour", "unknown field \"colour\"; the fields here are: allowances, checksum, currency, effectiveDate, format, instances, lambdaInitBilling,"
                                + " provider, rates, region, sources, title"),
                Arguments.of("unknown field in a rate", REQUESTS,
                        REQUESTS.replace(" }", ", \"colour\": \"red\" }"), "$.rates['lambda.requests'].colour",
                        "unknown field \"colour\"; the fields here are: note, price, source, tiers, unit"),
                Arguments.of("missing unit", REQUESTS, REQUESTS.replace("\"unit\": \"USD per request\", ", ""),
                        "$.rates['lambda.requests'].unit", "a value is required here but it is missing"),
                Arguments.of("non-numeric price", REQUESTS, REQUESTS.replace("\"0.0000002\"", "\"twenty cents\""),
                        "$.rates['lambda.requests'].price",
                        "must be a decimal number such as \"0.0000166667\" but was: \"twenty cents\""),
                Arguments.of("price of 2,000 digits, refused before it is parsed", REQUESTS, REQUESTS.replace(
                        "\"0.0000002\"", "\"" + "1".repeat(2000) + "\""), "$.rates['lambda.requests'].price",
                        "must be a decimal number of at most 1,000 characters, such as \"0.0000166667\", but was: \""
                        + "1".repeat(100) + "... (2,000 characters)\""),
                Arguments.of("price written as a JSON number", REQUESTS, REQUESTS.replace("\"0.0000002\"", "0.0000002"),
                        "$.rates['lambda.requests'].price",
                        "must be a string such as \"0.0000166667\", so that no digit is lost, but was the number 0.0000002"),
                Arguments.of("neither price nor tiers", REQUESTS, REQUESTS.replace("\"price\": \"0.0000002\", ", ""),
                        "$.rates['lambda.requests']", "a rate must have either price or tiers, not neither"),
                Arguments.of("duplicate key", REQUESTS, REQUESTS + ",\n    " + REQUESTS,
                        "$.rates['lambda.requests']", "not valid JSON: a name appears twice in one object (line 13, column 22,"
                                + " byte offset 430)"),
                Arguments.of("fractional vcpu", "\"vcpu\": 2,", "\"vcpu\": 2.5,", "$.instances['t3.medium'].vcpu",
                        "must be a whole number but was: 2.5"),
                Arguments.of("another format", "\"format\": \"breakeven-pricing/1\"", "\"format\": \"breakeven-pricing/2\"",
                        "$.format", "must be \"breakeven-pricing/1\" but was: \"breakeven-pricing/2\""),
                Arguments.of("missing currency", "\"currency\": \"USD\",", "", "$.currency",
                        "a value is required here but it is missing"),
                Arguments.of("not a date", "\"effectiveDate\": \"2024-11-01\"", "\"effectiveDate\": \"2024-13-01\"",
                        "$.effectiveDate", "must be a date such as 2024-11-01 but was: \"2024-13-01\""),
                Arguments.of("both price and tiers", REQUESTS, REQUESTS.replace(" }", ", \"tiers\": [] }"),
                        "$.rates['lambda.requests']", "a rate must have either price or tiers, not both"),
                Arguments.of("duplicate key in the first tier", FIRST_TIER, FIRST_TIER.replace("{", "{ \"price\": \"1\","),
                        "$.rates['lambda.duration.x86_64'].tiers[0].price", "not valid JSON: a name appears twice in one"
                                + " object (line 14, column 63, byte offset 558)"),
                Arguments.of("unknown field in the first tier", FIRST_TIER, FIRST_TIER.replace(" }", ", \"colour\": \"red\" }"),
                        "$.rates['lambda.duration.x86_64'].tiers[0].colour",
                        "unknown field \"colour\"; the fields here are: from, price, to"),
                Arguments.of("unknown field in the second tier", SECOND_TIER, SECOND_TIER.replace(" }",
                        ", \"colour\": \"red\" }"), "$.rates['lambda.duration.x86_64'].tiers[1].colour",
                        "unknown field \"colour\"; the fields here are: from, price, to"),
                Arguments.of("instance priced per month", INSTANCE, INSTANCE.replace("per hour", "per month"),
                        "$.instances['t3.medium'].unit", "must be \"USD per hour\" but was: \"USD per month\""),
                Arguments.of("unknown INIT rule", "\"title\": \"A small table for tests\",",
                        "\"title\": \"A small table for tests\", \"lambdaInitBilling\": { \"rule\": \"free\", \"source\": \"s\" },",
                        "$.lambdaInitBilling.rule", "the INIT rule must be one of \"managedZipFree\", \"billed\" (INIT of"
                                + " on-demand ZIP functions not billed, as before 2025-08-01, or billed, as from then) but was:"
                                + " \"free\""),
                Arguments.of("INIT rule without a source", "\"title\": \"A small table for tests\",",
                        "\"title\": \"A small table for tests\", \"lambdaInitBilling\": { \"rule\": \"billed\" },",
                        "$.lambdaInitBilling.source", "a value is required here but it is missing"),
                Arguments.of("INIT rule citing an unknown source", "\"title\": \"A small table for tests\",",
                        "\"title\": \"A small table for tests\", \"lambdaInitBilling\": { \"rule\": \"billed\", \"source\": \"x\" },",
                        "$.lambdaInitBilling.source", "source of the Lambda INIT rule must be one of the table's sources (s)"
                                + " but was: x"),
                Arguments.of("malformed checksum", "\"title\": \"A small table for tests\",",
                        "\"title\": \"A small table for tests\", \"checksum\": \"md5:abc\",", "$.checksum",
                        "checksum must be \"sha256:\" and 64 lowercase hex digits but was: \"md5:abc\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void fromFile_malformed(String name, String original, String replacement, String path, String problem)
            throws IOException {
        assertThat(VALID).contains(original);
        Path file = write("table.json", VALID.replace(original, replacement));

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at " + path + ": " + problem)
                .satisfies(e -> {
                    PricingFormatException error = (PricingFormatException) e;
                    assertThat(error.file()).isEqualTo(file.toString());
                    assertThat(error.jsonPath()).isEqualTo(path);
                });
    }

    /**
     * A value that breaks a rule of its domain type fails with that type's own message (see {@link RateTest}),
     * the file and the JSON path of the field at fault: the reader checks none of these rules itself.
     */
    static Stream<Arguments> brokenRule() {
        String tiers = "$.rates['lambda.duration.x86_64'].tiers";
        String rate = "rate lambda.duration.x86_64 ";
        String instance = "$.instances['t3.medium']";
        return Stream.of(
                Arguments.of("negative flat price", REQUESTS, REQUESTS.replace("\"0.0000002\"", "\"-0.0000002\""),
                        "$.rates['lambda.requests'].price", "price must be between 0 and 1,000,000 per unit, with at most 20 decimal"
                        + " places, but was: -0.0000002"),
                Arguments.of("negative tier price", SECOND_TIER, SECOND_TIER.replace("\"0.0000150000\"", "\"-0.000015\""),
                        tiers + "[1].price", "price must be between 0 and 1,000,000 per unit, with at most 20 decimal places, but was:"
                        + " -0.000015"),
                Arguments.of("tier starting below 0", FIRST_TIER, FIRST_TIER.replace("\"from\": \"0\"", "\"from\": \"-1\""),
                        tiers + "[0].from", "tier start must be between 0 and 1,000,000,000,000,000, with at most 20 decimal"
                        + " places, but was: -1"),
                Arguments.of("tier ending where it starts", FIRST_TIER, FIRST_TIER.replace("\"6000000000\"", "\"0\""),
                        tiers + "[0].to", "tier end must be greater than its start (0) but was: 0"),
                Arguments.of("first tier not at 0", FIRST_TIER, FIRST_TIER.replace("\"from\": \"0\"", "\"from\": \"1\""),
                        tiers + "[0].from", rate + "tier 0 must start at 0 but starts at 1: the tiers leave a gap"),
                Arguments.of("overlapping tiers", SECOND_TIER, SECOND_TIER.replace("\"6000000000\"", "\"5000000000\""),
                        tiers + "[1].from", rate + "tier 1 must start at 6000000000, where tier 0 ends, but starts at"
                        + " 5000000000: the tiers overlap"),
                Arguments.of("gapped tiers", SECOND_TIER, SECOND_TIER.replace("\"6000000000\"", "\"7000000000\""),
                        tiers + "[1].from", rate + "tier 1 must start at 6000000000, where tier 0 ends, but starts at"
                        + " 7000000000: the tiers leave a gap"),
                Arguments.of("closed last tier", SECOND_TIER, SECOND_TIER.replace(" }", ", \"to\": \"9000000000\" }"),
                        tiers + "[1].to", rate + "tier 1 must be open-ended, as the last tier, but ends at 9000000000"),
                Arguments.of("open tier before the last", FIRST_TIER, FIRST_TIER.replace("\"to\": \"6000000000\", ", ""),
                        tiers + "[0].to", rate + "tier 0 must end where tier 1 starts, as only the last tier is"
                        + " open-ended, but has no end"),
                Arguments.of("no tiers", FIRST_TIER + ",\n      " + SECOND_TIER, "", tiers,
                        rate + "must have at least one tier"),
                Arguments.of("negative allowance", "\"quantity\": \"1000000\"", "\"quantity\": \"-1\"",
                        "$.allowances['lambda.freeTier.requests'].quantity",
                        "quantity of allowance lambda.freeTier.requests must be between 0 and 1,000,000,000,000,000, with at"
                        + " most 20 decimal places, but was: -1"),
                Arguments.of("no vcpu", INSTANCE, INSTANCE.replace("\"vcpu\": 2", "\"vcpu\": 0"), instance + ".vcpu",
                        "vcpu of t3.medium must be between 1 and 10,000 but was: 0"),
                Arguments.of("no memory", INSTANCE, INSTANCE.replace("\"4\"", "\"0.0\""), instance + ".memoryGib",
                        "memoryGib of t3.medium must be greater than 0 and at most 1,000,000 GiB, with at most 20 decimal places,"
                        + " but was: 0.0"),
                Arguments.of("unknown architecture", INSTANCE, INSTANCE.replace("x86_64", "riscv64"),
                        instance + ".architecture", "architecture of t3.medium must be x86_64 or arm64 but was: riscv64"),
                Arguments.of("negative instance price", INSTANCE, INSTANCE.replace("\"0.0416\"", "\"-0.0416\""),
                        instance + ".price", "hourlyPrice of t3.medium must be between 0 and 1,000,000 per hour, with at most 20"
                        + " decimal places, but was: -0.0416"),
                Arguments.of("unknown source key in a rate", REQUESTS, REQUESTS.replace("\"source\": \"s\"",
                        "\"source\": \"t\""), "$.rates['lambda.requests'].source",
                        "source of rate lambda.requests must be one of the table's sources (s) but was: t"),
                Arguments.of("unknown source key in an allowance", "\"quantity\": \"1000000\", \"source\": \"s\"",
                        "\"quantity\": \"1000000\", \"source\": \"t\"", "$.allowances['lambda.freeTier.requests'].source",
                        "source of allowance lambda.freeTier.requests must be one of the table's sources (s) but was: t"),
                Arguments.of("unknown source key in an instance type", INSTANCE + ", \"source\": \"s\"",
                        INSTANCE + ", \"source\": \"t\"", instance + ".source",
                        "source of instance type t3.medium must be one of the table's sources (s) but was: t"),
                Arguments.of("source read before it was published", "\"read\": \"2024-11-02\"",
                        "\"read\": \"2024-10-31\"", "$.sources.s.read",
                        "read of source s must be on or after published (2024-11-01) but was: 2024-10-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRule")
    void fromFile_brokenRule(String name, String original, String replacement, String path, String message)
            throws IOException {
        assertThat(VALID).contains(original);
        Path file = write("table.json", VALID.replace(original, replacement));

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOfSatisfying(PricingFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.jsonPath()).isEqualTo(path);
                    assertThat(e.getCause()).isInstanceOf(PricingValueException.class).hasMessage(message);
                })
                .hasMessage(file + " at " + path + ": " + message);
    }

    /**
     * Hostile numbers fail at once, at their JSON path, with their value shortened and the bounds allowed:
     * {@code "1e300"} (the bills crossed "near Infinity requests/month") and {@code "1e-999999999"} (18 s and 5 GB,
     * then "BigInteger would overflow supported range") in prices, tier bounds, allowances and memory. The
     * timeout is a hang guard, not a measure of speed.
     */
    static Stream<Arguments> hostileNumber() {
        String tiers = "$.rates['lambda.duration.x86_64'].tiers";
        String price = "price must be between 0 and 1,000,000 per unit, with at most 20 decimal places, but was: ";
        String tierStart = "tier start must be between 0 and 1,000,000,000,000,000, with at most 20 decimal places, but was: ";
        return Stream.of(
                Arguments.of("flat price of 1e300", REQUESTS, REQUESTS.replace("\"0.0000002\"", "\"1e300\""),
                        "$.rates['lambda.requests'].price", price + "1E+300"),
                Arguments.of("flat price of 1e-999999999", REQUESTS, REQUESTS.replace("\"0.0000002\"", "\"1e-999999999\""),
                        "$.rates['lambda.requests'].price", price + "1E-999999999"),
                Arguments.of("tier price of 1e-999999999", SECOND_TIER, SECOND_TIER.replace("\"0.0000150000\"",
                        "\"1e-999999999\""), tiers + "[1].price", price + "1E-999999999"),
                Arguments.of("price of 1,000 digits, shown shortened", REQUESTS, REQUESTS.replace("\"0.0000002\"",
                        "\"" + "1".repeat(1000) + "\""), "$.rates['lambda.requests'].price",
                        price + "1".repeat(100) + "... (1,000 characters)"),
                Arguments.of("tier bound of 1e-999999999", SECOND_TIER, SECOND_TIER.replace("\"6000000000\"",
                        "\"1e-999999999\""), tiers + "[1].from", tierStart + "1E-999999999"),
                Arguments.of("tier bound of 1e300", FIRST_TIER, FIRST_TIER.replace("\"6000000000\"", "\"1e300\""),
                        tiers + "[0].to", "tier end must be between 0 and 1,000,000,000,000,000, with at most 20 decimal"
                        + " places, but was: 1E+300"),
                Arguments.of("allowance of 1e-999999999", "\"quantity\": \"1000000\"", "\"quantity\": \"1e-999999999\"",
                        "$.allowances['lambda.freeTier.requests'].quantity", "quantity of allowance lambda.freeTier.requests"
                        + " must be between 0 and 1,000,000,000,000,000, with at most 20 decimal places, but was: 1E-999999999"),
                Arguments.of("instance price of 1e300", INSTANCE, INSTANCE.replace("\"0.0416\"", "\"1e300\""),
                        "$.instances['t3.medium'].price", "hourlyPrice of t3.medium must be between 0 and 1,000,000 per"
                        + " hour, with at most 20 decimal places, but was: 1E+300"),
                Arguments.of("memory of 1e-999999999", INSTANCE, INSTANCE.replace("\"4\"", "\"1e-999999999\""),
                        "$.instances['t3.medium'].memoryGib", "memoryGib of t3.medium must be greater than 0 and at most"
                        + " 1,000,000 GiB, with at most 20 decimal places, but was: 1E-999999999"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNumber")
    void fromFile_hostileNumber(String name, String original, String replacement, String path, String message)
            throws IOException {
        assertThat(VALID).contains(original);
        Path file = write("table.json", VALID.replace(original, replacement));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOfSatisfying(PricingFormatException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo(path);
                    assertThat(e.getCause()).isInstanceOf(PricingValueException.class);
                })
                .hasMessage(file + " at " + path + ": " + message));
    }

    @Test
    void fromFile_valid() throws IOException {
        PricingTable table = PricingTables.fromFile(write("table.json", VALID));

        assertThat(table.version()).isEqualTo("aws/test-1@2024-11-01");
        assertThat(table.rate("lambda.requests").firstPrice()).isEqualByComparingTo("0.0000002");
        assertThat(table.rate("lambda.duration.x86_64").tiers()).hasSize(2);
        assertThat(table.checksum()).isEmpty();
    }

    @Test
    void fromFile_badChecksum() throws IOException {
        Path file = write("table.json", withChecksum(VALID, ZEROS));
        String actual = PricingTables.checksum(file);

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at $.checksum: checksum does not match the content: expected " + ZEROS
                        + " (recorded) but was " + actual + " (computed); the file was changed after its checksum was"
                        + " recorded")
                .extracting(e -> ((PricingFormatException) e).jsonPath()).isEqualTo("$.checksum");
    }

    @Test
    void fromFile_matchingChecksum() throws IOException {
        Path plain = write("plain.json", VALID);
        String checksum = PricingTables.checksum(plain);
        Path file = write("table.json", withChecksum(VALID, checksum));

        assertThat(PricingTables.fromFile(file).checksum()).contains(checksum);
    }

    @Test
    void fromFile_priceChangedAfterChecksum() throws IOException {
        String checksum = PricingTables.checksum(write("plain.json", VALID));
        Path file = write("table.json", withChecksum(VALID, checksum).replace("\"0.0416\"", "\"0.0415\""));

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessageStartingWith(file + " at $.checksum: checksum does not match the content: expected " + checksum);
    }

    @Test
    void read_shippedTableWithoutChecksum() throws IOException {
        String checksum = PricingTables.checksum(write("plain.json", VALID));
        var in = new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TableReader.read(in, "/pricing/aws/test-1/2024-11-01.json",
                TableReader.ChecksumPolicy.REQUIRED))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage("/pricing/aws/test-1/2024-11-01.json at $.checksum: a shipped table must record its checksum,"
                        + " here \"" + checksum + "\" (see PricingTables.checksum)");
    }

    @Test
    void checksum_ignoresFormattingMemberOrderAndRecordedChecksum() throws IOException {
        String reordered = VALID.replace("\"provider\": \"aws\",\n  \"region\": \"test-1\",",
                "\"region\": \"test-1\",     \"provider\"  :  \"aws\",").replace("\n", "\r\n    ");
        assertThat(reordered).isNotEqualTo(VALID);

        String checksum = PricingTables.checksum(write("a.json", VALID));

        assertThat(PricingTables.checksum(write("b.json", reordered))).isEqualTo(checksum);
        assertThat(PricingTables.checksum(write("c.json", withChecksum(VALID, ZEROS)))).isEqualTo(checksum);
        assertThat(checksum).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void checksum_changesWithAnyValue() throws IOException {
        String checksum = PricingTables.checksum(write("a.json", VALID));

        assertThat(PricingTables.checksum(write("b.json", VALID.replace("\"0.0416\"", "\"0.04160\""))))
                .isNotEqualTo(checksum);
        assertThat(PricingTables.checksum(write("c.json", VALID.replace("A source", "A source."))))
                .isNotEqualTo(checksum);
    }

    @Test
    void checksum_malformedFile() throws IOException {
        Path file = write("table.json", VALID.replace("\"0.0416\"", "\"cheap\""));

        assertThatThrownBy(() -> PricingTables.checksum(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessageStartingWith(file + " at $.instances['t3.medium'].price: ");
    }

    @Test
    void canonical_sortsMembersDropsWhitespaceAndTopLevelChecksum() throws IOException {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{ \"b\": [ 1, \"x\\ty\\u0001\" ], \"checksum\": \"sha256:0\", \"a\": { \"d\": true, \"checksum\": null, "
                        + "\"c\": \"\\\"\\\\é\" } }");

        assertThat(Checksum.canonical(tree, "t.json"))
                .isEqualTo("{\"a\":{\"c\":\"\\\"\\\\é\",\"checksum\":null,\"d\":true},\"b\":[1,\"x\\ty\\u0001\"]}");
    }

    @Test
    void canonical_fractionalNumber() throws IOException {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{ \"a\": { \"b\": [ 0.5 ] } }");

        assertThatThrownBy(() -> Checksum.canonical(tree, "t.json"))
                .isInstanceOf(PricingFormatException.class)
                .hasMessageStartingWith("t.json at $.a.b[0]: a number with a fraction or an exponent has no canonical form");
    }

    @Test
    void fromFile_empty() throws IOException {
        Path file = write("table.json", "");

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at $: the file is empty");
    }

    /**
     * A syntax error names the line, the column and the byte offset, not the text: line 3 is two spaces and
     * {@code "provider": "aws",} (18 characters), so the stray comma after it is in column 2 + 18 + 1 = 21; lines
     * 1 and 2 ({@code {} and {@code   "format": "breakeven-pricing/1",}, with their line breaks) are 2 + 35 bytes,
     * so it is at byte offset 37 + 20 = 57, counted from 0.
     */
    @Test
    void fromFile_syntaxError() throws IOException {
        Path file = write("table.json", VALID.replace("\"provider\": \"aws\",", "\"provider\": \"aws\",,"));

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at $.provider: not valid JSON: unexpected text (line 3, column 21, byte offset 57)");
    }

    @Test
    void fromFile_trailingDocument() throws IOException {
        Path file = write("table.json", VALID + "{}");

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at $: not valid JSON: something follows the document (line 25, column 1, byte offset"
                        + " 915)");
    }

    /**
     * A file that is not a table is described by where it fails, never by what it holds: {@code /etc/passwd}
     * showed {@code 'root'}, a file of credentials {@code Unrecognized token 'AKIA...'}. Each fails where the
     * word that is not JSON starts: {@code root} and the bare key at byte offset 0, {@code default} after the
     * {@code [} of the INI file at 1; a string cut short at its end, after the 33 bytes of
     * <code>{ "format": "AKIAIOSFODNN7EXAMPLE</code>; the byte 0xFF where it is, after the 17 bytes of
     * <code>{ "format": "AKIA</code>; an invalid second byte of a UTF-8 sequence (0xC3 then {@code A}) at that
     * second byte.
     */
    static Stream<Arguments> notJson() {
        return Stream.of(
                Arguments.of("passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/:/usr/sbin/nologin\n",
                        "$", "not valid JSON: unexpected text (line 1, column 1, byte offset 0)", "root"),
                Arguments.of("credentials", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                        + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
                        "$[0]", "not valid JSON: unexpected text (line 1, column 2, byte offset 1)", "AKIA"),
                Arguments.of("a bare key", "AKIAIOSFODNN7EXAMPLE\n", "$",
                        "not valid JSON: unexpected text (line 1, column 1, byte offset 0)", "AKIA"),
                Arguments.of("JSON credentials", "{ \"AccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\", \"SecretAccessKey\":"
                        + " \"wJalrXUtnFEMI\" }", "$.format", "not a pricing table: a breakeven-pricing/1 file says"
                        + " \"format\": \"breakeven-pricing/1\", but this one has no format", "AKIA"),
                Arguments.of("a secret as the format", "{ \"format\": \"AKIAIOSFODNN7EXAMPLE\" }", "$.format",
                        "must be \"breakeven-pricing/1\" but was: a string (not shown: this is not a pricing table)",
                        "AKIA"),
                Arguments.of("an array", "[ \"AKIAIOSFODNN7EXAMPLE\" ]", "$", "not a pricing table: a breakeven-pricing/1"
                        + " file holds a JSON object, but this one holds an array", "AKIA"),
                Arguments.of("a string cut short", "{ \"format\": \"AKIAIOSFODNN7EXAMPLE", "$.format",
                        "not valid JSON: the file ends inside a value (line 1, column 34, byte offset 33)", "AKIA"),
                Arguments.of("invalid UTF-8", "{ \"format\": \"AKIA\u00ff\" }", "$.format",
                        "not valid JSON: the bytes are not UTF-8 (line 1, column 18, byte offset 17)", "AKIA"),
                Arguments.of("invalid UTF-8 in a sequence", "{ \"format\": \"AKIA\u00c3A\" }", "$.format",
                        "not valid JSON: the bytes are not UTF-8 (line 1, column 19, byte offset 18)", "AKIA"),
                Arguments.of("nested 100 deep", "[".repeat(100) + "]".repeat(100), "$",
                        "not valid JSON: it nests deeper than 64 levels, or holds a number or a name too long", "[[["));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJson")
    void fromFile_notATable_noContentQuoted(String name, String content, String path, String problem, String secret)
            throws IOException {
        Path file = Files.write(dir.resolve("table.json"), content.getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOfSatisfying(PricingFormatException.class, e -> assertThat(e.jsonPath()).isEqualTo(path))
                .hasMessage(file + " at " + path + ": " + problem)
                .hasMessageNotContaining(secret);
    }

    /** The only values of a file that is not a table that are shown are those that look like a format name. */
    @Test
    void fromFile_anotherFormat_shown() throws IOException {
        Path file = write("index.json", "{ \"format\": \"breakeven-pricing-index/1\", \"tables\": [] }");

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at $.format: must be \"breakeven-pricing/1\" but was: \"breakeven-pricing-index/1\"");
    }

    /** Only a regular file of at most 10 MiB is opened; the others fail before a byte is read. */
    @Test
    void fromFile_tooLarge() throws IOException {
        Path file = dir.resolve("huge.json");
        try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(TableReader.MAX_BYTES + 1L);
        }

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at $: a pricing table must be at most 10 MiB (10,485,760 bytes), but this one has"
                        + " 10,485,761 bytes");
        assertThatThrownBy(() -> PricingTables.checksum(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessageStartingWith(file + " at $: a pricing table must be at most 10 MiB");
    }

    @Test
    void fromFile_folder() {
        assertThatThrownBy(() -> PricingTables.fromFile(dir))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(dir + " at $: a pricing table must be a regular file, but this is a folder");
    }

    /** {@code /dev/zero} ran out of memory; it is refused before it is opened. The timeout is a hang guard. */
    @Test
    void fromFile_device() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> PricingTables.fromFile(zero))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage("/dev/zero at $: a pricing table must be a regular file, but this is a device, a named pipe"
                        + " or a socket"));
    }

    /** A named pipe with no writer blocked for ever when it was opened; it is refused without opening it. */
    @Test
    void fromFile_namedPipe() throws Exception {
        Path pipe = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo is not available here");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> PricingTables.fromFile(pipe))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(pipe + " at $: a pricing table must be a regular file, but this is a device, a named pipe or"
                        + " a socket"));
    }

    /** A stream is read to 10 MiB at most: one that never ends fails there. The timeout is a hang guard. */
    @Test
    void fromStream_endless() {
        java.io.InputStream zeros = new java.io.InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                () -> PricingTables.fromStream(zeros, "endless"))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage("endless at $: a pricing table must be at most 10 MiB (10,485,760 bytes), but this one has"
                        + " more"));
    }

    /**
     * A table's values are shown once the file says it is a table, escaped and shortened: a terminal escape in a
     * key or a value cannot reach the terminal through a message.
     */
    @Test
    void fromFile_controlCharacters_escaped() throws IOException {
        char esc = 27;
        Path file = write("table.json", VALID.replace("\"lambda.requests\": { \"unit\": \"USD per request\", \"price\":"
                + " \"0.0000002\", \"source\": \"s\" }", "\"x\\u001b[31m\": { \"unit\": \"USD per request\", \"price\":"
                + " \"0.0000002\", \"source\": \"t\\u001b[0m\" }"));

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at $.rates['x\\u001B[31m'].source: source of rate x\\u001B[31m must be one of the"
                        + " table's sources (s) but was: t\\u001B[0m")
                .hasMessageNotContaining(String.valueOf(esc));
    }

    /** A null where an entry belongs, or a value of the wrong kind, says what belongs there. */
    static Stream<Arguments> wrongKind() {
        return Stream.of(
                Arguments.of("a null rate", REQUESTS, "\"lambda.requests\": null", "$.rates['lambda.requests']",
                        "a value is required here but it is missing"),
                Arguments.of("a null tier", SECOND_TIER, "null", "$.rates['lambda.duration.x86_64'].tiers[1]",
                        "a value is required here but it is missing"),
                Arguments.of("a null source", "\"s\": { \"title\": \"A source\", \"url\": \"https://example.org/\","
                        + " \"published\": \"2024-11-01\", \"read\": \"2024-11-02\" }", "\"s\": null", "$.sources.s",
                        "a value is required here but it is missing"),
                Arguments.of("a null allowance", "\"lambda.freeTier.requests\": { \"unit\": \"requests per month\","
                        + " \"quantity\": \"1000000\", \"source\": \"s\" }", "\"lambda.freeTier.requests\": null",
                        "$.allowances['lambda.freeTier.requests']", "a value is required here but it is missing"),
                Arguments.of("a null instance type", "\"t3.medium\": { " + INSTANCE + ", \"source\": \"s\" }",
                        "\"t3.medium\": null", "$.instances['t3.medium']", "a value is required here but it is missing"),
                Arguments.of("rates as an array", "\"rates\": {", "\"rates\": [], \"x\": {", "$.rates",
                        "must be an object but was an array"),
                Arguments.of("a title that is an object", "\"title\": \"A small table for tests\"", "\"title\": {}",
                        "$.title", "must be a string but was an object"),
                Arguments.of("tiers as an object", "\"tiers\": [", "\"tiers\": {}, \"x\": [", "$.rates['lambda.duration.x86_64'].tiers",
                        "must be an array but was an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongKind")
    void fromFile_wrongKind(String name, String original, String replacement, String path, String problem)
            throws IOException {
        assertThat(VALID).contains(original);
        Path file = write("table.json", VALID.replace(original, replacement));

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage(file + " at " + path + ": " + problem);
    }

    @Test
    void fromFile_missing() {
        Path file = dir.resolve("missing.json");

        assertThatThrownBy(() -> PricingTables.fromFile(file))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot read pricing table " + file + ": " + file);
        assertThatThrownBy(() -> PricingTables.checksum(file))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot read pricing table " + file + ": " + file);
    }

    @Test
    void read_failingStream() {
        java.io.InputStream broken = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device not ready");
            }
        };

        assertThatThrownBy(() -> TableReader.read(broken, "t.json", TableReader.ChecksumPolicy.IF_PRESENT))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot read t.json: device not ready");
    }

    @Test
    void fromStream_checksAsAFileDoes() {
        PricingTable table = PricingTables.fromStream(stream(VALID), "imported");

        assertThat(table.origin()).isEqualTo("imported");
        assertThat(table.rate("lambda.requests").firstPrice()).isEqualByComparingTo("0.0000002");
        assertThatThrownBy(() -> PricingTables.fromStream(stream(VALID.replace("\"0.0416\"", "\"cheap\"")), "imported"))
                .isInstanceOf(PricingFormatException.class)
                .hasMessageStartingWith("imported at $.instances['t3.medium'].price: ");
    }

    /** Domain fields become the file's names; keys in brackets stay as they are, dots and all. */
    @ParameterizedTest
    @CsvSource({"tiers[1].fromInclusive, tiers[1].from", "toExclusive, to", "hourlyPrice, price", "vcpu, vcpu",
        "rates['lambda.fromInclusive'].source, rates['lambda.fromInclusive'].source",
        "rates.s3_get.tiers[0].toExclusive, rates.s3_get.tiers[0].to"})
    void fileField_namesOfTheFile(String field, String inFile) {
        assertThat(TableReader.fileField(field)).isEqualTo(inFile);
    }

    /** The index lists each table once, at its own path, and is sorted by provider, region and date. */
    @Test
    void index_sortedByProviderRegionAndDate() {
        List<TableVersion> versions = TableReader.index(stream(index(entry("aws", "us-east-1", "2024-11-01"),
                entry("aws", "eu-west-1", "2026-10-01"), entry("aws", "us-east-1", "2024-07-01"))), "index.json");

        assertThat(versions).extracting(TableVersion::label).containsExactly("aws/eu-west-1@2026-10-01",
                "aws/us-east-1@2024-07-01", "aws/us-east-1@2024-11-01");
        assertThat(versions.get(0).path()).isEqualTo("aws/eu-west-1/2026-10-01.json");
    }

    static Stream<Arguments> badIndex() {
        String first = entry("aws", "us-east-1", "2024-11-01");
        return Stream.of(
                Arguments.of("another format", index(first).replace("index/1", "index/2"), "$.format",
                        "must be \"breakeven-pricing-index/1\" but was: \"breakeven-pricing-index/2\""),
                Arguments.of("path elsewhere", index(entry("aws", "us-east-1", "2024-07-01"),
                        first.replace("us-east-1/2024", "us-east-1/old/2024")), "$.tables[1].path",
                        "path of aws/us-east-1@2024-11-01 must be <provider>/<region>/<effectiveDate>.json, here"
                                + " \"aws/us-east-1/2024-11-01.json\", but was: \"aws/us-east-1/old/2024-11-01.json\""),
                Arguments.of("provider in capitals", index(entry("AWS", "us-east-1", "2024-07-01")), "$.tables[0].provider",
                        "provider must be lowercase letters and digits in words joined by hyphens, such as aws, but was:"
                                + " \"AWS\""),
                Arguments.of("listed twice", index(first, entry("aws", "us-east-1", "2024-07-01"), first), "$.tables[2]",
                        "aws/us-east-1@2024-11-01 is listed twice, at $.tables[0] and here"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIndex")
    void index_malformed(String name, String json, String path, String problem) {
        assertThatThrownBy(() -> TableReader.index(stream(json), "index.json"))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage("index.json at " + path + ": " + problem);
    }

    /** A table that the index lists must be the one it says: provider, region and effective date. */
    @ParameterizedTest
    @CsvSource({"gcp, test-1, 2024-11-01, $.provider, gcp/test-1@2024-11-01, gcp, aws",
        "aws, test-2, 2024-11-01, $.region, aws/test-2@2024-11-01, test-2, test-1",
        "aws, test-1, 2024-12-01, $.effectiveDate, aws/test-1@2024-12-01, 2024-12-01, 2024-11-01"})
    void readIndexed_notTheTableTheIndexSays(String provider, String region, String date, String path, String label,
            String expected, String actual) throws IOException {
        String json = withChecksum(VALID, PricingTables.checksum(write("plain.json", VALID)));
        TableVersion version = new TableVersion(provider, region, java.time.LocalDate.parse(date),
                provider + "/" + region + "/" + date + ".json");

        assertThatThrownBy(() -> TableReader.readIndexed(stream(json), "t.json", version))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage("t.json at " + path + ": the index lists this file as " + label + ", so this must be \""
                        + expected + "\", but was: \"" + actual + "\"");
    }

    @Test
    void readIndexed_theTableTheIndexSays() throws IOException {
        String json = withChecksum(VALID, PricingTables.checksum(write("plain.json", VALID)));
        TableVersion version = new TableVersion("aws", "test-1", java.time.LocalDate.of(2024, 11, 1),
                "aws/test-1/2024-11-01.json");

        assertThat(TableReader.readIndexed(stream(json), "t.json", version).version()).isEqualTo(version.label());
    }

    @Test
    void resource_inTheJar() throws IOException {
        try (java.io.InputStream in = TableReader.resource("/pricing/index.json", "not shipped")) {
            assertThat(TableReader.index(in, "/pricing/index.json")).isEqualTo(PricingTables.versions());
        }
    }

    /** Each shipped table reads, uncached, as the table its index entry names. */
    @Test
    void readResource_everyShippedTable() {
        for (TableVersion version : PricingTables.versions()) {
            PricingTable table = TableReader.readResource(version);

            assertThat(table.version()).isEqualTo(version.label());
            assertThat(table.origin()).isEqualTo("/pricing/" + version.path());
        }
    }

    @Test
    void resource_notInTheJar() {
        assertThatThrownBy(() -> TableReader.resource("/pricing/aws/nowhere/2024-11-01.json", "not shipped"))
                .isInstanceOf(PricingFormatException.class)
                .hasMessage("/pricing/aws/nowhere/2024-11-01.json at $: not shipped");
    }

    private static String entry(String provider, String region, String date) {
        return "{ \"provider\": \"" + provider + "\", \"region\": \"" + region + "\", \"effectiveDate\": \"" + date
                + "\", \"path\": \"" + provider + "/" + region + "/" + date + ".json\" }";
    }

    private static String index(String... entries) {
        return "{ \"format\": \"breakeven-pricing-index/1\", \"tables\": [ " + String.join(", ", entries) + " ] }";
    }

    private static java.io.InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String withChecksum(String json, String checksum) {
        return json.replace("\"title\": \"A small table for tests\",",
                "\"title\": \"A small table for tests\",\n  \"checksum\": \"" + checksum + "\",");
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}
