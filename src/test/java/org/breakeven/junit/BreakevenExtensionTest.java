package org.breakeven.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.breakeven.Breakeven;
import org.breakeven.Scenario;
import org.breakeven.bill.Side;
import org.breakeven.assertj.BreakevenAssertions;
import org.breakeven.pricing.PricingTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The extension injects scenarios from files and tables by version, and the source gives every shipped table of a
 * region, the latest, or files: a test pinned to an old table and one on the latest side by side.
 * <p>
 * Expected values: the default scenario breaks even at 52,411,544 requests/month (README, "The answer") on every
 * us-east-1 table, since none of the rates it uses changed (PricingImpactTest); dynamodb-writes.json breaks even at
 * 38,455,828 on 2024-07-01 and 44,362,003 from 2024-11-01, worked by hand in BreakevenAssertionsTest.
 */
@ExtendWith(BreakevenExtension.class)
class BreakevenExtensionTest {

    private static final String WRITES = "classpath:org/breakeven/assertj/dynamodb-writes.json";

    @Test
    void scenarioFromFile(@ScenarioPath("examples/default.json") Scenario scenario) {
        assertThat(scenario.solve().breakEven().requestsPerMonth()).isEqualTo(52_411_544L);
        assertThat(scenario.pricing().version()).isEqualTo("aws/us-east-1@2026-10-01");
    }

    @Test
    void scenarioFromFile_onAnOlderTable(@ScenarioPath(WRITES) Scenario pinned,
            @ScenarioPath(WRITES) @PricingVersion("aws/us-east-1@latest") Scenario latest) {
        // The file names 2024-07-01 itself.
        assertThat(pinned.pricing().version()).isEqualTo("aws/us-east-1@2024-07-01");
        assertThat(pinned.solve().breakEven().requestsPerMonth()).isEqualTo(38_455_828L);
        assertThat(latest.pricing().version()).isEqualTo("aws/us-east-1@2026-10-01");
        assertThat(latest.solve().breakEven().requestsPerMonth()).isEqualTo(44_362_003L);
    }

    @Test
    void tableByVersion(@PricingVersion("aws/us-east-1@2024-11-01") PricingTable table,
            @PricingVersion("aws/us-east-1@2024-11-01") Scenario scenario) {
        assertThat(table.version()).isEqualTo("aws/us-east-1@2024-11-01");
        assertThat(scenario.pricing()).isEqualTo(table);
        assertThat(scenario.workload()).isEqualTo(Breakeven.defaultScenario().workload());
    }

    @ParameterizedTest
    @PricingTablesSource(region = "us-east-1")
    void everyShippedVersion(PricingTable table) {
        BreakevenAssertions.assertThat(Breakeven.defaultScenario().withPricing(table))
                .isCheaperOn(Side.SERVERLESS).at(20_000_000)
                .breakEven().isBetween(52_411_544, 52_411_544);
    }

    @ParameterizedTest
    @PricingTablesSource(files = "pricing/aws/us-east-1/2024-11-01.json")
    void aTableFile(PricingTable table) {
        assertThat(table.version()).isEqualTo("aws/us-east-1@2024-11-01");
    }

    @Test
    void tables_everyLatestAndFiles() throws Exception {
        assertThat(versions("every")).containsExactly("aws/us-east-1@2024-07-01", "aws/us-east-1@2024-11-01",
                "aws/us-east-1@2026-10-01");
        assertThat(versions("latest")).containsExactly("aws/us-east-1@2026-10-01", "aws/us-east-1@2024-07-01");
    }

    @Test
    void tables_badSource() throws Exception {
        assertThatThrownBy(() -> versions("nowhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no table is shipped for aws/mars-north-1; shipped: ");
        assertThatThrownBy(() -> versions("nothing"))
                .hasMessage("@PricingTablesSource must name a region or at least one file");
        assertThatThrownBy(() -> BreakevenExtension.file("classpath:no/such.json"))
                .hasMessage("no resource no/such.json on the class path");
    }

    private static List<String> versions(String method) throws Exception {
        PricingTablesSource source = Sources.class.getDeclaredMethod(method).getAnnotation(PricingTablesSource.class);
        return PricingTablesProvider.tables(source).stream().map(PricingTable::version).toList();
    }

    /** Methods that only carry the annotations read above. */
    static final class Sources {

        @PricingTablesSource(region = "us-east-1")
        void every() {
        }

        @PricingTablesSource(region = "us-east-1", latestOnly = true, files = "pricing/aws/us-east-1/2024-07-01.json")
        void latest() {
        }

        @PricingTablesSource(region = "mars-north-1")
        void nowhere() {
        }

        @PricingTablesSource
        void nothing() {
        }
    }
}
