package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breakeven.TestTables;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Conventions;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * How many requests a month a cluster's nodes serve at the peak (issue 9, item 3), each by hand. A month is 730 h,
 * 2,628,000 s; the businessHours profile puts {@code N * 7 * 24 / (84 * 730) = 2N / 730} requests in a busy hour.
 */
class ClusterCapacityTest {

    private static Capacity capacity(Cluster cluster, Workload workload) {
        return ClusterModel.capacity(cluster, TestTables.usEast1(), workload, Conventions.DEFAULT);
    }

    @Test
    void fixedWithoutCapacity_unknown() {
        assertThat(capacity(Cluster.of("t3.medium", NodeSizing.fixed(3)), Workload.of(0)))
                .isEqualTo(Capacity.unknown("3 fixed t3.medium nodes with no stated capacity"
                        + " (nodes.requestsPerSecondPerNode or nodes.cpuMsPerRequest)"));
    }

    /** 3 nodes of 100 requests/s serve 300 at the peak: 300 * 2,628,000 = 788,400,000 a month, flat. */
    @Test
    void fixedByRequestsPerSecond_flat() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3).withRequestsPerSecondPerNode(100));

        assertThat(capacity(cluster, Workload.of(0))).isEqualTo(Capacity.limited(
                new java.math.BigDecimal("788400000"), "3 t3.medium nodes of 100 requests/s"));
    }

    /** A peak twice the average halves it: 394,200,000. */
    @Test
    void fixedByRequestsPerSecond_peakRatio() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3).withRequestsPerSecondPerNode(100));

        Capacity.Limited limited = (Capacity.Limited) capacity(cluster, new Workload(0, 2));

        assertThat(limited.maxRequestsPerMonth()).isEqualByComparingTo("394200000");
        assertThat(limited.saturatedFrom()).isEqualTo(394_200_001L);
    }

    /**
     * By CPU: a t3.medium's 2 vCPUs at 15 CPU-ms a request serve 2,000 / 15 = 133.3 requests/s, 3 nodes 400 at the
     * peak, 400 * 2,628,000 = 1,051,200,000 a month.
     */
    @Test
    void fixedByCpu() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3).withCpuMsPerRequest(15));

        Capacity.Limited limited = (Capacity.Limited) capacity(cluster, Workload.of(0));

        assertThat(limited.maxRequestsPerMonth()).isEqualByComparingTo("1051200000");
        assertThat(limited.limit()).isEqualTo("3 t3.medium nodes of 133.3 requests/s");
    }

    /** businessHours: 300 requests/s in a busy hour is 1,080,000 requests, 2N / 730 = 1,080,000 at N = 394,200,000. */
    @Test
    void fixed_profilePeakHour() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3).withRequestsPerSecondPerNode(100));
        Workload workload = Workload.of(0).withProfile(HourlyProfile.shape("businessHours"));

        assertThat(((Capacity.Limited) capacity(cluster, workload)).maxRequestsPerMonth())
                .isEqualByComparingTo("394200000");
    }

    /**
     * Autoscaled: at most 200 m6i.large of 2 vCPUs at 100 CPU-ms serve 200 * 20 = 4,000 requests/s, 14,400,000 in a
     * busy hour of businessHours, so N = 14,400,000 * 365 = 5,256,000,000; the 60% target does not lower it.
     * Half the vCPUs allocatable halves it.
     */
    @Test
    void autoscaled_atItsMaximum() {
        Workload workload = Workload.of(0).withProfile(HourlyProfile.shape("businessHours"));
        NodeSizing.Autoscaled sizing = NodeSizing.autoscaledByCpu(2, 200, 100, 0.6);

        Capacity.Limited limited = (Capacity.Limited) capacity(Cluster.of("m6i.large", sizing), workload);

        assertThat(limited.maxRequestsPerMonth()).isEqualByComparingTo("5256000000");
        assertThat(limited.limit()).isEqualTo("at most 200 m6i.large nodes of 20 requests/s");
        assertThat(((Capacity.Limited) capacity(Cluster.of("m6i.large", sizing.withAllocatableCpuFraction(0.5)),
                workload)).maxRequestsPerMonth()).isEqualByComparingTo("2628000000");
    }

    @Test
    void sizedForThePeak_unlimited() {
        assertThat(capacity(Cluster.of("m5.large", NodeSizing.byCapacity(2, 100, 0.5)), Workload.of(0)))
                .isEqualTo(Capacity.UNLIMITED);
        assertThat(capacity(Cluster.of("m5.large", NodeSizing.byCpu(2, 10, 0.5)), Workload.of(0)))
                .isEqualTo(Capacity.UNLIMITED);
    }

    @Test
    void fixed_statesCapacityOnce() {
        assertThatThrownBy(() -> new NodeSizing.Fixed(3, 100, 20)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("nodes.fixed states its capacity with one of requestsPerSecondPerNode (requests/s) and"
                        + " cpuMsPerRequest (CPU-ms) but had both: 100.0 requests/s and 20.0 CPU-ms");
        assertThatThrownBy(() -> NodeSizing.fixed(3).withRequestsPerSecondPerNode(-1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("nodes.requestsPerSecondPerNode must be between 0.001 and 10000000 requests/s but"
                        + " was: -1");
        assertThatThrownBy(() -> NodeSizing.fixed(3).withCpuMsPerRequest(1e6))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("nodes.cpuMsPerRequest must be between 0.001 and 900000 CPU-ms but was: 1000000");
    }

    @Test
    void fixed_copiesAndText() {
        NodeSizing.Fixed fixed = NodeSizing.fixed(3);

        assertThat(fixed.statesCapacity()).isFalse();
        assertThat(fixed.withRequestsPerSecondPerNode(100)).hasToString("3 nodes of 100.0 requests/s")
                .isEqualTo(new NodeSizing.Fixed(3, 100, 0));
        assertThat(fixed.withRequestsPerSecondPerNode(100).withCpuMsPerRequest(20)).hasToString("3 nodes, 20.0"
                + " CPU-ms/request").isEqualTo(new NodeSizing.Fixed(3, 0, 20)).matches(NodeSizing.Fixed::statesCapacity);
        assertThat(fixed).hasToString("3 nodes");
    }
}
