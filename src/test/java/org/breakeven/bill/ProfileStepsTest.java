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
 * A node count summed over the hours of a profile is billed as its average: {@code perNode * sum / L}, exactly
 * and in {@code double}, and reports the count's own steps.
 */
class ProfileStepsTest {

    /** A count that is {@code sum} over {@code hours} profile hours at any traffic, with one step at 5M. */
    private static NodeCount summed(long sum, int hours) {
        return new NodeCount() {
            @Override
            public long exact(BigDecimal requests) {
                return sum;
            }

            @Override
            public long at(double requests) {
                return sum;
            }

            @Override
            public int profileHours() {
                return hours;
            }

            @Override
            public void steps(double lo, double hi, DoubleConsumer out) {
                out.accept(5e6);
            }
        };
    }

    /**
     * A day of 10 hours at 64 nodes and 14 at 10 sums to 10 * 64 + 14 * 10 = 780 node-hours a day; over a
     * 730-hour month that is 730 * 780 / 24 = 23,725 node-hours.
     */
    @Test
    void steps_dayProfileIsTheAverageCountTimesTheHours() {
        Quantity hours = Quantity.steps(BigDecimal.valueOf(730), summed(780, 24));

        assertThat(hours.exact(BigDecimal.TEN)).isEqualByComparingTo("23725");
        assertThat(hours.at(10)).isEqualTo(23_725.0);
    }

    /** 5 node-hours over a week, in a 730-hour month: 730 * 5 / 168 = 21.726190476190476..., to 34 digits. */
    @Test
    void steps_weekProfileRoundedTo34Digits() {
        Quantity hours = Quantity.steps(BigDecimal.valueOf(730), summed(5, 168));

        assertThat(hours.exact(BigDecimal.ONE)).isEqualByComparingTo("21.72619047619047619047619047619048");
        assertThat(hours.at(1)).isCloseTo(3650.0 / 168, within(1e-12));
    }

    @Test
    void steps_reportsTheCountsSteps() {
        List<Double> found = new ArrayList<>();
        Quantity.steps(BigDecimal.ONE, summed(5, 168)).breakpoints(0, 1e7, new double[0], found::add);

        assertThat(found).containsExactly(5e6);
    }

    @Test
    void steps_profileHoursBelowOne() {
        assertThatThrownBy(() -> Quantity.steps(BigDecimal.ONE, summed(1, 0)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a node count's profileHours must be at least 1 but was: 0");
    }
}
