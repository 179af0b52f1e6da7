package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/** The chart's data: computed by the library from the same charges the solver uses. */
class CostCurvesTest {

    /**
     * The default scenario from 10K to 1B requests has no breakpoint (fixed nodes, no tier reached: the
     * first duration tier ends at 6 billion GB-s), so the curves hold the 600 log-spaced points plus the
     * crossing at 52,411,544. At 10K requests Lambda costs 10,000 x 0.00000353334 = 0.0353334 and the
     * cluster 180.529 + 10,000 x 0.008 / 90,000 = 180.52989; at 1B, 3,533.34 and 180.529 + 88.889 = 269.418.
     */
    @Test
    void of_defaultScenario() {
        CostCurves curves = CostCurves.of(Breakeven.defaultScenario(), new RequestRange(1e4, 1e9));

        assertThat(curves.size()).isEqualTo(CostCurves.LOG_SPACED_POINTS + 1);
        double[] x = curves.requestsPerMonth();
        assertThat(x[0]).isEqualTo(1e4);
        assertThat(x[x.length - 1]).isEqualTo(1e9);
        assertThat(x).contains(52_411_544.0).isSorted();
        assertThat(curves.serverless()[0]).isCloseTo(0.0353334, within(1e-12));
        assertThat(curves.cluster()[0]).isCloseTo(180.529 + 1e4 * 0.008 / 90_000, within(1e-9));
        assertThat(curves.serverless()[x.length - 1]).isCloseTo(3_533.34, within(1e-6));
        assertThat(curves.maxCost()).isCloseTo(3_533.34, within(1e-6));
        assertThat(curves.minPositiveCost()).isCloseTo(0.0353334, within(1e-12));
        assertThat(curves).hasToString("CostCurves of 601 points from 10.0K to 1.0B requests/month");
    }

    /**
     * A cluster of one node per 3.3 requests/s (8,672,400 requests a month at a peak of 1x) steps at each
     * multiple of 8,672,400: a point just below and just above each step draws it as a jump.
     */
    @Test
    void of_nodeSteps_pointsOnBothSidesOfEachStep() {
        Scenario scenario = Breakeven.defaultScenario()
                .withCluster(Cluster.of("t3.medium", NodeSizing.byCapacity(1, 3.3, 1)));

        CostCurves curves = CostCurves.of(scenario, new RequestRange(1e6, 1e8));

        double step = 8_672_400;
        double[] x = curves.requestsPerMonth();
        int below = java.util.Arrays.binarySearch(x, step * (1 - 1e-9));
        int above = java.util.Arrays.binarySearch(x, step * (1 + 1e-9));
        assertThat(below).isNotNegative();
        assertThat(above).isEqualTo(below + 1);
        // One node (30.368 a month) below, two above.
        assertThat(curves.cluster()[above] - curves.cluster()[below]).isCloseTo(730 * 0.0416, within(1e-6));
    }

    @Test
    void of_rangeFromZero_failsOnALogScale() {
        assertThatThrownBy(() -> CostCurves.of(Breakeven.defaultScenario(), RequestRange.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromRequestsPerMonth must be between 1 and 10000000000000 requests/month on a log scale"
                        + " but was: 0");
    }
}
