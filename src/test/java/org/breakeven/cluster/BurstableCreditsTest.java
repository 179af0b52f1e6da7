package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.breakeven.TestTables;
import org.breakeven.bill.Bill;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.LineItem;
import org.breakeven.pricing.PricingTables;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * Burstable nodes (issue 9, item 4), by hand at us-east-1 2024-11-01 rates: t3.medium 0.0416 per hour, 2 vCPUs and a
 * baseline of 20% of each; surplus credits 0.05 (t3) and 0.04 (t4g) per vCPU-hour; 730 hours a month.
 */
class BurstableCreditsTest {

    private static BillModel model(Cluster cluster, Workload workload) {
        return ClusterModel.billModel(cluster, TestTables.usEast1(), workload, Conventions.DEFAULT);
    }

    private static final String T3_LINE = "Surplus CPU credits (t3, unlimited mode)";

    /**
     * AWS's own worked check: a t3.medium at 60% on both vCPUs bursts (0.60 - 0.20) * 2 = 0.8 vCPU-hours an hour,
     * 0.8 * 0.05 = 0.04 USD an hour. One node at 36 CPU-ms a request is at 60% (876 vCPU-hours a month) at
     * 876 * 3,600,000 / 36 = 87,600,000 requests; the surplus is 876 - 1 * 730 * 2 * 0.2 = 584 vCPU-hours, 29.20 USD,
     * 0.04 * 730.
     */
    @Test
    void bill_sixtyPercentOnATwoVcpuNode() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(1).withCpuMsPerRequest(36));

        LineItem line = model(cluster, Workload.of(0)).bill(87_600_000).item(T3_LINE);

        assertThat(line.quantity()).isEqualByComparingTo("584");
        assertThat(line.amount().amount()).isEqualByComparingTo("29.20");
        assertThat(line.unit()).isEqualTo("vCPU-hours above the baseline");
    }

    /**
     * Below the baseline nothing: three nodes include 3 * 730 * 2 * 0.2 = 876 vCPU-hours, and 100M requests at 20
     * CPU-ms use 555.6. At 200M they use 1,111.1: 235.1 vCPU-hours, 11.76 USD.
     */
    @Test
    void bill_belowAndAboveTheBaseline() {
        BillModel model = model(Cluster.of("t3.medium", NodeSizing.fixed(3).withCpuMsPerRequest(20)), Workload.of(0));

        assertThat(model.bill(100_000_000).item(T3_LINE).amount().amount()).isEqualByComparingTo("0");
        assertThat(model.bill(200_000_000).item(T3_LINE).rounded().amount()).isEqualByComparingTo("11.76");
    }

    /** t4g pays 0.04: one t4g.medium at 60% is 584 vCPU-hours, 23.36 USD. */
    @Test
    void bill_t4gRate() {
        Cluster cluster = Cluster.of("t4g.medium", NodeSizing.fixed(1).withCpuMsPerRequest(36));

        assertThat(model(cluster, Workload.of(0)).bill(87_600_000).item("Surplus CPU credits (t4g, unlimited mode)")
                .amount().amount()).isEqualByComparingTo("23.36");
    }

    /**
     * Sized for the peak by CPU, the nodes step up and the surplus falls at each step by less than the node costs:
     * a t3.medium at 10 CPU-ms serves 200 requests/s, 525,600,000 requests a month at 100%; at 100% target one node
     * runs at 100% (2 vCPUs, 1,460 vCPU-hours, 1,168 above the baseline: 58.40 USD) just below the step, and two
     * nodes at 50% just above it (1,460 used, 584 included, 876 above: 43.80 USD); the bill still rises, by a node
     * (30.368 USD) less 14.60 USD of credits.
     */
    @Test
    void bill_peakSizedSurplusFallsAtAStepButTheBillDoesNot() {
        BillModel model = model(Cluster.of("t3.medium", NodeSizing.byCpu(1, 10, 1)).withControlPlanes(0, false),
                Workload.of(0));

        Bill below = model.bill(525_600_000);
        Bill above = model.bill(525_600_001);

        assertThat(below.item(T3_LINE).amount().amount()).isEqualByComparingTo("58.40");
        assertThat(above.item(T3_LINE).amount().amount()).isCloseTo(new BigDecimal("43.80"), within(new BigDecimal("0.001")));
        assertThat(above.exactTotal().amount()).isGreaterThan(below.exactTotal().amount());
        assertThat(above.exactTotal().amount().subtract(below.exactTotal().amount()))
                .isCloseTo(new BigDecimal("15.768"), within(new BigDecimal("0.001")));
    }

    /** A type that is not burstable, or a sizing with no CPU time, has no surplus line. */
    @Test
    void bill_noSurplusLine() {
        assertThat(model(Cluster.of("m5.large", NodeSizing.fixed(1).withCpuMsPerRequest(36)), Workload.of(0))
                .bill(87_600_000).items()).extracting(LineItem::name).noneMatch(n -> n.startsWith("Surplus"));
        assertThat(model(Cluster.of("t3.medium", NodeSizing.byCapacity(1, 100, 1)), Workload.of(0)).bill(87_600_000)
                .items()).extracting(LineItem::name).noneMatch(n -> n.startsWith("Surplus"));
        assertThat(model(Cluster.of("t3.medium", NodeSizing.fixed(1).withCpuMsPerRequest(36))
                .withCpuCredits(CpuCredits.STANDARD), Workload.of(0)).bill(87_600_000).items())
                .extracting(LineItem::name).noneMatch(n -> n.startsWith("Surplus"));
    }

    /**
     * Standard mode counts on the baseline: a t3.medium at 20 CPU-ms serves 2 * 1,000 / 20 = 100 requests/s at 100%,
     * 20 at its 20% baseline; sized for the peak at 100% target, 20 * 2,628,000 = 52,560,000 requests a month per
     * node, so 52,560,001 needs a second; three fixed nodes saturate above 3 * 52,560,000 = 157,680,000.
     */
    @Test
    void standardMode_capsCapacityAtTheBaseline() {
        Cluster sized = Cluster.of("t3.medium", NodeSizing.byCpu(1, 20, 1)).withCpuCredits(CpuCredits.STANDARD);
        assertThat(ClusterModel.nodeCount(sized, TestTables.usEast1(), Workload.of(0), Conventions.DEFAULT)
                .exact(BigDecimal.valueOf(52_560_000))).isEqualTo(1);
        assertThat(ClusterModel.nodeCount(sized, TestTables.usEast1(), Workload.of(0), Conventions.DEFAULT)
                .exact(BigDecimal.valueOf(52_560_001))).isEqualTo(2);

        Cluster fixed = Cluster.of("t3.medium", NodeSizing.fixed(3).withCpuMsPerRequest(20))
                .withCpuCredits(CpuCredits.STANDARD);
        Capacity.Limited limited = (Capacity.Limited) ClusterModel.capacity(fixed, TestTables.usEast1(), Workload.of(0),
                Conventions.DEFAULT);
        assertThat(limited.maxRequestsPerMonth()).isEqualByComparingTo("157680000");
        assertThat(limited.limit()).isEqualTo("3 t3.medium nodes of 20 requests/s");
        // A type that is not burstable ignores the mode: m5.large, 100 requests/s a node, 788,400,000 for three.
        Cluster m5 = Cluster.of("m5.large", NodeSizing.fixed(3).withCpuMsPerRequest(20)).withCpuCredits(CpuCredits.STANDARD);
        assertThat(((Capacity.Limited) ClusterModel.capacity(m5, TestTables.usEast1(), Workload.of(0),
                Conventions.DEFAULT)).maxRequestsPerMonth()).isEqualByComparingTo("788400000");
    }

    @Test
    void notes_whatTheBillCannotPrice() {
        assertThat(ClusterModel.notes(Cluster.of("t3.medium", NodeSizing.fixed(3)), TestTables.usEast1()))
                .containsExactly("t3.medium is burstable: in unlimited mode each vCPU-hour above its baseline of 20% is"
                        + " billed as surplus CPU credits at USD 0.05 per vCPU-hour, which are not computed without the"
                        + " CPU time of a request (nodes.cpuMsPerRequest).");
        assertThat(ClusterModel.notes(Cluster.of("t4g.large", NodeSizing.fixed(3)).withCpuCredits(CpuCredits.STANDARD),
                TestTables.usEast1())).containsExactly("t4g.large is burstable and runs in standard mode: each node"
                        + " counts on its baseline of 30% of each vCPU, and no surplus CPU credits are billed.");
        assertThat(ClusterModel.notes(Cluster.of("t3.medium", NodeSizing.fixed(3).withCpuMsPerRequest(20)),
                PricingTables.version("aws", "eu-west-1", "2026-10-01"))).containsExactly("t3.medium is burstable: in unlimited mode"
                        + " each vCPU-hour above its baseline of 20% is billed as surplus CPU credits, but pricing table"
                        + " aws/eu-west-1@2026-10-01 has no rate ec2.cpuCredits.t3, so they are not billed.");
        assertThat(ClusterModel.notes(Cluster.of("t3.medium", NodeSizing.fixed(3).withCpuMsPerRequest(20)),
                TestTables.usEast1())).isEmpty();
        assertThat(ClusterModel.notes(Cluster.of("m5.large", NodeSizing.fixed(3)), TestTables.usEast1())).isEmpty();
    }

    @Test
    void cpuCredits_ofAndText() {
        assertThat(CpuCredits.of("standard")).isEqualTo(CpuCredits.STANDARD).hasToString("standard");
        assertThat(CpuCredits.of("unlimited").id()).isEqualTo("unlimited");
        assertThatThrownBy(() -> CpuCredits.of("Unlimited")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("cpuCredits must be unlimited or standard but was: Unlimited");
        assertThat(Cluster.of("t3.medium", NodeSizing.fixed(3)).withCpuCredits(CpuCredits.STANDARD))
                .hasToString("EKS x1, 3 nodes t3.medium, standard CPU credits");
    }

    /** The double form of the surplus line agrees with its exact line item. */
    @Test
    void comparableCost_agreesWithExactBill() {
        BillModel model = model(Cluster.of("t3.medium", NodeSizing.byCpu(2, 7, 0.8)), new Workload(0, 1.7));

        for (long n : new long[] {0, 123_456_789, 987_654_321, 5_000_000_001L}) {
            double exact = model.bill(n).exactTotal().amount().doubleValue();
            assertThat(model.comparableCost(n)).isCloseTo(exact, within(1e-9 * Math.max(1, exact)));
        }
    }
}
