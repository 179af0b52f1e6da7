package org.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.breakeven.Breakeven;
import org.breakeven.WhatIf;
import org.junit.jupiter.api.Test;

/** The report of the default scenario. */
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

    @Test
    void of_defaultScenario_printsWhatMovesIt() {
        assertThat(TextReport.of(Breakeven.defaultScenario())).contains("What moves it:\n  "
                + WhatIf.oneMoreOpsEngineer(Breakeven.defaultScenario()));
    }
}
