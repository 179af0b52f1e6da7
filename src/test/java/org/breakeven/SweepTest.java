package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/** The sweep the {@code compare} table and the {@code sweep} CSV render: computed here, not in the reports. */
class SweepTest {

    @Test
    void requests_logSpacedAndRounded() {
        assertThat(Sweep.requests(1e6, 1e9, 4, 3)).containsExactly(1_000_000, 10_000_000, 100_000_000, 1_000_000_000);
        assertThat(Sweep.requests(1, 10, 3, 2)).containsExactly(1, 3, 10);
        assertThat(Sweep.requests(1, 2, 50, 1)).containsExactly(1, 2);
    }

    @Test
    void requests_badArguments() {
        assertThatThrownBy(() -> Sweep.requests(0, 10, 3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromRequestsPerMonth must be between 1 and 10000000000000 requests/month on a log scale"
                        + " but was: 0");
        assertThatThrownBy(() -> Sweep.requests(1, 10, 1, 3)).hasMessage("points must be between 2 and 100000 but was: 1");
    }

    @Test
    void point_toString() {
        Scenario s = Breakeven.defaultScenario();
        assertThat(Sweep.of(s, 1e6, 1e9, 4, 3, i -> { }).get(1))
                .hasToString("10,000,000 requests/month: Lambda USD 35.33/month vs cluster USD 181.42/month with 3 nodes");
    }

    @Test
    void around_spansTheAnswerAndTheWorkload() {
        Scenario s = Breakeven.defaultScenario();
        // Crossing at 52.4M, workload at 1M: from 10^(6-2) to 10^(8+1).
        assertThat(Sweep.around(s, s.solve())).isEqualTo(new RequestRange(1e4, 1e9));
    }

    /**
     * The default scenario at 10M requests: Lambda 10,000,000 x 0.00000353334 = 35.3334, shown as 35.33; the
     * cluster 180.529 + 10,000,000 x 0.008 / 90,000 = 181.418, shown as 181.42 (rounded line by line).
     */
    @Test
    void scenarioSweep_isTheSweepOfTheScenario() {
        Scenario s = Breakeven.defaultScenario();

        java.util.List<Sweep.Point> points = s.sweep(1e6, 1e9, 4, 3);

        assertThat(points).extracting(Sweep.Point::requestsPerMonth)
                .containsExactly(1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L);
        assertThat(points.get(1).bills().comparedServerless()).hasToString("USD 35.33");
        assertThat(points.get(1).bills().comparedCluster()).hasToString("USD 181.42");
        assertThat(points).extracting(Sweep.Point::nodes).containsOnly(3L);
    }
}
