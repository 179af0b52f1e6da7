package org.breakeven.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Tier;
import org.junit.jupiter.api.Test;

/**
 * The three shapes of a quantity, exact and in {@code double}, and the breakpoints the solver splits
 * its segments at. The coefficients are test inputs chosen so that every value is exact in binary;
 * each expected value is worked out in the Javadoc.
 */
class QuantityTest {

    /**
     * {@code 10 + 2N - min(0.5N, 100)}: the cap binds from the kink at 100 / 0.5 = 200 requests, where
     * the quantity is 10 + 400 - 100 = 310. Below the kink it rises by 2 - 0.5 = 1.5 per request, above
     * it by 2. Built for each test, so that mutation testing sees every run of the constructor.
     */
    private final Quantity kinked = Quantity.split(dec("10"), dec("2"), dec("-1"), dec("0.5"), dec("100"));

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static List<Double> breakpoints(Quantity quantity, double lo, double hi, double... thresholds) {
        List<Double> found = new ArrayList<>();
        quantity.breakpoints(lo, hi, thresholds, found::add);
        return found;
    }

    /**
     * Below the kink, at 100 requests: 10 + 200 - min(50, 100) = 160. Above it, at 300 requests:
     * 10 + 600 - min(150, 100) = 510. Exact and {@code double} agree.
     */
    @Test
    void split_belowAndAboveTheCap() {
        assertThat(kinked.exact(dec("100"))).isEqualByComparingTo("160");
        assertThat(kinked.at(100)).isEqualTo(160.0);
        assertThat(kinked.exact(dec("300"))).isEqualByComparingTo("510");
        assertThat(kinked.at(300)).isEqualTo(510.0);
    }

    /**
     * The kink at 200; threshold 100 lies below the quantity at the kink (310), so it is reached at
     * (100 - 10) / 1.5 = 60 requests; threshold 410 lies above, so it is reached at
     * (410 - 10 - (-1 * 100)) / 2 = 250 requests (check: 10 + 500 - 100 = 410).
     */
    @Test
    void breakpoints_kinkAndThresholdsOnBothSidesOfIt() {
        assertThat(breakpoints(kinked, 0, 1000, 100, 410)).containsExactly(200.0, 60.0, 250.0);
    }

    /** The range is open: a kink or threshold exactly at either end is not inside it. */
    @Test
    void breakpoints_excludeBothEnds() {
        assertThat(breakpoints(kinked, 60, 250, 100, 410)).containsExactly(200.0);
        assertThat(breakpoints(kinked, 200, 1000)).isEmpty();
        assertThat(breakpoints(kinked, 0, 200)).isEmpty();
    }

    /**
     * With a share of 0 the cap never binds ({@code N + (-0.5) * min(0 * N, 100) = N}): there is no kink,
     * and threshold 50 is reached at 50 requests, on the line of slope 1 (not at
     * (50 + 0.5 * 100) / 1 = 100, as if the cap were full).
     */
    @Test
    void breakpoints_noShareMeansNoKink() {
        Quantity linear = Quantity.split(BigDecimal.ZERO, BigDecimal.ONE, dec("-0.5"), BigDecimal.ZERO, dec("100"));

        assertThat(linear.exact(dec("50"))).isEqualByComparingTo("50");
        assertThat(breakpoints(linear, 0, 1000, 50)).containsExactly(50.0);
    }

    /** A fixed quantity has no breakpoints: it never reaches a threshold it is not already past. */
    @Test
    void breakpoints_fixedQuantityHasNone() {
        assertThat(breakpoints(Quantity.fixed(dec("730")), 0, 1e9, 100, 1000)).isEmpty();
    }

    /**
     * A divisor divides every term: {@code (8 + 4N - 2 min(0.5N, 8)) / 4}. At 12 requests
     * (8 + 48 - 2 * 6) / 4 = 11; at 20 requests the cap binds: (8 + 80 - 2 * 8) / 4 = 18. The kink is at
     * 8 / 0.5 = 16 and threshold 11 is reached at (11 - 2) / (1 - 0.5 * 0.5) = 12.
     */
    @Test
    void split_divisorDividesEveryTerm() {
        Quantity divided = new Quantity.Split(dec("8"), dec("4"), dec("-2"), dec("0.5"), dec("8"), dec("4"));

        assertThat(divided.exact(dec("12"))).isEqualByComparingTo("11");
        assertThat(divided.at(12)).isEqualTo(11.0);
        assertThat(divided.exact(dec("20"))).isEqualByComparingTo("18");
        assertThat(divided.at(20)).isEqualTo(18.0);
        assertThat(breakpoints(divided, 0, 100, 11)).containsExactly(16.0, 12.0);
    }

    /**
     * Load-balancer capacity units of {@code N / (3600 * 25)} hours (ClusterModel): 90,000,000 requests
     * are 1,000 LCU-hours, and a third of that division does not terminate, so it is rounded to 34
     * digits: 30,000 / 90,000 = 0.3333...
     */
    @Test
    void ratio_exactWhereTheDivisionIs() {
        Quantity lcu = Quantity.ratio(BigDecimal.ONE, dec("90000"));

        assertThat(lcu.exact(dec("90000000"))).isEqualByComparingTo("1000");
        assertThat(lcu.exact(dec("30000"))).isEqualByComparingTo("0.3333333333333333333333333333333333");
        assertThat(lcu.at(90_000_000)).isCloseTo(1000, within(1e-9));
    }

    @Test
    void ratio_zeroDivisor() {
        assertThatThrownBy(() -> Quantity.ratio(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantity's divisor must be greater than 0 but was: 0");
    }

    @Test
    void split_fallingQuantity() {
        assertThatThrownBy(() -> Quantity.split(BigDecimal.ZERO, BigDecimal.ONE, dec("-4"), dec("0.5"), dec("10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantity must not fall as traffic rises: fixed 0, perRequest 1, perCapped -4, share 0.5,"
                        + " cap 10");
    }

    /**
     * The gross cost of a charge whose rate has a tier boundary: half a unit per request at 1 per unit up
     * to 100 units and 0.5 above, less 20 free. The gross cost ignores the allowance: at 300 requests,
     * 150 units cost 100 * 1 + 50 * 0.5 = 125. The cost bends where the usage reaches 100 units, at
     * 100 / 0.5 = 200 requests, whatever the allowance.
     */
    @Test
    void grossCostOf_ignoresAllowancesAndBendsAtTheirTiers() {
        Rate tiered = Rate.tiered("test.units", "USD per unit", List.of(new Tier(BigDecimal.ZERO, dec("100"), BigDecimal.ONE),
                new Tier(dec("100"), null, dec("0.5"))), "test", "");
        Charge charge = Charge.of("Units", Quantity.perRequest(dec("0.5")), "units", tiered, dec("20"), false);
        Quantity gross = Quantity.grossCostOf(List.of(charge));

        assertThat(gross.exact(dec("300"))).isEqualByComparingTo("125");
        assertThat(gross.at(300)).isEqualTo(125.0);
        assertThat(breakpoints(gross, 0, 1000)).containsExactly(200.0);
    }

    /** The three shapes are the only kinds, and each factory builds one of them. */
    @Test
    void quantity_sealedToItsFourShapes() {
        assertThat(Quantity.class.getPermittedSubclasses())
                .containsExactly(Quantity.Split.class, Quantity.Steps.class, Quantity.GrossCost.class,
                        Quantity.Surplus.class);
        assertThat(Quantity.fixed(dec("1"))).isInstanceOf(Quantity.Split.class);
        assertThat(Quantity.perRequest(dec("1"))).isInstanceOf(Quantity.Split.class);
        assertThat(Quantity.ratio(dec("1"), dec("2"))).isInstanceOf(Quantity.Split.class);
        assertThat(Quantity.steps(dec("1"), new NodeCount() {
            @Override
            public long exact(BigDecimal requests) {
                return 1;
            }

            @Override
            public long at(double requests) {
                return 1;
            }

            @Override
            public void steps(double lo, double hi, java.util.function.DoubleConsumer out) {
                // constant
            }
        })).isInstanceOf(Quantity.Steps.class);
        assertThat(Quantity.grossCostOf(List.of())).isInstanceOf(Quantity.GrossCost.class);
    }
}
