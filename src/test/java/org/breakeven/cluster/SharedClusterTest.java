package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.Money;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * A service as a tenant of an existing cluster, allocated as the OpenCost Specification v0.1 allocates one: the
 * node price split by OpenCost's default base prices (CPU 0.031611 per core-hour, RAM 0.004237 per GB-hour), the
 * replicas' requests at those unit prices, and idle capacity shared in proportion to cost.
 */
class SharedClusterTest {

    private static final PricingTable TABLE = PricingTables.version("aws", "us-east-1", "2026-10-01");

    /** Two replicas at least, 100 requests/s each: 1M requests a month (0.38 requests/s) keeps the two. */
    private static SharedCluster replicas(double allocatedShare) {
        return new SharedCluster("m6i.large", 0.5, 1, NodeSizing.autoscaledByCapacity(2, 100, 100, 1), allocatedShare);
    }

    /**
     * m6i.large: 2 vCPUs, 8 GiB, USD 0.096 an hour (the 2026-10-01 table, with OpenCost's base prices 0.031611 per
     * core-hour and 0.004237 per GB-hour as opencost.baseCpu and opencost.baseRam). Base: 2 x 0.031611 + 8 x 0.004237 =
     * 0.097118; scale 0.096 / 0.097118 = 0.98848823...; so 0.031611 x 0.98848823 = 0.0312471 per vCPU-hour and
     * 0.004237 x 0.98848823 = 0.00418822 per GiB-hour, which cost the node its price: 2 x 0.0312471 + 8 x
     * 0.00418822 = 0.096.
     */
    @Test
    void unitPrices_splitTheNodePriceByOpenCostsRatio() {
        InstanceType node = TABLE.instance("m6i.large");

        BigDecimal[] prices = SharedCluster.unitPrices(node, TABLE);

        assertThat(prices[0].doubleValue()).isCloseTo(0.0312471015, org.assertj.core.data.Offset.offset(1e-10));
        assertThat(prices[1].doubleValue()).isCloseTo(0.0041882246, org.assertj.core.data.Offset.offset(1e-10));
        assertThat(prices[0].multiply(BigDecimal.valueOf(2)).add(prices[1].multiply(BigDecimal.valueOf(8)))
                .doubleValue()).isCloseTo(0.096, org.assertj.core.data.Offset.offset(1e-12));
    }

    /**
     * Two replicas of 0.5 vCPU and 1 GiB all month (730 h): 730 vCPU-hours x 0.0312471 = 22.81 and 1,460
     * GiB-hours x 0.00418822 = 6.11; the bill adds its lines as rounded, 28.92 (28.9252 exactly).
     */
    @Test
    void bill_requestedResourcesAtTheNodesUnitPrices() {
        Bill bill = replicas(1).billModel(TABLE, Workload.of(1_000_000), Conventions.DEFAULT).bill(1_000_000L);

        assertThat(bill.items()).hasSize(2);
        assertThat(bill.item("vCPU (requested, on m6i.large)").quantity()).isEqualByComparingTo("730");
        assertThat(bill.item("vCPU (requested, on m6i.large)").rounded()).isEqualTo(Money.usd("22.81"));
        assertThat(bill.item("Memory (requested, on m6i.large)").quantity()).isEqualByComparingTo("1460");
        assertThat(bill.item("Memory (requested, on m6i.large)").rounded()).isEqualTo(Money.usd("6.11"));
        assertThat(bill.total()).isEqualTo(Money.usd("28.92"));
    }

    /**
     * With 60% of the cluster allocated, each workload carries (1 - 0.6) / 0.6 = 2/3 more for the idle 40%:
     * idle vCPU 22.8104 x 2/3 = 15.21 and idle memory 6.1148 x 2/3 = 4.08, so 22.81 + 6.11 + 15.21 + 4.08 = 48.21.
     */
    @Test
    void bill_sharesIdleCapacityInProportionToCost() {
        Bill bill = replicas(0.6).billModel(TABLE, Workload.of(1_000_000), Conventions.DEFAULT).bill(1_000_000L);

        assertThat(bill.items()).hasSize(4);
        assertThat(bill.item("vCPU (share of idle capacity, the cluster 60% allocated)").rounded())
                .isEqualTo(Money.usd("15.21"));
        assertThat(bill.total()).isEqualTo(Money.usd("48.21"));
    }

    /** More traffic, more replicas: 1B requests a month is 380.5 requests/s, 4 replicas of 100. */
    @Test
    void bill_replicasFollowTheTraffic() {
        Bill bill = replicas(1).billModel(TABLE, Workload.of(1_000_000_000), Conventions.DEFAULT)
                .bill(1_000_000_000L);

        // 4 replicas x 730 h x 0.5 vCPU = 1,460 vCPU-hours.
        assertThat(bill.item("vCPU (requested, on m6i.large)").quantity()).isEqualByComparingTo("1460");
    }

    @Test
    void bill_replicaLargerThanTheNode_isRefused() {
        SharedCluster big = new SharedCluster("m6i.large", 4, 1, NodeSizing.autoscaledByCapacity(2, 100, 100, 1), 1);

        assertThatThrownBy(() -> big.billModel(TABLE, Workload.of(1_000_000), Conventions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a replica of 4 vCPU and 1 GiB does not fit on a m6i.large node of 2 vCPU and 8 GiB");
    }

    @Test
    void allocatedShareOfZero_isRefused() {
        assertThatThrownBy(() -> replicas(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("options[].allocatedShare must be greater than 0 and at most 1");
    }
}
