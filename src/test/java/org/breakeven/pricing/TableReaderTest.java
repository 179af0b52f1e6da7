package org.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
    private static final String SECOND_TIER = "{ \"from\": \"6000000000\", \"price\": \"0.0000150000\" }";
    private static final String ZEROS = "sha256:" + "0".repeat(64);

    @TempDir
    Path dir;

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("unknown top-level field", "\"provider\": \"aws\",", "\"provider\": \"aws\", \"colour\": \"red\",",
                        "$.colour", "Unrecognized field \"colour\""),
                Arguments.of("unknown field in a rate", REQUESTS,
                        REQUESTS.replace(" }", ", \"colour\": \"red\" }"), "$.rates['lambda.requests'].colour",
                        "Unrecognized field \"colour\""),
                Arguments.of("missing unit", REQUESTS, REQUESTS.replace("\"unit\": \"USD per request\", ", ""),
                        "$.rates['lambda.requests'].unit", "a value is required here but it is missing"),
                Arguments.of("negative price", REQUESTS, REQUESTS.replace("\"0.0000002\"", "\"-0.0000002\""),
                        "$.rates['lambda.requests'].price", "must be at least 0 but was: -0.0000002"),
                Arguments.of("non-numeric price", REQUESTS, REQUESTS.replace("\"0.0000002\"", "\"twenty cents\""),
                        "$.rates['lambda.requests'].price",
                        "must be a decimal number such as \"0.0000166667\" but was: \"twenty cents\""),
                Arguments.of("price written as a JSON number", REQUESTS, REQUESTS.replace("\"0.0000002\"", "0.0000002"),
                        "$.rates['lambda.requests'].price",
                        "must be a string such as \"0.0000166667\", so that no digit is lost, but was the number 0.0000002"),
                Arguments.of("neither price nor tiers", REQUESTS, REQUESTS.replace("\"price\": \"0.0000002\", ", ""),
                        "$.rates['lambda.requests']", "a rate must have either price or tiers, not neither"),
                Arguments.of("duplicate key", REQUESTS, REQUESTS + ",\n    " + REQUESTS,
                        "$.rates['lambda.requests']", "Duplicate field 'lambda.requests'"),
                Arguments.of("overlapping tiers", SECOND_TIER, SECOND_TIER.replace("\"6000000000\"", "\"5000000000\""),
                        "$.rates['lambda.duration.x86_64'].tiers[1].from",
                        "tiers overlap: this tier must start at 6000000000 where the previous one ends, but starts at 5000000000"),
                Arguments.of("gapped tiers", SECOND_TIER, SECOND_TIER.replace("\"6000000000\"", "\"7000000000\""),
                        "$.rates['lambda.duration.x86_64'].tiers[1].from",
                        "tiers leave a gap: this tier must start at 6000000000 where the previous one ends, but starts at 7000000000"),
                Arguments.of("closed last tier", SECOND_TIER, SECOND_TIER.replace(" }", ", \"to\": \"9000000000\" }"),
                        "$.rates['lambda.duration.x86_64'].tiers[1].to",
                        "the last tier must be open-ended (no \"to\") but ends at 9000000000"),
                Arguments.of("unknown source key in a rate", REQUESTS, REQUESTS.replace("\"source\": \"s\"", "\"source\": \"t\""),
                        "$.rates['lambda.requests'].source", "source \"t\" is not a key of $.sources (s)"),
                Arguments.of("unknown source key in an allowance", "\"quantity\": \"1000000\", \"source\": \"s\"",
                        "\"quantity\": \"1000000\", \"source\": \"t\"", "$.allowances['lambda.freeTier.requests'].source",
                        "source \"t\" is not a key of $.sources (s)"),
                Arguments.of("fractional vcpu", "\"vcpu\": 2,", "\"vcpu\": 2.5,", "$.instances['t3.medium'].vcpu",
                        "must be a whole number but was: 2.5"),
                Arguments.of("source read before it was published", "\"read\": \"2024-11-02\"", "\"read\": \"2024-10-31\"",
                        "$.sources.s.read", "read must be on or after published (2024-11-01) but was: 2024-10-31"),
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
                .hasMessageStartingWith(file + " at " + path + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> {
                    PricingFormatException error = (PricingFormatException) e;
                    assertThat(error.file()).isEqualTo(file.toString());
                    assertThat(error.jsonPath()).isEqualTo(path);
                });
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

    private static String withChecksum(String json, String checksum) {
        return json.replace("\"title\": \"A small table for tests\",",
                "\"title\": \"A small table for tests\",\n  \"checksum\": \"" + checksum + "\",");
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}
