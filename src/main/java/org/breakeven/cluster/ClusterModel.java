package org.breakeven.cluster;

import java.util.Objects;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Commitment;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.DataTransferOut;
import org.breakeven.bill.Format;
import org.breakeven.bill.NodeCount;
import org.breakeven.bill.Quantity;
import org.breakeven.bill.Side;
import org.breakeven.pricing.Allowance;
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
 * <li>Surplus CPU credits, for burstable nodes ({@code ec2.baseline.<type>} in the table) in unlimited mode
 * ({@link CpuCredits}) whose sizing states a CPU time per request: {@code max(0, N * cpuMsPerRequest / 3,600,000
 * - node-hours * vCPUs * baseline)} vCPU-hours at {@code ec2.cpuCredits.<family>}. The month's CPU is compared with
 * the month's baseline, which is AWS's rolling 24-hour average when every day looks alike (a 24-hour profile); with
 * a weekly profile a busy weekday's surplus is offset by a quiet weekend's credits, which AWS would not do beyond
 * 24 hours. In standard mode the sizing counts on the baseline share of each vCPU instead, and there is no
 * surplus.</li>
 * <li>EKS control plane: clusters times {@code H} at the standard or extended-support rate.</li>
 * <li>Load balancers: count times {@code H} at the hourly rate, plus (ALB) capacity-unit hours, the largest
 * dimension of each hour summed over the month: {@code N * max(1 / (3600 * requestsPerConnection *
 * connectionsPerLcu), keepAliveSeconds / (3600 * requestsPerConnection * activeConnectionsPerLcu),
 * kilobytesPerRequest / (10^6 * gbPerLcuHour))}, the same for any profile (see {@code capacityUnits}).</li>
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

    private static final BigDecimal KB_PER_GB = DataTransferOut.KILOBYTES_PER_GB;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal BOTH_DIRECTIONS = BigDecimal.valueOf(2);
    private static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000);
    private static final String BASELINE_UNIT = "fraction of each vCPU";
    /** The table key of the most Spot saves off on-demand, "up to 90%". */
    private static final String SPOT_MAX_DISCOUNT = "ec2.spot.maxDiscount";
    /**
     * The processed bytes of one ALB capacity unit for Lambda targets: 0.4 GB an hour, against 1 GB for EC2
     * instances, containers and IP targets (AWS Elastic Load Balancing pricing page, as quoted by the Vantage
     * handbook; ../shared/reference/aws-rates-2026.md section 9, status C). A rule of the LCU's definition, not a
     * price: it belongs in the table once a table carries it ({@code elb.alb.lcu.processedGbPerHour.lambda}).
     */
    static final BigDecimal LAMBDA_TARGET_GB_PER_LCU_HOUR = new BigDecimal("0.4");

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
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(table, "table");
        return cluster.nodes().nodeCount(table.instance(cluster.instanceType()), cpuShare(cluster, table), workload,
                conventions);
    }

    /**
     * The share of each node's capacity the sizing may count on: a burstable type's baseline in standard mode
     * (its CPU falls to the baseline once its accrued credits are spent), else all of it.
     */
    private static double cpuShare(Cluster cluster, PricingTable table) {
        Allowance baseline = baseline(cluster, table);
        return baseline != null && cluster.cpuCredits() == CpuCredits.STANDARD ? baseline.quantity().doubleValue() : 1;
    }

    /** The baseline share of each vCPU of a burstable node type, or null for a type that is not burstable. */
    private static Allowance baseline(Cluster cluster, PricingTable table) {
        String key = "ec2.baseline." + cluster.instanceType();
        if (!table.allowances().containsKey(key)) {
            return null;
        }
        Allowance baseline = table.allowance(key);
        if (!BASELINE_UNIT.equals(baseline.unit())) {
            throw new IllegalArgumentException("allowance " + key + " in pricing table " + table.version() + " must be in "
                    + BASELINE_UNIT + " but is in " + baseline.unit());
        }
        return baseline;
    }

    /** The family of an instance type, which names its CPU credit rate: {@code t3} for {@code t3.medium}. */
    private static String family(String instanceType) {
        int dot = instanceType.indexOf('.');
        return dot < 0 ? instanceType : instanceType.substring(0, dot);
    }

    /**
     * The ALB's capacity-unit hours, written per hour and summed. In profile hour {@code h}, with {@code r(h)}
     * requests ({@link org.breakeven.workload.HourlyProfile}'s formula), the hour bills the largest of
     * <pre>
     *     new connections:    r(h) / (3600 * requestsPerConnection) / newConnectionsPerSecond
     *     active connections: r(h) / (3600 * requestsPerConnection) * keepAliveSeconds / activeConnectionsPerMinute
     *     processed bytes:    r(h) * kilobytesPerRequest / 10^6 / processedGbPerHour
     * </pre>
     * LCUs. Each is {@code r(h)} times a coefficient, so the largest is {@code r(h)} times the largest coefficient
     * in every hour, and the month's LCU-hours, summed over its hours, are {@code N} times that coefficient whatever
     * the profile: the same as the month's average traffic would give. The coefficient is picked exactly (each is a
     * ratio of decimals, compared by cross-multiplying), and the quantity is {@code N * numerator / divisor}.
     */
    private static Quantity capacityUnits(LoadBalancers lbs, PricingTable table, boolean lambdaTargets) {
        BigDecimal perConnection = table.allowance("elb.alb.lcu.newConnectionsPerSecond").quantity();
        BigDecimal perGbHour = lambdaTargets ? LAMBDA_TARGET_GB_PER_LCU_HOUR
                : table.allowance("elb.alb.lcu.processedGbPerHour").quantity();
        BigDecimal connectionsPerRequest = SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(lbs.requestsPerConnection()));
        // {numerator, divisor} of each dimension's LCU-hours per request
        List<BigDecimal[]> dimensions = new ArrayList<>(3);
        dimensions.add(new BigDecimal[] {BigDecimal.ONE, connectionsPerRequest.multiply(perConnection)});
        if (lbs.keepAliveSeconds() > 0) {
            BigDecimal perActive = table.allowance("elb.alb.lcu.activeConnectionsPerMinute").quantity();
            dimensions.add(new BigDecimal[] {BigDecimal.valueOf(lbs.keepAliveSeconds()),
                connectionsPerRequest.multiply(perActive)});
        }
        dimensions.add(new BigDecimal[] {BigDecimal.valueOf(lbs.kilobytesPerRequest()), KB_PER_GB.multiply(perGbHour)});
        BigDecimal[] largest = dimensions.get(0);
        for (BigDecimal[] dimension : dimensions) {
            if (dimension[0].multiply(largest[1]).compareTo(largest[0].multiply(dimension[1])) > 0) {
                largest = dimension;
            }
        }
        return Quantity.ratio(largest[0], largest[1]);
    }

    /**
     * The on-demand node line covered by a commitment, and the commitment's fee.
     */
    private static List<Charge> committed(Charge onDemand, Commitment commitment, Cluster cluster, PricingTable table,
            InstanceType type, BigDecimal onDemandShare, BigDecimal hours, NodeCount nodes) {
        BigDecimal committedRate;
        String source;
        if (commitment.discountPercent() != null) {
            String maxKey = commitment.maxDiscountKey("ec2");
            Commitment.checkCeiling("discountPercent", commitment.discountPercent().movePointLeft(2), maxKey,
                    ceiling(table, maxKey), "a " + commitment.kind().label() + " on EC2", table.version());
            committedRate = type.hourlyPrice().multiply(commitment.rateShare());
            source = "scenario input: " + Format.plain(commitment.discountPercent()) + "% off the on-demand "
                    + Format.plain(type.hourlyPrice()) + "/hour";
        } else {
            String key = commitment.instanceRateKey(type.name());
            if (!table.rates().containsKey(key)) {
                throw new IllegalArgumentException("pricing table " + table.version() + " has no committed rate " + key
                        + " for a " + commitment.label() + " on " + type.name() + "; give the commitment's"
                        + " discountPercent (its discount off the on-demand rate, with its source)");
            }
            Rate rate = table.rate(key);
            committedRate = rate.firstPrice();
            source = key + ": " + rate.source();
        }
        BigDecimal nodesCovered;
        BigDecimal perHour;
        switch (commitment.basis()) {
            case DOLLARS_PER_HOUR -> {
                if (committedRate.signum() == 0) {
                    throw new IllegalArgumentException("a commitment in dollars per hour needs a committed rate above 0,"
                            + " but " + commitment.label() + " on " + type.name() + " is 0");
                }
                perHour = commitment.amount();
                nodesCovered = perHour.divide(committedRate, MathContext.DECIMAL128);
            }
            case NODES -> {
                nodesCovered = commitment.amount();
                perHour = nodesCovered.multiply(committedRate);
            }
            default -> {
                nodesCovered = BigDecimal.valueOf(cluster.nodes().minimumNodes()).multiply(onDemandShare);
                perHour = nodesCovered.multiply(committedRate);
            }
        }
        String label = commitment.label();
        String feeId = switch (commitment.kind()) {
            case COMPUTE_SAVINGS_PLAN -> "savingsPlan.compute.ec2";
            case EC2_INSTANCE_SAVINGS_PLAN -> "savingsPlan.instance.ec2";
            case STANDARD_RESERVED_INSTANCES -> "ec2.reserved.standard";
            case CONVERTIBLE_RESERVED_INSTANCES -> "ec2.reserved.convertible";
        };
        String covers = label + " covers " + Format.plain(nodesCovered.round(MathContext.DECIMAL64).stripTrailingZeros())
                + " nodes at " + table.currency() + " " + Format.plain(committedRate.stripTrailingZeros()) + "/hour";
        Charge fee = Charge.commitmentFee(commitment.kind().label() + " commitment (" + commitment.termYears()
                + "-year, " + commitment.payment().id() + ", nodes)", Quantity.fixed(hours), "commitment-hours",
                Rate.flat(feeId, table.currency() + " per hour", perHour, source),
                "paid whether used or not: " + covers);
        // Hour by hour, as AWS applies it: the on-demand nodes above those covered, Σ max(0, s * n(h) - k) * H / L.
        return List.of(onDemand.withCoverage(Quantity.stepsAbove(hours, nodes, onDemandShare, nodesCovered), covers),
                fee);
    }

    /**
     * The ceiling of a discount as a fraction of on-demand, from the table's allowance, or null if it has none.
     */
    static BigDecimal ceiling(PricingTable table, String key) {
        return key != null && table.allowances().containsKey(key) ? table.allowance(key).quantity() : null;
    }

    /**
     * Builds the load balancers' lines, as every bill that puts an ALB or NLB in front of its service bills them:
     * count times {@code H} load-balancer-hours at the hourly rate and, for an ALB, its capacity-unit hours (the
     * largest dimension of each hour, see {@code capacityUnits}). An ALB in front of Lambda functions counts 0.4 GB
     * processed per LCU-hour instead of the 1 GB of EC2 instance, container and IP targets.
     *
     * @param lbs the load balancers, none for no lines
     * @param table the pricing table
     * @param conventions the month length
     * @param lambdaTargets true if the targets are Lambda functions
     * @return the lines, empty for no load balancer
     */
    public static List<Charge> loadBalancerCharges(LoadBalancers lbs, PricingTable table, Conventions conventions,
            boolean lambdaTargets) {
        Objects.requireNonNull(lbs, "lbs");
        Objects.requireNonNull(table, "table");
        BigDecimal hours = BigDecimal.valueOf(conventions.hoursPerMonth());
        List<Charge> charges = new ArrayList<>(2);
        if (lbs.count() > 0) {
            String kind = lbs.type().toLowerCase(java.util.Locale.ROOT);
            charges.add(Charge.of("Load balancer hours (" + lbs.type() + ")",
                    Quantity.fixed(hours.multiply(BigDecimal.valueOf(lbs.count()))), "load-balancer-hours",
                    table.rate("elb." + kind + ".hour", "USD per load-balancer-hour"), BigDecimal.ZERO, false));
            if ("ALB".equals(lbs.type())) {
                charges.add(Charge.of("Load balancer capacity units (ALB" + (lambdaTargets ? ", Lambda targets)" : ")"),
                        capacityUnits(lbs, table, lambdaTargets), "LCU-hours",
                        table.rate("elb.alb.capacityUnit", "USD per LCU-hour"), BigDecimal.ZERO, false));
            }
        }
        return charges;
    }

    /**
     * The EKS Auto Mode fee per instance-hour of a node type: the table's row {@code eks.autoMode.<type>} where it has
     * one (AWS's price list has a row per type), else the type's on-demand price times
     * {@code eks.autoMode.managementFee.fractionOfOnDemand} (every observed row is 12% of it), rounded half-up to five
     * decimals as the observed rows are.
     */
    static Rate autoModeRate(InstanceType type, PricingTable table) {
        String key = "eks.autoMode." + type.name();
        if (table.rates().containsKey(key)) {
            return table.rate(key, "USD per instance-hour");
        }
        String ratioKey = "eks.autoMode.managementFee.fractionOfOnDemand";
        if (!table.allowances().containsKey(ratioKey)) {
            throw new IllegalArgumentException("EKS Auto Mode needs rate " + key + " or allowance " + ratioKey
                    + " in pricing table " + table.version() + ", which has neither: use a table of 2026 or later");
        }
        Allowance ratio = table.allowance(ratioKey);
        BigDecimal fee = type.hourlyPrice().multiply(ratio.quantity()).setScale(5, java.math.RoundingMode.HALF_UP);
        return Rate.flat(key, table.currency() + " per instance-hour", fee, ratio.source());
    }

    /**
     * Says what the cluster bill cannot price about burstable nodes, in sentences for the result's explanation: in
     * unlimited mode without a CPU time per request their surplus credits are unknown, and without a credit rate in
     * the table they are not billed; in standard mode their capacity is capped at the baseline.
     *
     * @param cluster the cluster
     * @param table the pricing table, for the type's baseline and credit rate
     * @return the sentences, empty for a type that is not burstable or a bill that prices its credits
     */
    public static List<String> notes(Cluster cluster, PricingTable table) {
        Allowance baseline = baseline(cluster, table);
        if (baseline == null) {
            return List.of();
        }
        String type = cluster.instanceType();
        String share = Format.percent(baseline.quantity().doubleValue()) + "%";
        if (cluster.cpuCredits() == CpuCredits.STANDARD) {
            return List.of(type + " is burstable and runs in standard mode: each node counts on its baseline of " + share
                    + " of each vCPU, and no surplus CPU credits are billed.");
        }
        String key = "ec2.cpuCredits." + family(type);
        if (!table.rates().containsKey(key)) {
            return List.of(type + " is burstable: in unlimited mode each vCPU-hour above its baseline of " + share
                    + " is billed as surplus CPU credits, but pricing table " + table.version() + " has no rate " + key
                    + ", so they are not billed.");
        }
        if (cluster.nodes().cpuMsPerRequest() == 0) {
            Rate rate = table.rate(key);
            return List.of(type + " is burstable: in unlimited mode each vCPU-hour above its baseline of " + share
                    + " is billed as surplus CPU credits at " + table.currency() + " " + Format.plain(rate.firstPrice())
                    + " per vCPU-hour, which are not computed without the CPU time of a request"
                    + " (nodes.cpuMsPerRequest).");
        }
        return List.of();
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
        return cluster.nodes().capacity(table.instance(cluster.instanceType()), cpuShare(cluster, table), workload,
                conventions);
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
        return billModel(cluster, table, workload, conventions, null, null);
    }

    /**
     * Builds the cluster bill model with a commitment on its nodes and a share of them on Spot.
     * <p>
     * Of {@code nodes(N)} nodes, a share {@code s} of the node-hours runs on Spot, at {@code (1 + extraCapacity) *
     * spotPrice} an hour each: a line whose list cost is the same node-hours on demand. The rest, {@code (1 - s) *
     * nodes(N) * H} instance-hours, runs on demand, and a commitment covers {@code k} of them in each hour, so that
     * the line pays {@code Σ max(0, (1 - s) * n(h) - k) * H / L} over the {@code L} hours of the node count (one for a
     * count that holds all month): AWS applies a commitment hour by hour, and a quiet hour's unused part is lost.
     * {@code k} is the nodes given, {@code (1 - s) * minimum} when sized to the minimum node count, or {@code dollarsPerHour /
     * committedRate} for a commitment in dollars. The commitment's fee, {@code k * committedRate * H} (or
     * {@code dollarsPerHour * H}), is a line of its own that is paid whether the nodes run or not. The committed rate
     * is {@code (1 - discountPercent / 100)} times the on-demand rate, or, without a discount in the scenario, the
     * table's rate {@link Commitment#instanceRateKey}.
    
     *
     * @param cluster the cluster
     * @param table the pricing table
     * @param workload the workload, for its peak-to-average ratio
     * @param conventions the month length
     * @param commitment the commitment on the nodes, or null for none
     * @param spot the share of nodes on Spot, or null for none
     * @return the bill model
     * @throws IllegalArgumentException if the table has no committed rate for the commitment and it states no
     *     discount
     */
    public static BillModel billModel(Cluster cluster, PricingTable table, Workload workload, Conventions conventions,
            Commitment commitment, Spot spot) {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(conventions, "conventions");
        InstanceType type = table.instance(cluster.instanceType());
        NodeCount nodes = nodeCount(cluster, table, workload, conventions);
        BigDecimal hours = BigDecimal.valueOf(conventions.hoursPerMonth());
        List<Charge> charges = new ArrayList<>();

        Rate nodeRate = Rate.flat("ec2." + type.name(), "USD per instance-hour".replace("USD", table.currency()),
                type.hourlyPrice(), type.source());
        String scaling = cluster.nodes() instanceof NodeSizing.Autoscaled ? ", autoscaled by the hour" : "";
        BigDecimal spotShare = spot == null ? BigDecimal.ZERO : BigDecimal.valueOf(spot.shareOfNodes());
        BigDecimal onDemandShare = BigDecimal.ONE.subtract(spotShare);
        if (onDemandShare.signum() > 0) {
            Charge onDemand = Charge.of((spotShare.signum() > 0 ? "Nodes on demand (" : "Nodes (") + type.name()
                    + scaling + ")", Quantity.steps(hours.multiply(onDemandShare), nodes), "instance-hours", nodeRate,
                    BigDecimal.ZERO, false);
            if (commitment != null) {
                charges.addAll(committed(onDemand, commitment, cluster, table, type, onDemandShare, hours, nodes));
            } else {
                charges.add(onDemand);
            }
        }
        if (spotShare.signum() > 0) {
            if (type.hourlyPrice().signum() == 0) {
                throw new IllegalArgumentException("Spot needs an on-demand price to compare with, but " + type.name()
                        + " has an hourly price of 0 in pricing table " + table.version());
            }
            if (spot.savingPercent() != null) {
                Commitment.checkCeiling("savingPercent", spot.savingPercent().movePointLeft(2), SPOT_MAX_DISCOUNT,
                        ceiling(table, SPOT_MAX_DISCOUNT), "Spot", table.version());
            }
            // (1 + extraCapacity) * spotPrice per node-hour, as a factor of the on-demand price of the same node-hours
            BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(spot.extraCapacity()))
                    .multiply(spot.price(type.hourlyPrice())).divide(type.hourlyPrice(), MathContext.DECIMAL128);
            charges.add(Charge.of("Nodes on Spot (" + type.name() + scaling + ")",
                    Quantity.steps(hours.multiply(spotShare), nodes), "instance-hours", nodeRate, BigDecimal.ZERO, false)
                    .withFactor(factor, "Spot at " + table.currency() + " " + Format.plain(spot.price(type.hourlyPrice())
                            .stripTrailingZeros()) + "/hour (" + Format.printable(spot.priceSource(), 200) + ")"
                            + (spot.extraCapacity() > 0 ? ", " + Format.percent(spot.extraCapacity())
                            + "% extra capacity kept" : "")));
            if (commitment != null && onDemandShare.signum() == 0) {
                throw new IllegalArgumentException("a commitment on the cluster covers on-demand nodes, but spot runs"
                        + " all of them (shareOfNodes 1)");
            }
        }

        if (cluster.autoMode()) {
            charges.add(Charge.of("EKS Auto Mode fee (" + type.name() + scaling + ")", Quantity.steps(hours, nodes),
                    "instance-hours", autoModeRate(type, table), BigDecimal.ZERO, false));
        }

        Allowance baseline = baseline(cluster, table);
        String creditKey = "ec2.cpuCredits." + family(type.name());
        double cpuMs = cluster.nodes().cpuMsPerRequest();
        if (baseline != null && cluster.cpuCredits() == CpuCredits.UNLIMITED && cpuMs > 0
                && table.rates().containsKey(creditKey)) {
            // vCPU-hours above the baseline = max(0, N * cpuMs / 3,600,000 - node-hours * vCPUs * baseline)
            BigDecimal perNode = hours.multiply(BigDecimal.valueOf(type.vcpu())).multiply(baseline.quantity());
            charges.add(Charge.of("Surplus CPU credits (" + family(type.name()) + ", unlimited mode)",
                    Quantity.surplus(BigDecimal.valueOf(cpuMs), MS_PER_HOUR, perNode, nodes), "vCPU-hours above the baseline",
                    table.rate(creditKey, "USD per vCPU-hour"), BigDecimal.ZERO, false));
        }

        if (cluster.clusters() > 0) {
            String support = cluster.extendedSupport() ? "extended" : "standard";
            charges.add(Charge.of("EKS control plane (" + support + " support)",
                    Quantity.fixed(hours.multiply(BigDecimal.valueOf(cluster.clusters()))), "cluster-hours",
                    table.rate("eks.cluster." + support, "USD per cluster-hour"), BigDecimal.ZERO, false));
        }

        LoadBalancers lbs = cluster.loadBalancers();
        charges.addAll(loadBalancerCharges(lbs, table, conventions, false));

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
