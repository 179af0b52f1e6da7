package org.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.junit.jupiter.api.Test;

/**
 * The reports of an autoscaled cluster: the text report's node count by hour of the day, and the chart's
 * legend. The figures are those of examples/diurnal-autoscaled.yaml at its 1B requests a month (ExamplesTest
 * shows the arithmetic: 64 nodes in a busy hour, 10 in a quiet one, 23,725 node-hours).
 */
class AutoscaledReportTest {

    private static final Scenario DIURNAL = ScenarioFile.read(Path.of("examples", "diurnal-autoscaled.yaml"));

    @Test
    void textReport_nodesByHourOfDay() {
        assertThat(TextReport.of(DIURNAL)).contains("\nNodes by hour of day (UTC) at 1,000,000,000 requests/month:"
                + " ▂▂▂▂▂▂▂▂██████████▂▂▂▂▂▂ (peak 64 nodes, average 32.5, 23,725 node-hours/month)\n")
                .containsPattern("\n  Nodes \\(m6i\\.large, autoscaled by the hour\\) +USD 2,277\\.60\n");
    }

    /** The explanation names the busiest hour's ratio to the average: businessHours' 2. */
    @Test
    void textReport_explanationNamesTheProfilesPeak() {
        assertThat(TextReport.of(DIURNAL)).contains("(at a peak-to-average ratio of 2).");
    }

    /** A fixed cluster's report has no such line. */
    @Test
    void textReport_noNodesByHourForAFixedCluster() {
        Scenario fixed = DIURNAL.withCluster(DIURNAL.cluster().withNodes(org.breakeven.cluster.NodeSizing.fixed(3)));

        assertThat(TextReport.of(fixed)).doesNotContain("Nodes by hour");
    }

    @Test
    void chart_legendNamesTheAutoscaledCluster() {
        assertThat(SvgChart.of(DIURNAL, ChartSettings.DEFAULT).svg())
                .contains("EKS cluster: m6i.large nodes autoscaled by the hour (2 to 200)");
    }
}
