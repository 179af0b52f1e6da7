package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.breakeven.bill.DataTransferOut;
import org.breakeven.bill.LineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data transfer out to the internet: a line on both bills at the tiered dataTransfer.internetOut of the 2026-10-01
 * table (0.09 per GB for the first 10,240 GB, 0.085 to 51,200, 0.07 to 153,600, 0.05 above), left out of the
 * comparison unless told otherwise.
 */
class DataTransferOutTest {

    private static final String LINE = "Data transfer out to the internet";

    /**
     * The default scenario (latest, 2026-10-01) with 10 KB a response: at 1,000,000 requests 10 GB x 0.09 = 0.90 on
     * both bills. Left out of the comparison, the break-even stays the default's 52,411,544 (BreakevenSolverTest).
     */
    @Test
    void onBothBills_notCompared() {
        Scenario scenario = Breakeven.defaultScenario().withDataTransferOut(new DataTransferOut(10, false));
        Comparison at = scenario.at(1_000_000);

        LineItem lambda = at.serverless().item(LINE);
        LineItem cluster = at.cluster().item(LINE);
        assertThat(lambda.amount().amount()).isEqualByComparingTo("0.90");
        assertThat(cluster.amount().amount()).isEqualByComparingTo("0.90");
        assertThat(lambda.paidByClusterToo()).isTrue();
        assertThat(cluster.paidByClusterToo()).isTrue();
        assertThat(at.comparedCluster()).isEqualTo(Breakeven.defaultScenario().at(1_000_000).comparedCluster());
        assertThat(scenario.solve().breakEven().requestsPerMonth()).isEqualTo(52_411_544L);
    }

    /**
     * Tiers: 10,000,000,000 requests x 10 KB = 100,000 GB: 10,240 x 0.09 + 40,960 x 0.085 + 48,800 x 0.07 = 921.60
     * + 3,481.60 + 3,416.00 = 7,819.20. Compared, the same amount on both sides leaves the break-even where it was.
     */
    @Test
    void tiered_andComparedItMovesNothingByItself() {
        Scenario scenario = Breakeven.defaultScenario().withDataTransferOut(new DataTransferOut(10, true));

        assertThat(scenario.at(10_000_000_000L).serverless().item(LINE).amount().amount())
                .isEqualByComparingTo("7819.20");
        assertThat(scenario.at(1_000_000).cluster().item(LINE).paidByClusterToo()).isFalse();
        assertThat(scenario.solve().breakEven().requestsPerMonth()).isEqualTo(52_411_544L);
    }

    @Test
    void scenarioFile_readsTheSectionAndNeedsATableWithTheRate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, """
                {"lambda": {"memoryMb": 256, "durationMs": 200},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}},
                 "dataTransferOut": {"kilobytesPerRequest": 10, "inComparison": true}}""");
        assertThat(ScenarioFile.read(file).dataTransferOut()).isEqualTo(new DataTransferOut(10, true));

        Files.writeString(file, """
                {"pricing": {"version": "2024-11-01"},
                 "lambda": {"memoryMb": 256, "durationMs": 200},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}},
                 "dataTransferOut": {"kilobytesPerRequest": 10}}""");
        assertThatThrownBy(() -> ScenarioFile.read(file))
                .hasMessageContaining("dataTransferOut")
                .hasMessageContaining("dataTransfer.internetOut");
    }

    @Test
    void badSize_failsWithTheField() {
        assertThatThrownBy(() -> new DataTransferOut(-1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kilobytesPerRequest");
    }
}
