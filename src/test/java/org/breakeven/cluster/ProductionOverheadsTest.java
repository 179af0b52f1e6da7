package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.breakeven.TestTables;
import org.breakeven.bill.Bill;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.LineItem;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The overheads of a production cluster (issue 9, item 6), each line pinned by a hand-worked example at the
 * rates of us-east-1 2024-11-01: public IPv4 $0.005 per address-hour, cross-AZ transfer $0.01 per GB each way,
 * NAT $0.045 per gateway-hour and per GB, gp3 $0.08 per GB-month; 730 hours a month.
 */
class ProductionOverheadsTest {

    private static final Cluster DEFAULT = Cluster.of("t3.medium", NodeSizing.fixed(3))
            .withLoadBalancers(LoadBalancers.alb(1));

    private static BillModel model(Cluster cluster) {
        return ClusterModel.billModel(cluster, TestTables.usEast1(), Workload.of(0), Conventions.DEFAULT);
    }

    /** Three addresses given: 3 * 730 = 2,190 address-hours * 0.005 = $10.95. */
    @Test
    void bill_publicIpv4AddressesGiven() {
        Cluster cluster = DEFAULT.withNetwork(Network.NONE.withPublicIpv4Addresses(3));

        LineItem line = model(cluster).bill(1_000_000).item("Public IPv4 addresses");

        assertThat(line.quantity()).isEqualByComparingTo("2190");
        assertThat(line.unit()).isEqualTo("address-hours");
        assertThat(line.amount().amount()).isEqualByComparingTo("10.95");
        assertThat(line.rate().id()).isEqualTo("vpc.publicIpv4.hour");
    }

    /**
     * Derived from three zones: one ALB holds an address in each (3) and the NAT gateway one Elastic IP, 4
     * addresses; 4 * 730 = 2,920 address-hours * 0.005 = $14.60. Two ALBs and no NAT: 2 * 3 = 6 addresses.
     */
    @Test
    void bill_publicIpv4AddressesFromZones() {
        Cluster cluster = DEFAULT.withNat(1, 0).withNetwork(Network.NONE.withAvailabilityZones(3));

        assertThat(model(cluster).bill(0).item("Public IPv4 addresses").amount().amount())
                .isEqualByComparingTo("14.60");
        assertThat(Network.NONE.withAvailabilityZones(3).publicIpv4Addresses(LoadBalancers.alb(2), 0)).isEqualTo(6);
        assertThat(Network.NONE.publicIpv4Addresses(LoadBalancers.alb(2), 1)).isZero();
    }

    /**
     * Half of 10M requests cross zones with 20 KB each: 10e6 * 0.5 * 20 / 10^6 = 100 GB, billed leaving one zone
     * and entering the other, 200 GB * 0.01 = $2.00.
     */
    @Test
    void bill_crossAzTransfer() {
        Cluster cluster = DEFAULT.withNetwork(Network.NONE.withCrossAz(0.5, 20));

        LineItem line = model(cluster).bill(10_000_000).item("Cross-AZ data transfer");

        assertThat(line.quantity()).isEqualByComparingTo("200");
        assertThat(line.amount().amount()).isEqualByComparingTo("2.00");
    }

    /**
     * A fifth of 10M requests go out through NAT with 50 KB each: 10e6 * 0.2 * 50 / 10^6 = 100 GB * 0.045 =
     * $4.50, beside 730 gateway-hours * 0.045 = $32.85; with every request going out, 500 GB, $22.50.
     */
    @Test
    void bill_natShareOfRequests() {
        Bill bill = model(DEFAULT.withNat(1, 50, 0.2)).bill(10_000_000);

        assertThat(bill.item("NAT gateway data processed").quantity()).isEqualByComparingTo("100");
        assertThat(bill.item("NAT gateway data processed").amount().amount()).isEqualByComparingTo("4.50");
        assertThat(bill.item("NAT gateway hours").amount().amount()).isEqualByComparingTo("32.85");
        assertThat(model(DEFAULT.withNat(1, 50)).bill(10_000_000).item("NAT gateway data processed").amount().amount())
                .isEqualByComparingTo("22.50");
    }

    /** No traffic through NAT: no data line, and none when the share is 0 either. */
    @Test
    void bill_natWithoutTraffic_hasNoDataLine() {
        assertThat(model(DEFAULT.withNat(1, 50, 0)).bill(10_000_000).items()).extracting(LineItem::name)
                .contains("NAT gateway hours").doesNotContain("NAT gateway data processed");
    }

    /**
     * Root volumes are node storage: 20 GB on each of 3 nodes, 60 GB-months * 0.08 = $4.80, one line; no other
     * line bills the same GB.
     */
    @Test
    void bill_rootVolumesAreNodeStorage() {
        Bill bill = model(DEFAULT.withStorageGbPerNode(20)).bill(0);

        assertThat(bill.item("Node storage (gp3)").quantity()).isEqualByComparingTo("60");
        assertThat(bill.item("Node storage (gp3)").amount().amount()).isEqualByComparingTo("4.80");
        assertThat(bill.items()).filteredOn(item -> item.rate().id().startsWith("ebs.")).hasSize(1);
    }

    /** Without overheads the cluster bill has none of their lines. */
    @Test
    void bill_noOverheads_noLines() {
        assertThat(model(DEFAULT).bill(10_000_000).items()).extracting(LineItem::name)
                .doesNotContain("Public IPv4 addresses", "Cross-AZ data transfer", "NAT gateway hours");
    }

    /** The solver's double form and the exact line items agree with every overhead on. */
    @Test
    void comparableCost_agreesWithExactBill() {
        Cluster cluster = DEFAULT.withNat(1, 30, 0.4).withStorageGbPerNode(20)
                .withNetwork(Network.NONE.withAvailabilityZones(3).withCrossAz(0.6, 12.5));
        BillModel model = model(cluster);

        for (long n : new long[] {0, 1, 12_345_678, 9_876_543_210L}) {
            BigDecimal exact = model.bill(n).exactTotal().amount();
            assertThat(model.comparableCost(n)).isCloseTo(exact.doubleValue(), within(1e-6 * Math.max(1, exact.doubleValue())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "zones and addresses; 3; 4; 0; 0; publicIpv4Addresses must not be given together with availabilityZones"
                + " (3 zones, from which the addresses are derived) but was: 4",
        "zones; 33; 0; 0; 0; availabilityZones must be between 0 and 32 availability zones but was: 33",
        "addresses; 0; 10001; 0; 0; publicIpv4Addresses must be between 0 and 10000 addresses but was: 10001",
        "share; 0; 0; 1.5; 1; crossAz.shareOfRequests must be between 0 and 1 (fraction of requests) but was: 1.5",
        "kilobytes; 0; 0; 1; -1; crossAz.kilobytesPerRequest must be between 0 and 10000000 KB but was: -1",
    })
    void network_outOfRange(String what, int zones, int addresses, double share, double kilobytes, String message) {
        assertThatThrownBy(() -> new Network(zones, addresses, share, kilobytes))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void cluster_natShareOutOfRange() {
        assertThatThrownBy(() -> DEFAULT.withNat(1, 10, 1.01)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("natGateways.shareOfRequests must be between 0 and 1 (fraction of requests) but was: 1.01");
        assertThatThrownBy(() -> DEFAULT.withNetwork(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("network");
    }

    @Test
    void toString_network() {
        assertThat(Network.NONE).hasToString("none");
        assertThat(Network.NONE.withPublicIpv4Addresses(4)).hasToString("4 public IPv4");
        assertThat(Network.NONE.withAvailabilityZones(3).withCrossAz(0.5, 20))
                .hasToString("public IPv4 per availability zone (3 zones), 50% of requests crossing zones with 20.0 KB");
        assertThat(Network.NONE.withCrossAz(0.25, 8)).hasToString("25% of requests crossing zones with 8.0 KB");
        assertThat(DEFAULT.withNat(1, 0).withStorageGbPerNode(20).withNetwork(Network.NONE.withAvailabilityZones(3)))
                .hasToString("EKS x1, 3 nodes t3.medium, 1 ALB, 1 NAT, 20.0 GB gp3/node, public IPv4 per availability"
                        + " zone (3 zones)");
    }
}
