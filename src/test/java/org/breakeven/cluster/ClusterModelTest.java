package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.breakeven.bill.Bill;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Conventions;
import org.breakeven.TestTables;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/** The cluster bill, each line pinned by a hand-worked example; rates from us-east-1 2024-11-01. */
class ClusterModelTest {

    private static BillModel model(Cluster cluster, Workload workload) {
        return ClusterModel.billModel(cluster, TestTables.usEast1(), workload, Conventions.DEFAULT);
    }

    /**
     * The seed article: 3 t3.medium at $0.0416/h for 730 h = 91.104 -> $91.10, plus a $16 load balancer
     * (the article's flat figure), $107.10. No EKS fee in the article's example.
     */
    @Test
    void bill_articleExample() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3)).withControlPlanes(0, false)
                .withFixedCosts(List.of(FixedCost.of("Load balancer (article's flat figure)", "16")));

        Bill bill = model(cluster, Workload.of(0)).bill(1_000_000);

        assertThat(bill.item("Nodes (t3.medium)").quantity()).isEqualByComparingTo("2190");
        assertThat(bill.item("Nodes (t3.medium)").amount().amount()).isEqualByComparingTo("91.104");
        assertThat(bill.item("Nodes (t3.medium)").rounded().amount()).isEqualByComparingTo("91.10");
        assertThat(bill.total().amount()).isEqualByComparingTo("107.10");
    }

    /**
     * EKS standard support 730 h * 0.10 = $73.00; extended 730 * 0.60 = $438.00; ALB 730 h * 0.0225 =
     * 16.425 -> $16.43; at 90M requests a month with one new connection per request the LCU-hours are
     * 90e6 / (3,600 * 25) = 1,000 * 0.008 = $8.00.
     */
    @Test
    void bill_controlPlaneAndLoadBalancer() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3)).withLoadBalancers(LoadBalancers.alb(1));

        Bill bill = model(cluster, Workload.of(0)).bill(90_000_000);

        assertThat(bill.item("EKS control plane (standard support)").rounded().amount()).isEqualByComparingTo("73.00");
        assertThat(bill.item("Load balancer hours (ALB)").amount().amount()).isEqualByComparingTo("16.425");
        assertThat(bill.item("Load balancer hours (ALB)").rounded().amount()).isEqualByComparingTo("16.43");
        assertThat(bill.item("Load balancer capacity units (ALB)").quantity()).isEqualByComparingTo("1000");
        assertThat(bill.item("Load balancer capacity units (ALB)").amount().amount()).isEqualByComparingTo("8");
        Bill extended = model(cluster.withControlPlanes(1, true), Workload.of(0)).bill(0);
        assertThat(extended.item("EKS control plane (extended support)").amount().amount()).isEqualByComparingTo("438");
    }

    /**
     * Processed bytes decide the LCU when they exceed the connection dimension: 100 KB per request over
     * 1 GB per LCU-hour is 100 / 10^6 LCU-h per request; at 10M requests, 1,000 LCU-h (the connection
     * dimension would be 10e6 / 90,000 = 111.1).
     */
    @Test
    void bill_loadBalancerCapacityUnitsTakeTheLargestDimension() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3))
                .withLoadBalancers(new LoadBalancers("ALB", 1, 1, 100));

        Bill bill = model(cluster, Workload.of(0)).bill(10_000_000);

        assertThat(bill.item("Load balancer capacity units (ALB)").quantity()).isEqualByComparingTo("1000");
    }

    /**
     * Node sizing from capacity: 100 requests/s per node at 50% target utilisation and a peak twice the
     * average carry 100 * 0.5 * 730 * 3,600 / 2 = 65,700,000 requests a month per node. At 200M
     * requests, ceil(200 / 65.7) = 4 nodes; at 100M, ceil(1.52) = 2, lifted to the HA minimum of 3.
     */
    @Test
    void bill_nodesSizedFromTraffic() {
        Cluster cluster = Cluster.of("m5.large", NodeSizing.byCapacity(3, 100, 0.5));
        BillModel model = model(cluster, new Workload(0, 2));

        assertThat(model.bill(200_000_000).item("Nodes (m5.large)").quantity()).isEqualByComparingTo("2920");
        assertThat(model.bill(100_000_000).item("Nodes (m5.large)").quantity()).isEqualByComparingTo("2190");
        assertThat(model.bill(197_100_000).item("Nodes (m5.large)").quantity()).isEqualByComparingTo("2190");
        assertThat(model.bill(197_100_001).item("Nodes (m5.large)").quantity()).isEqualByComparingTo("2920");
    }

    /**
     * Node sizing from CPU time: a t3.medium has 2 vCPUs, so 10 CPU-ms per request gives 200 requests/s
     * per node; at 100% utilisation and no peak, 200 * 730 * 3,600 = 525,600,000 requests a month per node.
     */
    @Test
    void bill_nodesSizedFromCpuTime() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.byCpu(1, 10, 1));
        BillModel model = model(cluster, Workload.of(0));

        assertThat(model.bill(525_600_000).item("Nodes (t3.medium)").quantity()).isEqualByComparingTo("730");
        assertThat(model.bill(525_600_001).item("Nodes (t3.medium)").quantity()).isEqualByComparingTo("1460");
    }

    /**
     * NAT and storage: 1 gateway 730 h * 0.045 = 32.85; 50 KB per request at 20M requests = 1,000 GB *
     * 0.045 = 45.00; 20 GB gp3 per node * 3 nodes = 60 GB-months * 0.08 = 4.80.
     */
    @Test
    void bill_natAndStorage() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3)).withNat(1, 50).withStorageGbPerNode(20);

        Bill bill = model(cluster, Workload.of(0)).bill(20_000_000);

        assertThat(bill.item("NAT gateway hours").amount().amount()).isEqualByComparingTo("32.85");
        assertThat(bill.item("NAT gateway data processed").quantity()).isEqualByComparingTo("1000");
        assertThat(bill.item("NAT gateway data processed").amount().amount()).isEqualByComparingTo("45");
        assertThat(bill.item("Node storage (gp3)").amount().amount()).isEqualByComparingTo("4.80");
    }

    /** Ops headcount: 1.5 FTE * 150,000 / 12 = 18,750.00 a month, its own line. */
    @Test
    void bill_opsHeadcountIsItsOwnLine() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3)).withOps(OpsHeadcount.of(1.5, 150_000));

        Bill bill = model(cluster, Workload.of(0)).bill(0);

        assertThat(bill.item("Ops headcount").amount().amount()).isEqualByComparingTo("18750");
    }

    @Test
    void bill_leavesOutLinesWithNothingToBill() {
        Bill bill = model(Cluster.of("t3.medium", NodeSizing.fixed(1)), Workload.of(0)).bill(5);

        assertThat(bill.items()).extracting(item -> item.name())
                .containsExactly("Nodes (t3.medium)", "EKS control plane (standard support)");
    }

    /**
     * No control plane and a NAT gateway that carries no traffic: no EKS line, and NAT hours without a
     * data-processed line; 1 gateway * 730 h * 0.045 = 32.85.
     */
    @Test
    void bill_noControlPlaneAndNoNatData() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3)).withControlPlanes(0, false).withNat(1, 0);

        Bill bill = model(cluster, Workload.of(0)).bill(1_000_000);

        assertThat(bill.items()).extracting(item -> item.name()).containsExactly("Nodes (t3.medium)", "NAT gateway hours");
        assertThat(bill.item("NAT gateway hours").amount().amount()).isEqualByComparingTo("32.85");
    }

    /**
     * An NLB is billed by the hour only (no capacity units here): 2 * 730 h * 0.0225 = 32.85, and
     * another instance type prices the nodes: m5.large at 0.096, 730 * 0.096 = 70.08.
     */
    @Test
    void bill_networkLoadBalancerAndAnotherInstanceType() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(1)).withControlPlanes(0, false)
                .withLoadBalancers(new LoadBalancers("NLB", 2, 1, 0)).withInstanceType("m5.large");

        Bill bill = model(cluster, Workload.of(0)).bill(90_000_000);

        assertThat(bill.items()).extracting(item -> item.name())
                .containsExactly("Nodes (m5.large)", "Load balancer hours (NLB)");
        assertThat(bill.item("Load balancer hours (NLB)").amount().amount()).isEqualByComparingTo("32.85");
        assertThat(bill.item("Nodes (m5.large)").amount().amount()).isEqualByComparingTo("70.08");
    }

    /**
     * The node count that a bill prices, from {@code nodeCount}: the sizing of {@link #bill_nodesSizedFromTraffic}
     * gives 3 nodes (the minimum) at 100M requests and 4 at 200M; a fixed count stays put and has no steps.
     */
    @Test
    void nodeCount_sizedOrFixed() {
        Cluster sized = Cluster.of("m5.large", NodeSizing.byCapacity(3, 100, 0.5));
        org.breakeven.bill.NodeCount nodes = ClusterModel.nodeCount(sized, TestTables.usEast1(), new Workload(0, 2),
                Conventions.DEFAULT);
        org.breakeven.bill.NodeCount fixed = ClusterModel.nodeCount(Cluster.of("m5.large", NodeSizing.fixed(5)),
                TestTables.usEast1(), new Workload(0, 2), Conventions.DEFAULT);
        java.util.List<Double> steps = new java.util.ArrayList<>();
        fixed.steps(0, 1e12, steps::add);

        assertThat(nodes.at(100e6)).isEqualTo(3);
        assertThat(nodes.exact(java.math.BigDecimal.valueOf(200_000_000))).isEqualTo(4);
        assertThat(fixed.at(1e12)).isEqualTo(5);
        assertThat(fixed.exact(java.math.BigDecimal.valueOf(1_000_000_000_000L))).isEqualTo(5);
        assertThat(steps).isEmpty();
    }

    @Test
    void billModel_unknownInstanceType() {
        Cluster cluster = Cluster.of("t3.gigantic", NodeSizing.fixed(3));

        assertThatThrownBy(() -> model(cluster, Workload.of(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instanceType must be one of the 34 types in pricing table aws/us-east-1@2024-11-01 (c6g.large,"
                        + " c6g.medium, c6i.2xlarge, c6i.large, c6i.xlarge, c7g.2xlarge, c7g.large, c7g.xlarge, m5.2xlarge,"
                        + " m5.large, m5.xlarge, m6g.2xlarge, m6g.large, m6g.xlarge, m6i.2xlarge, m6i.4xlarge, m6i.large,"
                        + " m6i.xlarge, m7g.2xlarge, m7g.large, m7g.xlarge, m7i.2xlarge, m7i.large, m7i.xlarge, r6i.large,"
                        + " r6i.xlarge, r7g.large, r7g.xlarge, t3.large, t3.medium, t3.xlarge, t4g.large, t4g.medium,"
                        + " t4g.xlarge) but was: t3.gigantic");
    }
}
