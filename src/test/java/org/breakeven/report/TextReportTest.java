package org.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.breakeven.Breakeven;
import org.breakeven.Scenario;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/** The report of the default scenario and what one more ops engineer does to it. */
class TextReportTest {

    @Test
    void of_defaultScenario() {
        String report = TextReport.of(Breakeven.defaultScenario());

        assertThat(report).contains("break-even at 52.4M requests/month")
                .contains("Nodes (t3.medium)").contains("USD 91.10")
                .contains("EKS control plane (standard support)").contains("USD 73.00")
                .contains("0 to 52.4M requests/month: Lambda cheaper")
                .contains("Why: Lambda is cheaper below 52.4M requests/month");
        assertThat(report.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    }

    /**
     * One FTE at USD 150,000 a year adds 12,500 a month: break-even (180.529 + 12,500) / 0.0000034444511
     * = 3.68B requests a month.
     */
    @Test
    void withOneMoreEngineer_showsWhereTheBreakEvenMoves() {
        assertThat(TextReport.withOneMoreEngineer(Breakeven.defaultScenario())).isEqualTo(
                "With 1 ops FTE at USD 150,000/year: break-even at 3.7B requests/month (was 52.4M).");
    }

    @Test
    void withOneMoreEngineer_saysWhyTheBreakEvenVanishes() {
        Scenario upToOneBillion = Breakeven.defaultScenario().withRange(new RequestRange(0, 1e9));

        assertThat(TextReport.withOneMoreEngineer(upToOneBillion)).startsWith(
                "With 1 ops FTE at USD 150,000/year: no break-even in 0 to 1.0B requests/month: Lambda cheaper"
                        + " throughout (was 52.4M). "
                        + "Lambda is cheaper throughout 0 to 1.0B requests/month.")
                .contains("near 3.7B requests/month, above the range");
    }

    @Test
    void withOneMoreEngineer_addsToTheScenariosOwnHeadcount() {
        Scenario scenario = Breakeven.defaultScenario();
        Scenario withTwo = scenario.withCluster(scenario.cluster().withOps(OpsHeadcount.of(2, 200_000)));

        assertThat(TextReport.withOneMoreEngineer(withTwo)).startsWith("With 3 ops FTE at USD 200,000/year");
    }
}
