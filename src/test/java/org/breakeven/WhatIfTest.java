package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/** What-ifs: one change to a scenario and how far it moves the break-even. */
class WhatIfTest {

    /**
     * One FTE at USD 150,000 a year adds 12,500 a month: break-even (180.529 + 12,500) / 0.0000034444511
     * = 3.68B requests a month.
     */
    @Test
    void oneMoreOpsEngineer_showsWhereTheBreakEvenMoves() {
        assertThat(WhatIf.oneMoreOpsEngineer(Breakeven.defaultScenario())).hasToString(
                "With 1 ops FTE at USD 150,000/year: break-even at 3.7B requests/month (was 52.4M).");
    }

    @Test
    void oneMoreOpsEngineer_saysWhyTheBreakEvenVanishes() {
        Scenario upToOneBillion = Breakeven.defaultScenario().withRange(new RequestRange(0, 1e9));

        assertThat(WhatIf.oneMoreOpsEngineer(upToOneBillion).toString()).startsWith(
                "With 1 ops FTE at USD 150,000/year: no break-even in 0 to 1.0B requests/month: Lambda cheaper"
                        + " throughout (was 52.4M). "
                        + "Lambda is cheaper throughout 0 to 1.0B requests/month.")
                .contains("near 3.7B requests/month, above the range");
    }

    @Test
    void oneMoreOpsEngineer_addsToTheScenariosOwnHeadcount() {
        Scenario scenario = Breakeven.defaultScenario();
        Scenario withTwo = scenario.withCluster(scenario.cluster().withOps(OpsHeadcount.of(2, 200_000)));

        assertThat(WhatIf.oneMoreOpsEngineer(withTwo).toString()).startsWith("With 3 ops FTE at USD 200,000/year");
    }

    /**
     * 512 MB instead of 256 doubles the duration charge: Lambda costs 0.0000002 + 0.1 GB-s x 0.0000166667 x 4 =
     * 0.00000686668 a request and the bills meet at 180.529 / (0.00000686668 - 0.008 / 90,000) = 26,635,373.8,
     * so the cluster is cheaper from 26,635,374: the break-even moves by 26,635,374 - 52,411,544 = -25,776,170.
     */
    @Test
    void of_anyChange() {
        WhatIf memory = WhatIf.of(Breakeven.defaultScenario(), "With 512 MB",
                s -> s.withFunction(s.function().withMemoryMb(512)));

        assertThat(memory.after().requestsPerMonth()).isEqualTo(26_635_374L);
        assertThat(memory.shift()).hasValue(-25_776_170L);
        assertThat(memory).hasToString("With 512 MB: break-even at 26.6M requests/month (was 52.4M).");
    }

    @Test
    void shift_emptyWithoutABreakEvenAfter() {
        WhatIf gone = WhatIf.oneMoreOpsEngineer(Breakeven.defaultScenario().withRange(new RequestRange(0, 1e9)));

        assertThat(gone.shift()).isEmpty();
    }

    @Test
    void new_blankChange_fails() {
        var answer = Breakeven.defaultScenario().solve().breakEven();

        assertThatThrownBy(() -> new WhatIf(" ", answer, answer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a what-if needs its change in words, such as \"With 512 MB\", but it was blank");
    }

    @Test
    void plusOneFte_withoutHeadcount_takesTheArticlesYearlyCost() {
        assertThat(OpsHeadcount.NONE.plusOneFte()).isEqualTo(OpsHeadcount.of(1, 150_000));
        assertThat(OpsHeadcount.of(0.5, 200_000).plusOneFte()).isEqualTo(OpsHeadcount.of(1.5, 200_000));
    }
}
