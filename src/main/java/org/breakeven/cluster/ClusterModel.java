package org.breakeven.cluster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.NodeCount;
import org.breakeven.bill.Quantity;
import org.breakeven.bill.Side;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.Rate;
import org.breakeven.workload.Workload;

/**
 * Builds the cluster bill: the one place where its formula is written.
 * <p>
 * Lines, for {@code N} requests a month and {@code H} hours a month (730 by default):
 * <ul>
 * <li>Nodes: node count times {@code H} instance-hours at the instance type's on-demand rate; for an
 * autoscaled cluster, the node-hours of each hour of the traffic's profile, {@code Σ nodes(h) × H / L} for a
 * profile of {@code L} hours ({@link NodeSizing.Autoscaled}).</li>
 * <li>EKS control plane: clusters times {@code H} at the standard or extended-support rate.</li>
 * <li>Load balancers: count times {@code H} at the hourly rate, plus (ALB) capacity-unit hours from
 * average traffic: {@code N * max(1 / (3600 * requestsPerConnection * connectionsPerLcu),
 * kilobytesPerRequest / (10^6 * gbPerLcuHour))}.</li>
 * <li>NAT gateways: count times {@code H}, plus {@code N * natShareOfRequests * kilobytesPerRequest / 10^6} GB
 * processed.</li>
 * <li>Public IPv4 addresses: addresses times {@code H} (the addresses given, or load balancers times availability
 * zones plus NAT gateways: {@link Network#publicIpv4Addresses(LoadBalancers, int)}).</li>
 * <li>Cross-AZ data transfer: {@code 2 * N * crossAzShareOfRequests * crossAzKilobytesPerRequest / 10^6} GB, each GB
 * billed once leaving its zone and once entering the other.</li>
 * <li>Node storage: gp3 GB per node (root volumes included) times node count (the average count, if autoscaled),
 * per month.</li>
 * <li>Ops headcount: FTE times loaded yearly cost / 12.</li>
 * <li>Fixed monthly extras.</li>
 * </ul>
 * Lines with nothing to bill are left out.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ClusterModel {

    private static final BigDecimal KB_PER_GB = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal BOTH_DIRECTIONS = BigDecimal.valueOf(2);

    private ClusterModel() {
    }

    /**
     * Builds the node count of a cluster as a function of traffic.
     *
     * @param cluster the cluster
     * @param table the pricing table, for the instance type's vCPUs
     * @param workload the workload, for its peak-to-average ratio
     * @param conventions the month length
     * @return the node count
     */
    public static NodeCount nodeCount(Cluster cluster, PricingTable table, Workload workload, Conventions conventions) {
        return cluster.nodes().nodeCount(table.instance(cluster.instanceType()), workload, conventions);
    }

    /**
     * Computes the most requests a month the cluster's nodes serve at the workload's peak (see
     * {@link NodeSizing#capacity}).
     *
     * @param cluster the cluster
     * @param table the pricing table, for the instance type's vCPUs
     * @param workload the workload, for its profile and peak-to-average ratio
     * @param conventions the month length
     * @return the capacity: limited, unknown (fixed nodes with no stated capacity) or unlimited (sized for the peak)
     */
    public static Capacity capacity(Cluster cluster, PricingTable table, Workload workload, Conventions conventions) {
        return cluster.nodes().capacity(table.instance(cluster.instanceType()), workload, conventions);
    }

    /**
     * Computes the cluster's node count in each hour of the workload's profile at a month's requests, from the
     * same node count as the bill's node line.
     *
     * @param cluster the cluster
     * @param table the pricing table, for the instance type's vCPUs
     * @param workload the workload, for its profile and peak-to-average ratio
     * @param conventions the month length
     * @param requestsPerMonth the month's requests, at least 0
     * @return the counts
     */
    public static NodesByHour nodesByHour(Cluster cluster, PricingTable table, Workload workload,
            Conventions conventions, long requestsPerMonth) {
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("requestsPerMonth must be at least 0 requests/month but was: "
                    + requestsPerMonth);
        }
        BigDecimal requests = BigDecimal.valueOf(requestsPerMonth);
        NodeCount nodes = nodeCount(cluster, table, workload, conventions);
        long[] counts;
        if (nodes instanceof HourlyNodes hourly) {
            counts = hourly.byHour(requests);
        } else {
            counts = new long[workload.profile().hours()];
            java.util.Arrays.fill(counts, nodes.exact(requests));
        }
        return NodesByHour.of(counts, conventions.hoursPerMonth());
    }

    /**
     * Builds the cluster bill model.
     *
     * @param cluster the cluster
     * @param table the pricing table
     * @param workload the workload, for its peak-to-average ratio
     * @param conventions the month length
     * @return the bill model
     */
    public static BillModel billModel(Cluster cluster, PricingTable table, Workload workload, Conventions conventions) {
        InstanceType type = table.instance(cluster.instanceType());
        NodeCount nodes = nodeCount(cluster, table, workload, conventions);
        BigDecimal hours = BigDecimal.valueOf(conventions.hoursPerMonth());
        List<Charge> charges = new ArrayList<>();

        Rate nodeRate = Rate.flat("ec2." + type.name(), "USD per instance-hour".replace("USD", table.currency()),
                type.hourlyPrice(), type.source());
        String scaling = cluster.nodes() instanceof NodeSizing.Autoscaled ? ", autoscaled by the hour" : "";
        charges.add(Charge.of("Nodes (" + type.name() + scaling + ")", Quantity.steps(hours, nodes), "instance-hours",
                nodeRate, BigDecimal.ZERO, false));

        if (cluster.clusters() > 0) {
            String support = cluster.extendedSupport() ? "extended" : "standard";
            charges.add(Charge.of("EKS control plane (" + support + " support)",
                    Quantity.fixed(hours.multiply(BigDecimal.valueOf(cluster.clusters()))), "cluster-hours",
                    table.rate("eks.cluster." + support, "USD per cluster-hour"), BigDecimal.ZERO, false));
        }

        LoadBalancers lbs = cluster.loadBalancers();
        if (lbs.count() > 0) {
            String kind = lbs.type().toLowerCase(java.util.Locale.ROOT);
            charges.add(Charge.of("Load balancer hours (" + lbs.type() + ")",
                    Quantity.fixed(hours.multiply(BigDecimal.valueOf(lbs.count()))), "load-balancer-hours",
                    table.rate("elb." + kind + ".hour", "USD per load-balancer-hour"), BigDecimal.ZERO, false));
            if ("ALB".equals(lbs.type())) {
                BigDecimal perConnection = table.allowance("elb.alb.lcu.newConnectionsPerSecond").quantity();
                BigDecimal perGbHour = table.allowance("elb.alb.lcu.processedGbPerHour").quantity();
                // LCU-hours = N * max(1 / (3600 * requestsPerConnection * connectionsPerLcu),
                //                     kilobytesPerRequest / (10^6 * gbPerLcuHour))
                BigDecimal connectionsDivisor = SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(lbs.requestsPerConnection()))
                        .multiply(perConnection);
                BigDecimal bytesDivisor = KB_PER_GB.multiply(perGbHour);
                BigDecimal kilobytes = BigDecimal.valueOf(lbs.kilobytesPerRequest());
                boolean bytesDecide = kilobytes.multiply(connectionsDivisor).compareTo(bytesDivisor) > 0;
                charges.add(Charge.of("Load balancer capacity units (ALB)",
                        bytesDecide ? Quantity.ratio(kilobytes, bytesDivisor)
                                : Quantity.ratio(BigDecimal.ONE, connectionsDivisor),
                        "LCU-hours", table.rate("elb.alb.capacityUnit", "USD per LCU-hour"), BigDecimal.ZERO, false));
            }
        }

        if (cluster.natGateways() > 0) {
            charges.add(Charge.of("NAT gateway hours", Quantity.fixed(hours.multiply(BigDecimal.valueOf(cluster.natGateways()))),
                    "gateway-hours", table.rate("nat.hour", "USD per gateway-hour"), BigDecimal.ZERO, false));
            if (cluster.natKilobytesPerRequest() > 0 && cluster.natShareOfRequests() > 0) {
                // GB = N * share * KB / 10^6
                BigDecimal gbPerRequest = BigDecimal.valueOf(cluster.natKilobytesPerRequest()).divide(KB_PER_GB);
                if (cluster.natShareOfRequests() != 1) {
                    gbPerRequest = gbPerRequest.multiply(BigDecimal.valueOf(cluster.natShareOfRequests()));
                }
                charges.add(Charge.of("NAT gateway data processed", Quantity.perRequest(gbPerRequest),
                        "GB", table.rate("nat.dataProcessed", "USD per GB"), BigDecimal.ZERO, false));
            }
        }

        Network network = cluster.network();
        int addresses = network.publicIpv4Addresses(lbs, cluster.natGateways());
        if (addresses > 0) {
            charges.add(Charge.of("Public IPv4 addresses", Quantity.fixed(hours.multiply(BigDecimal.valueOf(addresses))),
                    "address-hours", table.rate("vpc.publicIpv4.hour", "USD per address-hour"), BigDecimal.ZERO, false));
        }
        if (network.crossAzShareOfRequests() > 0 && network.crossAzKilobytesPerRequest() > 0) {
            // GB billed = N * share * KB / 10^6, once leaving a zone and once entering the other
            BigDecimal gbPerRequest = BigDecimal.valueOf(network.crossAzKilobytesPerRequest())
                    .multiply(BigDecimal.valueOf(network.crossAzShareOfRequests())).multiply(BOTH_DIRECTIONS)
                    .divide(KB_PER_GB);
            charges.add(Charge.of("Cross-AZ data transfer", Quantity.perRequest(gbPerRequest),
                    "GB, counted leaving and entering a zone", table.rate("dataTransfer.crossAz", "USD per GB"),
                    BigDecimal.ZERO, false));
        }

        if (cluster.storageGbPerNode() > 0) {
            charges.add(Charge.of("Node storage (gp3)",
                    Quantity.steps(BigDecimal.valueOf(cluster.storageGbPerNode()), nodes), "GB-months",
                    table.rate("ebs.gp3.storage", "USD per GB-month"), BigDecimal.ZERO, false));
        }

        OpsHeadcount ops = cluster.ops();
        if (ops.fte() > 0) {
            Rate perFteMonth = Rate.flat("ops.fteMonth", table.currency() + " per FTE-month",
                    ops.loadedYearlyCost().divide(MONTHS_PER_YEAR, MathContext.DECIMAL128), "scenario input");
            charges.add(Charge.of("Ops headcount", Quantity.fixed(BigDecimal.valueOf(ops.fte())), "FTE-months",
                    perFteMonth, BigDecimal.ZERO, false));
        }

        for (FixedCost fixed : cluster.fixedCosts()) {
            charges.add(Charge.of(fixed.name(), Quantity.fixed(BigDecimal.ONE), "months",
                    Rate.flat("fixed." + fixed.name(), table.currency() + " per month", fixed.monthlyAmount(),
                            "scenario input"), BigDecimal.ZERO, false));
        }
        return new BillModel(Side.CLUSTER, table.currency(), charges);
    }
}
