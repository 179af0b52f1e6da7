package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.breakeven.bill.Side;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/**
 * The answer type. The default scenario's bills meet at 180.529 / (0.00000353334 - 0.008 / 90,000) =
 * 52,411,543.7 requests a month (derived in {@code BreakevenSolverTest}); with one ops FTE at 150,000 a year
 * (12,500 a month more) at 12,680.529 / 0.0000034444511 = 3,681,436,777.9.
 */
class BreakEvenTest {

    private static final Scenario DEFAULT = Breakeven.defaultScenario();
    private static final Scenario WITH_OPS = DEFAULT.withCluster(DEFAULT.cluster().withOps(OpsHeadcount.of(1, 150_000)));

    @Test
    void crossing_inWholeRequests() {
        BreakEven breakEven = DEFAULT.solve().breakEven();

        assertThat(breakEven.exists()).isTrue();
        assertThat(breakEven.requestsPerMonth()).isEqualTo(52_411_544L);
        assertThat(breakEven.asOptional()).hasValue(52_411_544L);
        assertThat(breakEven.exactRequestsPerMonth()).isBetween(52_411_543.0, 52_411_544.0);
        assertThat(breakEven.cheaperBelow()).isEqualTo(Side.SERVERLESS);
        assertThat(breakEven.cheaperAbove()).isEqualTo(Side.CLUSTER);
        assertThat(breakEven.cheaperThroughout()).isEmpty();
        assertThat(breakEven.crossingsInRange()).isEqualTo(1);
        assertThat(breakEven.beyondRange()).isEmpty();
        assertThat(breakEven.crossing()).hasValue(DEFAULT.solve().crossings().get(0));
        assertThat(breakEven.bills().requestsPerMonth()).isEqualByComparingTo("52411544");
        assertThat(breakEven.bills().cheaper()).isEqualTo(Side.CLUSTER);
        assertThat(breakEven).hasToString("52.4M requests/month (52,411,544)");
        assertThat(breakEven.sentence())
                .isEqualTo("break-even at 52.4M requests/month (52,411,544): Lambda cheaper below, cluster above");
        assertThat(breakEven.summary()).isEqualTo("break-even at 52.4M requests/month (52,411,544)");
    }

    @Test
    void isBelowAndIsAbove_compareTheWholeRequestCount() {
        BreakEven breakEven = DEFAULT.solve().breakEven();

        assertThat(breakEven.isBelow(52_411_545)).isTrue();
        assertThat(breakEven.isBelow(52_411_544)).isFalse();
        assertThat(breakEven.isAbove(52_411_543)).isTrue();
        assertThat(breakEven.isAbove(52_411_544)).isFalse();
    }

    /** Stopping at 1B: Lambda is cheaper throughout and the bills would cross near 3.7B, above the range. */
    @Test
    void none_lambdaCheaperThroughout_saysWhereTheBillsWouldCross() {
        BreakEven breakEven = WITH_OPS.withRange(new RequestRange(0, 1e9)).solve().breakEven();

        assertThat(breakEven.exists()).isFalse();
        assertThat(breakEven.asOptional()).isEmpty();
        assertThat(breakEven.cheaperThroughout()).hasValue(Side.SERVERLESS);
        assertThat(breakEven.cheaperBelow()).isEqualTo(Side.SERVERLESS);
        assertThat(breakEven.cheaperAbove()).isEqualTo(Side.SERVERLESS);
        assertThat(breakEven.crossingsInRange()).isZero();
        assertThat(breakEven.crossing()).isEmpty();
        // The upper half of the range holds no tier or node step: the estimate is the exact meeting point.
        assertThat(breakEven.beyondRange()).hasValueCloseTo(3_681_436_777.9, org.assertj.core.data.Offset.offset(1.0));
        assertThat(breakEven).hasToString("no break-even in 0 to 1.0B requests/month: Lambda cheaper throughout"
                + " (the bills would cross near 3.7B requests/month)");
        assertThat(breakEven.sentence()).isEqualTo(breakEven.toString());
        // With no crossing and Lambda cheaper, the break-even counts as above every threshold.
        assertThat(breakEven.isAbove(1e13)).isTrue();
        assertThat(breakEven.isBelow(1e13)).isFalse();
    }

    @Test
    void none_clusterCheaperThroughout_countsAsTheBottomOfTheRange() {
        BreakEven breakEven = DEFAULT.withRange(new RequestRange(100_000_000, 1e9)).solve().breakEven();

        assertThat(breakEven.cheaperThroughout()).hasValue(Side.CLUSTER);
        assertThat(breakEven.isBelow(100_000_001)).isTrue();
        assertThat(breakEven.isBelow(100_000_000)).isFalse();
        assertThat(breakEven.isAbove(99_999_999)).isTrue();
        assertThat(breakEven.why()).startsWith("The cluster is cheaper throughout and the bills never cross");
    }

    @Test
    void requestsPerMonth_withoutACrossing_failsAndSaysWhy() {
        BreakEven breakEven = WITH_OPS.withRange(new RequestRange(0, 1e9)).solve().breakEven();

        assertThatThrownBy(breakEven::requestsPerMonth).isInstanceOf(IllegalStateException.class)
                .hasMessage("there is no break-even: no break-even in 0 to 1.0B requests/month: Lambda cheaper"
                        + " throughout (the bills would cross near 3.7B requests/month); check exists() first");
        assertThatThrownBy(breakEven::bills).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(breakEven::exactRequestsPerMonth).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void moved_saysWhereTheBreakEvenWent() {
        BreakEven before = DEFAULT.solve().breakEven();
        BreakEven after = WITH_OPS.solve().breakEven();
        BreakEven gone = WITH_OPS.withRange(new RequestRange(0, 1e9)).solve().breakEven();

        assertThat(BreakEven.moved(before, after)).isEqualTo("break-even at 3.7B requests/month (was 52.4M)");
        assertThat(BreakEven.moved(gone, before)).isEqualTo("break-even at 52.4M requests/month (was none in range)");
        assertThat(BreakEven.moved(before, gone))
                .isEqualTo("no break-even in 0 to 1.0B requests/month: Lambda cheaper throughout (was 52.4M)");
    }

    /**
     * Two crossings, the cluster cheaper from 100 and Lambda again from 101 at a node step, as in
     * {@code BreakevenSolverTest.solve_keepsAPieceOneRequestWide}: the summary names both, the sentence the
     * first.
     */
    @Test
    void summary_twoCrossingsNamesTheFirstAndTheLast() {
        List<Crossing> crossings = List.of(new Crossing(100, 99.0, Side.SERVERLESS, false, n -> null),
                new Crossing(101, 100.0, Side.CLUSTER, true, n -> null));
        BreakEven breakEven = new BreakEven(new RequestRange(0, 150), crossings, Side.SERVERLESS, () -> null);

        assertThat(breakEven.summary()).isEqualTo("the bills cross 2 times in 0 to 150 requests/month: break-even at"
                + " 100 requests/month (100), last crossing at 101 (101)");
        assertThat(breakEven.sentence())
                .isEqualTo("break-even at 100 requests/month (100): Lambda cheaper below, cluster above");
        assertThat(breakEven.crossingsInRange()).isEqualTo(2);
    }
}
