package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.breakeven.bill.Side;
import org.junit.jupiter.api.Test;

/** A crossing in whole requests: its bounds, its identity and its lazily priced bills. */
class CrossingTest {

    private static final LongFunction<Comparison> UNPRICED = n -> {
        throw new AssertionError("not priced in this test");
    };

    /** 0 requests and a root at 0 are the lowest allowed: a crossing at the very bottom of a range from 0. */
    @Test
    void constructor_atZeroRequests() {
        Crossing crossing = new Crossing(0, 0.0, Side.CLUSTER, false, UNPRICED);

        assertThat(crossing.requestsPerMonth()).isZero();
        assertThat(crossing.exactRoot()).isZero();
        assertThat(crossing.cheaperBelow()).isEqualTo(Side.CLUSTER);
        assertThat(crossing.cheaperAbove()).isEqualTo(Side.SERVERLESS);
    }

    @Test
    void constructor_negativeRoot() {
        assertThatThrownBy(() -> new Crossing(1, -0.5, Side.SERVERLESS, false, UNPRICED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exactRoot must be a finite number of at least 0 requests/month but was: -0.5");
    }

    @Test
    void constructor_infiniteRoot() {
        assertThatThrownBy(() -> new Crossing(1, Double.POSITIVE_INFINITY, Side.SERVERLESS, false, UNPRICED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exactRoot must be a finite number of at least 0 requests/month but was: Infinity");
    }

    /**
     * Two crossings are equal when their whole request count, exact root, side below and node step are;
     * the function that prices the bills is not part of the value.
     */
    @Test
    void equals_byTheFourValues() {
        Crossing crossing = new Crossing(201, 200.0, Side.SERVERLESS, false, UNPRICED);
        Crossing same = new Crossing(201, 200.0, Side.SERVERLESS, false, n -> null);

        assertThat(crossing).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(crossing).isNotEqualTo(new Crossing(202, 200.0, Side.SERVERLESS, false, UNPRICED))
                .isNotEqualTo(new Crossing(201, 200.5, Side.SERVERLESS, false, UNPRICED))
                .isNotEqualTo(new Crossing(201, 200.0, Side.CLUSTER, false, UNPRICED))
                .isNotEqualTo(new Crossing(201, 200.0, Side.SERVERLESS, true, UNPRICED))
                .isNotEqualTo("201 requests/month");
    }

    /** The hash code mixes the four values, so crossings that differ in one spread over a hash table. */
    @Test
    void hashCode_differsWithTheValues() {
        Crossing crossing = new Crossing(201, 200.0, Side.SERVERLESS, false, UNPRICED);

        assertThat(crossing.hashCode()).isNotEqualTo(new Crossing(202, 200.0, Side.SERVERLESS, false, UNPRICED).hashCode())
                .isNotEqualTo(new Crossing(201, 200.0, Side.SERVERLESS, true, UNPRICED).hashCode());
    }

    /** The bills are priced at the whole request count, once, on first use. */
    @Test
    void bills_pricedOnceAtTheWholeRequestCount() {
        Scenario scenario = Breakeven.defaultScenario();
        AtomicInteger priced = new AtomicInteger();
        Crossing crossing = new Crossing(52_411_544, 52_411_543.7, Side.SERVERLESS, false, n -> {
            priced.incrementAndGet();
            return Comparison.of(scenario.serverlessModel(), scenario.clusterModel(), n);
        });

        assertThat(priced).hasValue(0);
        assertThat(crossing.bills().requestsPerMonth()).isEqualByComparingTo("52411544");
        assertThat(crossing.bills()).isSameAs(crossing.bills());
        assertThat(priced).hasValue(1);
    }

    /** A node step says so after the sides. */
    @Test
    void toString_atANodeStep() {
        assertThat(new Crossing(260_172_001, 260_172_000.0, Side.CLUSTER, true, UNPRICED)).hasToString(
                "260.2M requests/month (260,172,001): cluster cheaper below, Lambda above (the cluster adds a node here)");
    }
}
