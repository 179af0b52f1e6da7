package org.breakeven.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code fixed + perRequest * N + perCapped * Σ min(w_i * N / W, cap_i)}: one capped share per scheduled hour, exact
 * until one final division by {@code W}, with a kink where each cap binds and thresholds found across the kinks.
 */
class WeightedSplitTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /**
     * Two hours of weight 1 and 2 out of 3 (a third and two thirds of the requests), capped at 10 and 40, on a
     * quantity of N - min(N / 3, 10) - min(2N / 3, 40): at 30 requests both fit exactly, 30 - 10 - 20 = 0; at 45 the
     * first is capped, 45 - 10 - 30 = 5; at 90 both are (N / 3 = 30 above 10, 2N / 3 = 60 above 40), 90 - 10 - 40 = 40.
     */
    @Test
    void exact_andDouble() {
        Quantity q = Quantity.split(BigDecimal.ZERO, BigDecimal.ONE, dec("-1"), List.of(dec("1"), dec("2")), dec("3"),
                List.of(dec("10"), dec("40")));

        assertThat(q.exact(dec("30"))).isEqualByComparingTo("0");
        assertThat(q.exact(dec("45"))).isEqualByComparingTo("5");
        assertThat(q.exact(dec("90"))).isEqualByComparingTo("40");
        assertThat(q.at(45)).isEqualTo(5.0);
        assertThat(q.exact(dec("10"))).isEqualByComparingTo("0");
    }

    /**
     * The caps bind at 10 / (1/3) = 30 and 40 / (2/3) = 60. Threshold 5 is reached between them, where the quantity
     * is N - 10 - 2N / 3 = N / 3 - 10: at 45; threshold 40 above both, N - 50: at 90.
     */
    @Test
    void breakpoints_kinksAndThresholdsAcrossThem() {
        Quantity q = Quantity.split(BigDecimal.ZERO, BigDecimal.ONE, dec("-1"), List.of(dec("1"), dec("2")), dec("3"),
                List.of(dec("10"), dec("40")));
        List<Double> points = new ArrayList<>();

        q.breakpoints(0, 1000, new double[] {5, 40}, points::add);

        assertThat(points).hasSize(4);
        assertThat(points.get(0)).isCloseTo(30, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(points.get(1)).isCloseTo(60, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(points.get(2)).isCloseTo(45, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(points.get(3)).isCloseTo(90, org.assertj.core.api.Assertions.within(1e-9));
    }

    /** Weights that would make the quantity fall are refused: N - 2 * min(N, 5) falls until 5. */
    @Test
    void split_falling() {
        assertThatThrownBy(() -> Quantity.split(BigDecimal.ZERO, BigDecimal.ONE, dec("-2"), List.of(dec("1")), dec("1"),
                List.of(dec("5")))).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantity must not fall as traffic rises: fixed 0, perRequest 1, perCapped -2, share 1,"
                        + " cap 5");
        assertThatThrownBy(() -> Quantity.split(BigDecimal.ZERO, BigDecimal.ONE, dec("-1"), List.of(dec("1")), dec("1"),
                List.of())).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantity needs one cap per share but had 1 shares and 0 caps");
    }
}
