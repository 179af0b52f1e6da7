package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breakeven.bill.Side;
import org.junit.jupiter.api.Test;

/** The whole request counts, both ends included, at which one side is cheaper. */
class IntervalTest {

    /** From 100 to 200 inclusive: both ends are in, half a request outside either end is not. */
    @Test
    void contains_bothEndsIncluded() {
        Interval interval = new Interval(100, 200, Side.SERVERLESS);

        assertThat(interval.contains(100)).isTrue();
        assertThat(interval.contains(150)).isTrue();
        assertThat(interval.contains(200)).isTrue();
        assertThat(interval.contains(99.5)).isFalse();
        assertThat(interval.contains(200.5)).isFalse();
    }

    /** One request, 0 to 0, is the smallest interval: a range from 0 where the side changes at 1. */
    @Test
    void constructor_oneRequestAtZero() {
        Interval interval = new Interval(0, 0, Side.CLUSTER);

        assertThat(interval.contains(0)).isTrue();
        assertThat(interval).hasToString("0 to 0 requests/month: cluster cheaper");
    }

    @Test
    void constructor_negativeFrom() {
        assertThatThrownBy(() -> new Interval(-1, 5, Side.CLUSTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromRequestsPerMonth must be at least 0 requests/month but was: -1");
    }
}
