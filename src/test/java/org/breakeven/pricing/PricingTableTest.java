package org.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Building a table in code and writing it as a file: the writer is the reader's other half, so a shipped
 * table written out and read back is the same table, with the same checksum.
 */
class PricingTableTest {

    private static final LocalDate DAY = LocalDate.of(2024, 11, 1);
    private static final Source MINE = new Source("mine", "My bill", null, DAY, DAY.plusDays(1));

    @TempDir
    Path dir;

    /**
     * Read a shipped table, write it, read it back: the same table. The written file's checksum is the one
     * the shipped file records, so the writer wrote the same canonical form, and it verifies when read back.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.breakeven.pricing.PricingTablesTest#shipped")
    void toJson_shippedTableReadsBackEqual(TableVersion version) throws IOException {
        PricingTable shipped = PricingTables.version(version.label());
        Path file = Files.writeString(dir.resolve("written.json"), shipped.toJson(), StandardCharsets.UTF_8);

        PricingTable read = PricingTables.fromFile(file);

        assertThat(read).isEqualTo(shipped).hasSameHashCodeAs(shipped);
        assertThat(read.checksum()).isEqualTo(shipped.checksum()).isPresent();
        assertThat(PricingTables.checksum(file)).isEqualTo(shipped.checksum().orElseThrow());
        assertThat(TableReader.readIndexed(Files.newInputStream(file), file.toString(), version)).isEqualTo(shipped);
    }

    /** The layout of the shipped tables: the header fields in order, each value a string but vcpu, the checksum last. */
    @Test
    void toJson_layout() {
        PricingTable table = PricingTable.of("aws", "test-1", DAY, "USD", "Mine").withSource(MINE)
                .withRate(Rate.tiered("x", "USD per unit", List.of(new Tier(BigDecimal.ZERO, new BigDecimal("100"),
                        new BigDecimal("0.30")), new Tier(new BigDecimal("100"), null, new BigDecimal("0.2"))), "mine", "n"))
                .withInstance(new InstanceType("t3.medium", 2, new BigDecimal("4"), "x86_64", new BigDecimal("0.0416"),
                        "mine"));
        String json = table.toJson();

        assertThat(json).isEqualTo("""
                {
                  "format" : "breakeven-pricing/1",
                  "provider" : "aws",
                  "region" : "test-1",
                  "currency" : "USD",
                  "effectiveDate" : "2024-11-01",
                  "title" : "Mine",
                  "sources" : {
                    "mine" : {
                      "title" : "My bill",
                      "published" : "2024-11-01",
                      "read" : "2024-11-02"
                    }
                  },
                  "rates" : {
                    "x" : {
                      "unit" : "USD per unit",
                      "tiers" : [ {
                        "from" : "0",
                        "to" : "100",
                        "price" : "0.30"
                      }, {
                        "from" : "100",
                        "price" : "0.2"
                      } ],
                      "source" : "mine",
                      "note" : "n"
                    }
                  },
                  "instances" : {
                    "t3.medium" : {
                      "vcpu" : 2,
                      "memoryGib" : "4",
                      "architecture" : "x86_64",
                      "price" : "0.0416",
                      "unit" : "USD per hour",
                      "source" : "mine"
                    }
                  },
                  "checksum" : "%s"
                }
                """.formatted(TableReader.checksum(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "t.json")));
        assertThat(PricingTables.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json"))
                .isEqualTo(table);
    }

    @Test
    void of_emptyAndBuiltInCode() {
        PricingTable table = PricingTable.of("aws", "test-1", DAY, "USD", "Mine");

        assertThat(table).hasToString("PricingTable aws/test-1@2024-11-01 (0 rates, 0 allowances, 0 instance types)");
        assertThat(table.origin()).isEqualTo("built in code");
        assertThat(table.checksum()).isEmpty();
    }

    /** Each with... puts its entry in under its key, replacing one of the same key, and drops the checksum. */
    @Test
    void with_putsInAndReplaces() {
        PricingTable shipped = PricingTables.version("aws/us-east-1@2024-11-01");
        Rate cheaper = Rate.flat("lambda.requests", "USD per request", new BigDecimal("0.0000001"), "mine");

        PricingTable mine = shipped.withSource(MINE).withRate(cheaper)
                .withAllowance(new Allowance("lambda.freeTier.requests", BigDecimal.ZERO, "requests per month", "mine", ""))
                .withInstance(new InstanceType("t3.medium", 2, new BigDecimal("4"), "x86_64", BigDecimal.ONE, "mine"));

        assertThat(mine.rate("lambda.requests")).isSameAs(cheaper);
        assertThat(mine.rates()).hasSameSizeAs(shipped.rates());
        assertThat(mine.allowance("lambda.freeTier.requests").quantity()).isZero();
        assertThat(mine.instance("t3.medium").hourlyPrice()).isEqualTo(BigDecimal.ONE);
        assertThat(mine.sources()).containsEntry("mine", MINE).hasSize(shipped.sources().size() + 1);
        assertThat(mine.checksum()).isEmpty();
        assertThat(mine.origin()).isEqualTo(shipped.origin());
        assertThat(mine).isNotEqualTo(shipped);
        assertThat(shipped.rate("lambda.requests").firstPrice()).isEqualByComparingTo("0.0000002");
    }

    /** Every entry must cite one of the table's sources: the table's own rule, which the reader reports at its path. */
    @Test
    void with_unknownSource() {
        PricingTable table = PricingTable.of("aws", "test-1", DAY, "USD", "Mine").withSource(MINE);

        assertThatThrownBy(() -> table.withRate(Rate.flat("x", "USD per unit", BigDecimal.ONE, "yours")))
                .isInstanceOfSatisfying(PricingValueException.class,
                        e -> assertThat(e.field()).isEqualTo("rates.x.source"))
                .hasMessage("source of rate x must be one of the table's sources (mine) but was: yours");
        assertThatThrownBy(() -> table.withAllowance(new Allowance("a.b", BigDecimal.ONE, "requests", "yours", "")))
                .isInstanceOfSatisfying(PricingValueException.class,
                        e -> assertThat(e.field()).isEqualTo("allowances['a.b'].source"))
                .hasMessage("source of allowance a.b must be one of the table's sources (mine) but was: yours");
        assertThatThrownBy(() -> table.withInstance(new InstanceType("t3.medium", 2, BigDecimal.ONE, "arm64",
                BigDecimal.ONE, "yours")))
                .isInstanceOfSatisfying(PricingValueException.class,
                        e -> assertThat(e.field()).isEqualTo("instances['t3.medium'].source"))
                .hasMessage("source of instance type t3.medium must be one of the table's sources (mine) but was: yours");
    }

    /** Equal on content: where a table was read from and its recorded checksum are not compared. */
    @Test
    void equals_content() {
        PricingTable table = PricingTable.of("aws", "test-1", DAY, "USD", "Mine").withSource(MINE);

        assertThat(table).isEqualTo(PricingTable.of("aws", "test-1", DAY, "USD", "Mine").withSource(MINE))
                .hasSameHashCodeAs(PricingTable.of("aws", "test-1", DAY, "USD", "Mine").withSource(MINE))
                .isNotEqualTo(PricingTable.of("gcp", "test-1", DAY, "USD", "Mine").withSource(MINE))
                .isNotEqualTo(PricingTable.of("aws", "test-2", DAY, "USD", "Mine").withSource(MINE))
                .isNotEqualTo(PricingTable.of("aws", "test-1", DAY.plusDays(1), "USD", "Mine").withSource(MINE))
                .isNotEqualTo(PricingTable.of("aws", "test-1", DAY, "EUR", "Mine").withSource(MINE))
                .isNotEqualTo(PricingTable.of("aws", "test-1", DAY, "USD", "Yours").withSource(MINE))
                .isNotEqualTo(PricingTable.of("aws", "test-1", DAY, "USD", "Mine"))
                .isNotEqualTo(table.withRate(Rate.flat("x", "USD per unit", BigDecimal.ONE, "mine")))
                .isNotEqualTo(table.withAllowance(new Allowance("a", BigDecimal.ONE, "requests", "mine", "")))
                .isNotEqualTo(table.withInstance(new InstanceType("t", 1, BigDecimal.ONE, "arm64", BigDecimal.ONE, "mine")))
                .isNotEqualTo("aws/test-1@2024-11-01");
        assertThat(table.hashCode()).isNotEqualTo(PricingTable.of("aws", "test-1", DAY, "USD", "Mine").hashCode());
    }
}
