package org.breakeven.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The three kinds of capacity, and the first request count at which a limited one is saturated. */
class CapacityTest {

    /** Saturated above the limit: 788,400,000 is served, 788,400,001 is not; 10.5 serves 10, saturates at 11. */
    @Test
    void saturatedFrom_firstWholeRequestAboveTheLimit() {
        assertThat(((Capacity.Limited) Capacity.limited(new BigDecimal("788400000"), "x")).saturatedFrom())
                .isEqualTo(788_400_001L);
        assertThat(new Capacity.Limited(new BigDecimal("10.5"), "x").saturatedFrom()).isEqualTo(11);
        assertThat(new Capacity.Limited(BigDecimal.ZERO, "x").saturatedFrom()).isEqualTo(1);
    }

    @Test
    void saturatedFrom_beyondLong_isLongMax() {
        assertThat(new Capacity.Limited(new BigDecimal("1e30"), "x").saturatedFrom()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void limited_invalid() {
        assertThatThrownBy(() -> Capacity.limited(new BigDecimal("-1"), "x"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRequestsPerMonth must be at least 0 requests/month but was: -1");
        assertThatThrownBy(() -> Capacity.limited(BigDecimal.ONE, null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("limit");
        assertThatThrownBy(() -> Capacity.unknown(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("reason");
    }

    @Test
    void toString_eachKind() {
        assertThat(Capacity.limited(new BigDecimal("788400000"), "3 nodes of 100 requests/s"))
                .hasToString("at most 788,400,000 requests/month (3 nodes of 100 requests/s)");
        assertThat(Capacity.unknown("3 fixed nodes with no stated capacity"))
                .hasToString("unknown: 3 fixed nodes with no stated capacity");
        assertThat(Capacity.UNLIMITED).hasToString("unlimited");
    }
}
