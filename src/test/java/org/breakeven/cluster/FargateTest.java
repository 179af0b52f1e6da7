package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breakeven.TestTables;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Conventions;
import org.breakeven.pricing.PricingTable;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * The Fargate bill. Rates: the AmazonECS us-east-1 offer of 2025-08-28 (x86 0.04048 per vCPU-hour and 0.004445 per
 * GB-hour, ARM 0.03238 and 0.00356, storage above 20 GB 0.000111 per GB-hour); rules: the AWS Fargate pricing page
 * (per vCPU, memory and storage of each task, 20 GB of storage included, Spot for ECS only) and the EKS User Guide's
 * pod sizing (256 MB added, rounded up to the next size).
 */
class FargateTest {

    private static final PricingTable TABLE = TestTables.usEast1Options();
    private static final Workload WORKLOAD = Workload.of(1_000_000);

    private static Bill bill(Fargate fargate) {
        return fargate.billModel(TABLE, WORKLOAD, Conventions.DEFAULT).bill(1_000_000);
    }

    /**
     * Two ECS tasks of 1 vCPU and 2 GB on x86 all month (730 hours):
     * <pre>
     * vCPU    2 * 730 * 1 = 1,460 vCPU-hours * 0.04048  = 59.1008 -> 59.10
     * memory  2 * 730 * 2 = 2,920 GB-hours   * 0.004445 = 12.9794 -> 12.98
     * total                                                      72.08
     * </pre>
     * The ECS pricing page's own example rate, $0.000011244 per vCPU-second (api-evangelist harvest of
     * https://aws.amazon.com/ecs/pricing/, 2026-09-20), gives 1,460 * 3,600 * 0.000011244 = 59.0985 -> 59.10: the same
     * cent.
     */
    @Test
    void billModel_twoEcsTasksAllMonth() {
        Bill bill = bill(Fargate.ecs(1, 2, NodeSizing.fixed(2)));

        assertThat(bill.items()).extracting(i -> i.name() + " " + i.quantity().stripTrailingZeros().toPlainString() + " "
                + i.rounded().amount()).containsExactly("Fargate vCPU (x86_64) 1460 59.10",
                "Fargate memory (x86_64) 2920 12.98");
        assertThat(bill.total().amount()).isEqualByComparingTo("72.08");
    }

    /**
     * The same on ARM: 1,460 * 0.03238 = 47.2748 -> 47.27 and 2,920 * 0.00356 = 10.3952 -> 10.40; with 30 GB of storage
     * each, 10 GB above the included 20: 2 * 730 * 10 = 14,600 GB-hours * 0.000111 = 1.6206 -> 1.62.
     */
    @Test
    void billModel_armWithStorage() {
        Bill bill = bill(Fargate.ecs(1, 2, NodeSizing.fixed(2)).withArchitecture("arm64").withEphemeralStorageGb(30));

        assertThat(bill.items()).extracting(i -> i.rounded().amount().toPlainString()).containsExactly("47.27", "10.40",
                "1.62");
    }

    /**
     * Half the task-hours on Fargate Spot at 70% off: 730 vCPU-hours at 0.04048 = 29.5504 -> 29.55 and 730 at
     * 0.04048 * 0.3 = 0.012144, 8.86512 -> 8.87; memory 1,460 GB-hours at 0.004445 = 6.4897 -> 6.49 and at 0.0013335,
     * 1.946910 -> 1.95.
     */
    @Test
    void billModel_spotShare() {
        Bill bill = bill(Fargate.ecs(1, 2, NodeSizing.fixed(2)).withSpot(0.5, 0.7));

        assertThat(bill.items()).extracting(i -> i.rounded().amount().toPlainString()).containsExactly("29.55", "6.49",
                "8.87", "1.95");
    }

    /**
     * An EKS pod of 1 vCPU requesting 2 GB is billed for 2 + 0.25 = 2.25 GB rounded up to 3 GB, and the cluster pays
     * the control plane: 1,460 * 0.04048 = 59.10, 2 * 730 * 3 = 4,380 GB-hours * 0.004445 = 19.4691 -> 19.47, 730 *
     * 0.10 = 73.00.
     */
    @Test
    void billModel_eksPodsAreBilled256MbMoreRoundedUp() {
        Bill bill = bill(Fargate.eks(1, 2, NodeSizing.fixed(2)));

        assertThat(bill.items()).extracting(i -> i.rounded().amount().toPlainString()).containsExactly("59.10", "19.47",
                "73.00");
        assertThat(Fargate.eks(0.25, 0.5, NodeSizing.fixed(1)).billedMemoryGb()).isEqualTo(1);
        assertThat(Fargate.eks(0.25, 2, NodeSizing.fixed(1)).billedVcpu()).isEqualTo(0.5);
        assertThat(Fargate.eks(0.25, 2, NodeSizing.fixed(1)).billedMemoryGb()).isEqualTo(3);
    }

    @Test
    void new_sizeFargateDoesNotOffer_isRejected() {
        assertThatThrownBy(() -> Fargate.ecs(0.75, 2, NodeSizing.fixed(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fargate.vcpu must be one of 0.25, 0.5, 1, 2, 4 and 8 vCPU but was: 0.75");
        assertThatThrownBy(() -> Fargate.ecs(8, 18, NodeSizing.fixed(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fargate.memoryGb for 8 vCPU must be 16 to 60 GB in steps of 4 GB but was: 18.0");
        assertThatThrownBy(() -> Fargate.eks(1, 2, NodeSizing.fixed(1)).withArchitecture("arm64"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arm64 is offered on ECS only");
        assertThatThrownBy(() -> Fargate.eks(1, 2, NodeSizing.fixed(1)).withSpot(0.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("fargate.spotShare must be 0 on EKS");
    }

    @Test
    void toString_readsWell() {
        assertThat(Fargate.ecs(1, 2, NodeSizing.fixed(2)).withLoadBalancers(LoadBalancers.alb(1)))
                .hasToString("ECS on Fargate, tasks of 1 vCPU and 2 GB x86_64, " + NodeSizing.fixed(2) + ", "
                        + LoadBalancers.alb(1));
    }

    /**
     * EKS Auto Mode adds its fee per instance-hour: m7g.large has its own price-list row, 0.00979 (12% of 0.0816), so
     * three nodes all month pay 2,190 * 0.00979 = 21.4401 -> 21.44; m6i.large has none, so 12% of 0.096 = 0.01152,
     * 2,190 * 0.01152 = 25.2288 -> 25.23.
     */
    @Test
    void autoMode_addsTheFeePerInstanceHour() {
        Cluster m7g = Cluster.of("m7g.large", NodeSizing.fixed(3)).withAutoMode(true);
        Bill bill = ClusterModel.billModel(m7g, TABLE, WORKLOAD, Conventions.DEFAULT).bill(1_000_000);
        Bill m6i = ClusterModel.billModel(m7g.withInstanceType("m6i.large"), TABLE, WORKLOAD, Conventions.DEFAULT)
                .bill(1_000_000);

        assertThat(bill.item("EKS Auto Mode fee (m7g.large)").rounded().amount()).isEqualByComparingTo("21.44");
        assertThat(m6i.item("EKS Auto Mode fee (m6i.large)").rounded().amount()).isEqualByComparingTo("25.23");
    }

    @Test
    void autoMode_onATableWithoutItsRates_namesWhatIsMissing() {
        Cluster m7g = Cluster.of("m7g.large", NodeSizing.fixed(3)).withAutoMode(true);

        assertThatThrownBy(() -> ClusterModel.billModel(m7g, TestTables.usEast1(), WORKLOAD, Conventions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("EKS Auto Mode needs rate eks.autoMode.m7g.large"
                        + " or allowance eks.autoMode.managementFee.fractionOfOnDemand in pricing table aws/us-east-1@2024-11-01,"
                        + " which has neither: use a table of 2026 or later");
    }
}
