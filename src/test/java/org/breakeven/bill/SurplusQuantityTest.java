package org.breakeven.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;

/**
 * {@code max(0, N * perRequest / divisor - perNode * nodes(N) / L)}: the use above a per-node allowance, exactly and
 * in {@code double}, with its breakpoints where the count steps and where the use crosses the allowance.
 */
class SurplusQuantityTest {

    /** One node below 1,000 requests, then one more for each further 1,000: steps at 1,000, 2,000, ... */
    private static final NodeCount ONE_PER_THOUSAND = new NodeCount() {
        @Override
        public long exact(BigDecimal requests) {
            return Math.max(1, requests.divide(BigDecimal.valueOf(1000), 0, java.math.RoundingMode.CEILING).longValue());
        }

        @Override
        public long at(double requests) {
            return Math.max(1, (long) Math.ceil(requests / 1000));
        }

        @Override
        public void steps(double lo, double hi, DoubleConsumer out) {
            for (double s = Math.max(1000, Math.ceil(lo / 1000) * 1000); s < hi; s += 1000) {
                if (s > lo) {
                    out.accept(s);
                }
            }
        }
    };

    /** Three fixed nodes. */
    private static final NodeCount THREE = new NodeCount() {
        @Override
        public long exact(BigDecimal requests) {
            return 3;
        }

        @Override
        public long at(double requests) {
            return 3;
        }

        @Override
        public void steps(double lo, double hi, DoubleConsumer out) {
            // constant
        }
    };

    /**
     * Three t3.medium at 20 CPU-ms a request: 200M requests use 200e6 * 20 / 3,600,000 = 1,111.11... vCPU-hours; the
     * nodes include 3 * 730 h * 2 vCPUs * 0.2 = 876; the surplus is 235.11... vCPU-hours (the use divided to 34
     * significant digits, 1,111.111111111111111111111111111111, less 876). At 100M, 555.6 used, none.
     */
    @Test
    void exact_useAboveTheAllowance() {
        Quantity surplus = Quantity.surplus(BigDecimal.valueOf(20), BigDecimal.valueOf(3_600_000), new BigDecimal("292"),
                THREE);

        assertThat(surplus.exact(BigDecimal.valueOf(200_000_000))).isEqualByComparingTo(
                "235.111111111111111111111111111111");
        assertThat(surplus.at(200_000_000)).isCloseTo(235.111111, within(1e-6));
        assertThat(surplus.exact(BigDecimal.valueOf(100_000_000))).isEqualByComparingTo("0");
        assertThat(surplus.at(100_000_000)).isZero();
    }

    /**
     * With one node per 1,000 requests each including 600 units and a use of 1 per request: at 900 (1 node) 900 - 600
     * = 300; at 1,001 (2 nodes) 1,001 - 1,200 = 0, a fall at the step; at 1,500, 300 again. It reaches the allowance
     * at 600 (1 node) and at 1,200 (2 nodes), and those are breakpoints with the steps; above 2,000, three nodes
     * include 1,800, which the use passed before that stretch began, so it is none.
     */
    @Test
    void breakpoints_stepsAndWhereTheUseReachesTheAllowance() {
        Quantity surplus = Quantity.surplus(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(600), ONE_PER_THOUSAND);
        List<Double> points = new ArrayList<>();

        surplus.breakpoints(0, 2500, new double[0], points::add);

        assertThat(surplus.exact(BigDecimal.valueOf(900))).isEqualByComparingTo("300");
        assertThat(surplus.exact(BigDecimal.valueOf(1001))).isEqualByComparingTo("0");
        assertThat(surplus.at(1500)).isEqualTo(300.0);
        assertThat(points).containsExactlyInAnyOrder(1000.0, 2000.0, 600.0, 1200.0);
    }

    /** A threshold of 100 above the allowance is reached at 700 (one node) and 1,300 (two). */
    @Test
    void breakpoints_thresholds() {
        Quantity surplus = Quantity.surplus(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(600), ONE_PER_THOUSAND);
        List<Double> points = new ArrayList<>();

        surplus.breakpoints(0, 1500, new double[] {100}, points::add);

        assertThat(points).containsExactlyInAnyOrder(1000.0, 600.0, 700.0, 1200.0, 1300.0);
    }

    /** Averaged over a profile's hours: 780 node-hours a day over 24 hours, each including 24, is 780 * 24 / 24. */
    @Test
    void exact_countSummedOverAProfile() {
        NodeCount summed = new NodeCount() {
            @Override
            public long exact(BigDecimal requests) {
                return 780;
            }

            @Override
            public long at(double requests) {
                return 780;
            }

            @Override
            public int profileHours() {
                return 24;
            }

            @Override
            public void steps(double lo, double hi, DoubleConsumer out) {
                // constant
            }
        };
        Quantity surplus = Quantity.surplus(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(24), summed);

        assertThat(surplus.exact(BigDecimal.valueOf(1000))).isEqualByComparingTo("220");
        assertThat(surplus.at(1000)).isEqualTo(220.0);
    }

    @Test
    void surplus_invalid() {
        assertThatThrownBy(() -> Quantity.surplus(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, THREE))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantity's divisor must be greater than 0 but was: 0");
        assertThatThrownBy(() -> Quantity.surplus(BigDecimal.valueOf(-1), BigDecimal.ONE, BigDecimal.ONE, THREE))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("perRequest must be at least 0 but was: -1");
        assertThatThrownBy(() -> Quantity.surplus(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(-1), THREE))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("perNode must be at least 0 but was: -1");
    }
}
