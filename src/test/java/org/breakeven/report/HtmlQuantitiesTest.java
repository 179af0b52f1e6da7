package org.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.junit.jupiter.api.Test;

/** The HTML report shows each line's quantity with its real fraction, not rounded to a whole number. */
class HtmlQuantitiesTest {

    @Test
    void aQuarterFte_showsAsAQuarter() {
        String yaml = "lambda:\n  memoryMb: 256\n  durationMs: 200\ncluster:\n  instanceType: t3.medium\n"
                + "  nodes:\n    fixed: 2\n  ops:\n    fte: 0.25\n    loadedYearlyCostUsd: 150000\n";
        Scenario s = ScenarioFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "s.yaml", null);
        String html = HtmlReport.of(s, SvgChart.of(s, ChartSettings.DEFAULT));
        // 0.25 FTE for the month, at 150,000 / 12 = 12,500 a month: 3,125.00
        assertThat(html).contains("<td class=\"num\">0.25</td><td>FTE-months</td>").contains("3,125.00")
                .doesNotContain("<td class=\"num\">0</td><td>FTE-months</td>");
    }
}
