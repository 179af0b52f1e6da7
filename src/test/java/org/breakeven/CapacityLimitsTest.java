package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Side;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/**
 * Capacity limits said plainly (issue 9, item 3): a cluster that cannot serve the peak at its stated capacity is
 * saturated above it, Lambda throttles above its concurrency limit, and a cluster of fixed nodes with no stated
 * capacity says its capacity is unknown. The default scenario's bills cross at 52,411,544 requests a month
 * (BreakevenSolverTest); a month is 730 h, 2,628,000 s.
 */
class CapacityLimitsTest {

    private static final Scenario DEFAULT = Breakeven.defaultScenario();

    private static Scenario withNodes(NodeSizing sizing) {
        return DEFAULT.withCluster(DEFAULT.cluster().withNodes(sizing));
    }

    /**
     * The default scenario's three t3.medium nodes state no capacity: the result says so, with the peak at the
     * range's top, 10^10 / 2,628,000 = 3,805.2 requests/s, and the sentence is unchanged. Lambda's limit,
     * 1,000 / 0.2 s * 2,628,000 = 13,140,000,000 requests a month, lies above the range and is not mentioned.
     */
    @Test
    void defaultScenario_clusterCapacityUnknown() {
        BreakevenResult result = DEFAULT.solve();

        assertThat(result.capacity(Side.CLUSTER)).isInstanceOf(Capacity.Unknown.class);
        assertThat(result.saturatesAt(Side.CLUSTER)).isEmpty();
        assertThat(result.saturatesAt(Side.SERVERLESS)).hasValue(13_140_000_001L);
        assertThat(result.explanation()).contains(" The cluster's capacity is unknown: 3 fixed t3.medium nodes with no"
                + " stated capacity (nodes.requestsPerSecondPerNode or nodes.cpuMsPerRequest); their peak at 10.0B"
                + " requests/month, 3,805 requests/s, is not checked against any capacity. t3.medium is burstable:");
        assertThat(result.notes()).containsExactly("t3.medium is burstable: in unlimited mode each vCPU-hour above its"
                + " baseline of 20% is billed as surplus CPU credits at USD 0.05 per vCPU-hour, which are not computed"
                + " without the CPU time of a request (nodes.cpuMsPerRequest).");
        assertThat(result.explanation()).endsWith(" " + result.notes().get(0));
        assertThat(result.breakEven().sentence()).isEqualTo("break-even at 52.4M requests/month (52,411,544): Lambda"
                + " cheaper below, cluster above");
        assertThat(result.intervals()).containsExactly(new Interval(0, 52_411_543, Side.SERVERLESS),
                new Interval(52_411_544, 10_000_000_000L, Side.CLUSTER));
    }

    /**
     * Three nodes of 100 requests/s serve 300 * 2,628,000 = 788,400,000 requests a month at the peak: from
     * 788,400,001 the cluster is saturated, cheaper only on paper.
     */
    @Test
    void fixedNodesWithACapacity_saturateAboveIt() {
        BreakevenResult result = withNodes(NodeSizing.fixed(3).withRequestsPerSecondPerNode(100)).solve();

        assertThat(result.saturatesAt(Side.CLUSTER)).hasValue(788_400_001L);
        assertThat(result.intervals()).containsExactly(new Interval(0, 52_411_543, Side.SERVERLESS),
                new Interval(52_411_544, 788_400_000, Side.CLUSTER),
                new Interval(788_400_001, 10_000_000_000L, Side.CLUSTER, Set.of(Side.CLUSTER)));
        assertThat(result.intervals().get(2)).hasToString("788.4M to 10.0B requests/month: cluster saturated (cheaper"
                + " on paper); only Lambda serves the peak");
        assertThat(result.breakEven().sentence()).isEqualTo("break-even at 52.4M requests/month (52,411,544): Lambda"
                + " cheaper below, cluster above; the cluster saturates above 788.4M requests/month (3 t3.medium nodes"
                + " of 100 requests/s)");
        assertThat(result.toString()).endsWith("; break-even at 52.4M requests/month (52,411,544); the cluster"
                + " saturates above 788.4M requests/month (3 t3.medium nodes of 100 requests/s)");
        assertThat(result.explanation()).contains(" The cluster saturates above 788.4M requests/month: 3 t3.medium"
                + " nodes of 100 requests/s cannot serve the peak beyond it, so it is not cheaper there. ");
        assertThat(result.crossings().get(0).saturated()).isEmpty();
    }

    /**
     * Three nodes of 5 requests/s saturate above 15 * 2,628,000 = 39,420,000, below the crossing, which says the
     * cluster is saturated there. Searched up to 2 * 10^10, Lambda throttles from 13,140,000,001 too.
     */
    @Test
    void saturatedBeforeTheBreakEven_andBothSides() {
        Scenario scenario = withNodes(NodeSizing.fixed(3).withRequestsPerSecondPerNode(5))
                .withRange(new RequestRange(0, 2e10));

        BreakevenResult result = scenario.solve();

        assertThat(result.intervals()).containsExactly(new Interval(0, 39_420_000, Side.SERVERLESS),
                new Interval(39_420_001, 52_411_543, Side.SERVERLESS, Set.of(Side.CLUSTER)),
                new Interval(52_411_544, 13_140_000_000L, Side.CLUSTER, Set.of(Side.CLUSTER)),
                new Interval(13_140_000_001L, 20_000_000_000L, Side.CLUSTER, Set.of(Side.CLUSTER, Side.SERVERLESS)));
        assertThat(result.intervals()).extracting(Interval::toString).containsExactly(
                "0 to 39.4M requests/month: Lambda cheaper",
                "39.4M to 52.4M requests/month: Lambda cheaper; cluster saturated",
                "52.4M to 13.1B requests/month: cluster saturated (cheaper on paper); only Lambda serves the peak",
                "13.1B to 20.0B requests/month: both sides saturated (cluster cheaper on paper)");
        assertThat(result.crossings().get(0)).hasToString("52.4M requests/month (52,411,544): Lambda cheaper below,"
                + " cluster above (the cluster is saturated here)");
        assertThat(result.crossings().get(0).saturated()).containsExactly(Side.CLUSTER);
        assertThat(result.breakEven().sentence()).endsWith("; the cluster saturates above 39.4M requests/month"
                + " (3 t3.medium nodes of 5 requests/s); Lambda throttles above 13.1B requests/month (the regional"
                + " concurrency limit of 1,000 at 200 ms a request)");
        assertThat(result.explanation()).contains(" Lambda throttles above 13.1B requests/month: its peak concurrency"
                + " reaches the regional concurrency limit of 1,000 at 200 ms a request, so it is not cheaper there. ");
    }

    /** A range that starts above the limit is saturated throughout. */
    @Test
    void rangeAboveTheLimit_saturatedThroughout() {
        BreakevenResult result = withNodes(NodeSizing.fixed(3).withRequestsPerSecondPerNode(5))
                .withRange(new RequestRange(1e8, 2e8)).solve();

        assertThat(result.intervals()).containsExactly(new Interval(100_000_000, 200_000_000, Side.CLUSTER,
                Set.of(Side.CLUSTER)));
        assertThat(result.breakEven().sentence()).isEqualTo("no break-even in 100.0M to 200.0M requests/month: cluster"
                + " cheaper throughout; the cluster saturates above 39.4M requests/month (3 t3.medium nodes of 5"
                + " requests/s)");
    }

    /** A cluster sized for its peak has no limit, and nothing is said. */
    @Test
    void sizedForThePeak_noStatement() {
        BreakevenResult result = withNodes(NodeSizing.byCapacity(2, 100, 0.5)).solve();

        assertThat(result.capacity(Side.CLUSTER)).isEqualTo(Capacity.UNLIMITED);
        assertThat(result.explanation()).doesNotContain("capacity", "saturates");
        assertThat(result.intervals()).allMatch(i -> i.saturated().isEmpty());
    }

    @Test
    void interval_isSaturated() {
        Interval interval = new Interval(1, 2, Side.CLUSTER, Set.of(Side.SERVERLESS));

        assertThat(interval.isSaturated(Side.SERVERLESS)).isTrue();
        assertThat(interval.isSaturated(Side.CLUSTER)).isFalse();
        assertThat(interval).hasToString("1 to 2 requests/month: cluster cheaper; Lambda saturated");
        assertThat(new Interval(1, 2, Side.CLUSTER)).isEqualTo(new Interval(1, 2, Side.CLUSTER, Set.of()));
    }
}
