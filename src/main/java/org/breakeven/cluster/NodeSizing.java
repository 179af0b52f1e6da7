package org.breakeven.cluster;

import java.util.Objects;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.Format;
import org.breakeven.bill.NodeCount;
import org.breakeven.pricing.InstanceType;
import org.breakeven.workload.Workload;

/**
 * How many nodes the cluster runs: a {@linkplain Fixed fixed} count; sized all month for the peak
 * {@linkplain ByCapacity by a per-node capacity} or {@linkplain ByCpu by the CPU time of a request}; or
 * {@linkplain Autoscaled autoscaled by the hour}.
 * <p>
 * Sized for the peak, the count is {@code max(minimumNodes, ceil(peak requests/s / (per-node capacity *
 * targetUtilisation)))} all month, where the peak is the average requests per second of the profile's busiest
 * hour (of the month, for a flat profile) times the workload's peak-to-average ratio, and the per-node
 * capacity is given in requests per second or derived from CPU time per request:
 * {@code vCPUs * 1000 / cpuMsPerRequest}. Autoscaled, each hour of the profile has its own count, from that
 * hour's requests (see {@link Autoscaled}).
 * <p>
 * Each sizing also says how many requests a month its nodes can serve at the peak ({@link #capacity}): a fixed
 * count with a stated capacity per node and an autoscaled count at its maximum are limited, a fixed count
 * without one is unknown, and a count sized for the peak grows with the traffic.
 * <pre>{@code
 * jshell> NodeSizing.byCapacity(3, 100, 0.5)
 * $1 ==> at least 3 nodes of 100.0 requests/s at 50%
 * }</pre>
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface NodeSizing permits NodeSizing.Fixed, NodeSizing.ByCapacity, NodeSizing.ByCpu,
        NodeSizing.Autoscaled {

    /**
     * The least a node may serve: 0.001 requests/s, one request every 1,000 s, about what one vCPU serves
     * at the longest CPU time per request allowed (900,000 CPU-ms, a Lambda's 15 minutes).
     */
    double MIN_REQUESTS_PER_SECOND = 0.001;

    /**
     * The lowest target utilisation: 1%. With {@link #MIN_REQUESTS_PER_SECOND}, a 720-hour month and a
     * peak 1,000 times the average, a node still carries {@code 0.001 * 0.01 * 720 * 3600 / 1000 = 0.02592}
     * requests a month, so that sizing a cluster always ends.
     */
    double MIN_TARGET_UTILISATION = 0.01;

    /** The least CPU time a request may take: 0.001 CPU-ms, one microsecond. */
    double MIN_CPU_MS_PER_REQUEST = 0.001;

    /**
     * Obtains a fixed node count.
     *
     * @param nodes 1 to 10,000
     * @return the sizing, a {@link Fixed} with no stated capacity
     */
    static Fixed fixed(int nodes) {
        return new Fixed(nodes);
    }

    /**
     * Obtains a count sized from a per-node capacity in requests per second.
     *
     * @param minimumNodes the HA minimum
     * @param requestsPerSecondPerNode what one node serves at 100%
     * @param targetUtilisation the share of that to plan for at the peak
     * @return the sizing, a {@link ByCapacity}
     */
    static NodeSizing byCapacity(int minimumNodes, double requestsPerSecondPerNode, double targetUtilisation) {
        return new ByCapacity(minimumNodes, requestsPerSecondPerNode, targetUtilisation);
    }

    /**
     * Obtains a count sized from the CPU time per request and the instance's vCPUs.
     *
     * @param minimumNodes the HA minimum
     * @param cpuMsPerRequest CPU milliseconds per request
     * @param targetUtilisation the share of CPU to plan for at the peak
     * @return the sizing, a {@link ByCpu}
     */
    static NodeSizing byCpu(int minimumNodes, double cpuMsPerRequest, double targetUtilisation) {
        return new ByCpu(minimumNodes, cpuMsPerRequest, targetUtilisation);
    }

    /**
     * Obtains a count that follows each hour's traffic, from a per-node capacity in requests per second,
     * with no headroom and no scale-down delay.
     *
     * @param minimumNodes the fewest nodes, 1 to 10,000
     * @param maximumNodes the most nodes, the minimum to 10,000
     * @param requestsPerSecondPerNode what one node serves at 100%
     * @param targetUtilisation the share of that to plan for in each hour
     * @return the sizing, an {@link Autoscaled}
     */
    static Autoscaled autoscaledByCapacity(int minimumNodes, int maximumNodes, double requestsPerSecondPerNode,
            double targetUtilisation) {
        return new Autoscaled(minimumNodes, maximumNodes, requestsPerSecondPerNode, 0, 1, targetUtilisation, 1, 0);
    }

    /**
     * Obtains a count that follows each hour's traffic, from the CPU time per request and all of the
     * instance's vCPUs, with no headroom and no scale-down delay.
     *
     * @param minimumNodes the fewest nodes, 1 to 10,000
     * @param maximumNodes the most nodes, the minimum to 10,000
     * @param cpuMsPerRequest CPU milliseconds per request
     * @param targetUtilisation the share of CPU to plan for in each hour
     * @return the sizing, an {@link Autoscaled}
     */
    static Autoscaled autoscaledByCpu(int minimumNodes, int maximumNodes, double cpuMsPerRequest,
            double targetUtilisation) {
        return new Autoscaled(minimumNodes, maximumNodes, 0, cpuMsPerRequest, 1, targetUtilisation, 1, 0);
    }

    /**
     * Gets the fewest nodes the cluster runs at any traffic: the fixed count, or the HA minimum.
     *
     * @return the count, at least 1
     */
    int minimumNodes();

    /**
     * Builds the node count as a function of the month's requests.
     *
     * @param type the node instance type, for its vCPUs
     * @param workload the workload, for its peak-to-average ratio
     * @param conventions the month length
     * @return the node count
     */
    default NodeCount nodeCount(InstanceType type, Workload workload, Conventions conventions) {
        return nodeCount(type, 1, workload, conventions);
    }

    /**
     * Builds the node count as a function of the month's requests, each node using a share of its capacity: 1, or,
     * for a burstable type in standard mode, its baseline share of each vCPU.
     *
     * @param type the node instance type, for its vCPUs
     * @param cpuShare the share of each node's capacity it may use, greater than 0, at most 1
     * @param workload the workload, for its peak-to-average ratio
     * @param conventions the month length
     * @return the node count
     */
    NodeCount nodeCount(InstanceType type, double cpuShare, Workload workload, Conventions conventions);

    /**
     * Computes the most requests a month the nodes serve at the workload's peak, each node at the whole of its
     * stated capacity: the month's requests at which the peak hour's requests per second, times the workload's
     * peak-to-average ratio, equal the nodes' capacity.
     *
     * @param type the node instance type, for its vCPUs
     * @param workload the workload, for its profile and peak-to-average ratio
     * @param conventions the month length
     * @return the capacity: limited, unknown, or unlimited for a count sized for the peak
     */
    default Capacity capacity(InstanceType type, Workload workload, Conventions conventions) {
        return capacity(type, 1, workload, conventions);
    }

    /**
     * Computes the most requests a month the nodes serve at the workload's peak, each node using a share of its
     * capacity (see {@link #nodeCount(InstanceType, double, Workload, Conventions)}).
     *
     * @param type the node instance type, for its vCPUs
     * @param cpuShare the share of each node's capacity it may use, greater than 0, at most 1
     * @param workload the workload, for its profile and peak-to-average ratio
     * @param conventions the month length
     * @return the capacity: limited, unknown, or unlimited for a count sized for the peak
     */
    Capacity capacity(InstanceType type, double cpuShare, Workload workload, Conventions conventions);

    /**
     * Gets the CPU time per request the sizing states, from which the bill can tell each node's CPU load (and a
     * burstable node's surplus credits).
     *
     * @return CPU-ms per request, or 0 when the sizing states none
     */
    double cpuMsPerRequest();

    /**
     * The numerator of a node's capacity in requests per second, whose divisor is 1 for {@code requestsPerSecond},
     * or the CPU-ms per request: {@code requestsPerSecond * cpuShare}, or {@code vCPUs * allocatable * cpuShare *
     * 1000}.
     */
    private static BigDecimal capacityNumerator(InstanceType type, double requestsPerSecond, double allocatable,
            double cpuShare) {
        Checks.positiveAtMost("cpuShare", cpuShare, 1, "(share of each node's capacity)");
        BigDecimal full = requestsPerSecond != 0 ? BigDecimal.valueOf(requestsPerSecond)
                : HourlyNodes.cpuMsPerSecond(type.vcpu(), allocatable);
        return cpuShare == 1 ? full : full.multiply(BigDecimal.valueOf(cpuShare));
    }

    /**
     * The requests a month at which {@code nodes} nodes, each serving {@code capacityNumerator /
     * capacityDivisor} requests per second at 100%, carry the workload's peak exactly.
     */
    private static BigDecimal servedAtPeak(long nodes, BigDecimal capacityNumerator, BigDecimal capacityDivisor,
            Workload workload, Conventions conventions) {
        return TrafficNodes.forPeak(1, capacityNumerator, capacityDivisor, 1, workload, conventions.hoursPerMonth())
                .requestsPerNode().multiply(BigDecimal.valueOf(nodes));
    }

    /** A capacity in requests per second, to one decimal: {@code 133.3}. */
    private static String perSecond(BigDecimal capacityNumerator, BigDecimal capacityDivisor) {
        return capacityNumerator.divide(capacityDivisor, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * A fixed number of nodes, whatever the traffic; with, optionally, the capacity of each node, stated in
     * requests per second or in CPU time per request ({@code vCPUs * 1000 / cpuMsPerRequest} requests per second),
     * so that the cluster can say at what traffic it saturates. Without a stated capacity it is unknown.
     * <pre>{@code
     * jshell> NodeSizing.fixed(3).withRequestsPerSecondPerNode(100)
     * $1 ==> 3 nodes of 100.0 requests/s
     * }</pre>
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param nodes the count, 1 to 10,000
     * @param requestsPerSecondPerNode the capacity of one node at 100%, (0, 10^7] requests/s, or 0 if not stated
     * @param cpuMsPerRequest the CPU time per request, (0, 900,000] CPU-ms, or 0 if not stated; not together with
     *     {@code requestsPerSecondPerNode}
     */
    record Fixed(int nodes, double requestsPerSecondPerNode, double cpuMsPerRequest) implements NodeSizing {

        /**
         * Creates a fixed count, checking it.
         *
         * @param nodes 1 to 10,000
         * @param requestsPerSecondPerNode 0.001 to 10^7 requests/s; or 0
         * @param cpuMsPerRequest 0.001 to 900,000 CPU-ms; or 0 (not both given)
         */
        public Fixed {
            Checks.between("nodes.fixed", nodes, 1, 10_000, "nodes");
            if (requestsPerSecondPerNode != 0) {
                Checks.between("nodes.requestsPerSecondPerNode", requestsPerSecondPerNode, MIN_REQUESTS_PER_SECOND,
                        10_000_000, "requests/s");
            }
            if (cpuMsPerRequest != 0) {
                Checks.between("nodes.cpuMsPerRequest", cpuMsPerRequest, MIN_CPU_MS_PER_REQUEST, 900_000, "CPU-ms");
            }
            if (requestsPerSecondPerNode != 0 && cpuMsPerRequest != 0) {
                throw new IllegalArgumentException("nodes.fixed states its capacity with one of requestsPerSecondPerNode"
                        + " (requests/s) and cpuMsPerRequest (CPU-ms) but had both: " + requestsPerSecondPerNode
                        + " requests/s and " + cpuMsPerRequest + " CPU-ms");
            }
        }

        /**
         * Creates a fixed count without a stated capacity.
         *
         * @param nodes 1 to 10,000
         */
        public Fixed(int nodes) {
            this(nodes, 0, 0);
        }

        /**
         * Returns a copy whose nodes each serve a number of requests per second at 100%.
         *
         * @param value 0.001 to 10^7 requests/s
         * @return the copy, without a CPU time per request
         */
        public Fixed withRequestsPerSecondPerNode(double value) {
            // 0 would state no capacity; a copy that states one takes a capacity.
            return new Fixed(nodes, Checks.between("nodes.requestsPerSecondPerNode", value, MIN_REQUESTS_PER_SECOND,
                    10_000_000, "requests/s"), 0);
        }

        /**
         * Returns a copy whose requests each take a CPU time, so that a node serves
         * {@code vCPUs * 1000 / cpuMsPerRequest} requests per second at 100%.
         *
         * @param value 0.001 to 900,000 CPU-ms
         * @return the copy, without a capacity in requests per second
         */
        public Fixed withCpuMsPerRequest(double value) {
            return new Fixed(nodes, 0, Checks.between("nodes.cpuMsPerRequest", value, MIN_CPU_MS_PER_REQUEST, 900_000,
                    "CPU-ms"));
        }

        /**
         * Checks whether the capacity of a node is stated.
         *
         * @return true with {@code requestsPerSecondPerNode} or {@code cpuMsPerRequest}
         */
        public boolean statesCapacity() {
            return requestsPerSecondPerNode != 0 || cpuMsPerRequest != 0;
        }

        /**
         * Gets the fixed count.
         *
         * @return the count
         */
        @Override
        public int minimumNodes() {
            return nodes;
        }

        @Override
        public NodeCount nodeCount(InstanceType type, double cpuShare, Workload workload, Conventions conventions) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(conventions, "conventions");
            return new FixedNodes(nodes);
        }

        /**
         * Computes the most requests a month the nodes serve at the peak: {@code nodes} times what one node
         * carries at its stated capacity (times {@code cpuShare}); unknown without a stated capacity.
         */
        @Override
        public Capacity capacity(InstanceType type, double cpuShare, Workload workload, Conventions conventions) {
            if (!statesCapacity()) {
                return Capacity.unknown(nodes + " fixed " + type.name() + (nodes == 1 ? " node" : " nodes")
                        + " with no stated capacity (nodes.requestsPerSecondPerNode or nodes.cpuMsPerRequest)");
            }
            BigDecimal numerator = capacityNumerator(type, requestsPerSecondPerNode, 1, cpuShare);
            BigDecimal divisor = requestsPerSecondPerNode != 0 ? BigDecimal.ONE : BigDecimal.valueOf(cpuMsPerRequest);
            return Capacity.limited(servedAtPeak(nodes, numerator, divisor, workload, conventions), nodes + " "
                    + type.name() + " nodes of " + perSecond(numerator, divisor) + " requests/s");
        }

        /**
         * Outputs {@code 3 nodes}, {@code 3 nodes of 100.0 requests/s} or {@code 3 nodes, 20.0 CPU-ms/request}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return nodes + " nodes" + (requestsPerSecondPerNode != 0 ? " of " + requestsPerSecondPerNode + " requests/s"
                    : cpuMsPerRequest != 0 ? ", " + cpuMsPerRequest + " CPU-ms/request" : "");
        }
    }

    /**
     * Nodes sized from traffic and a per-node capacity in requests per second.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param minimumNodes the HA minimum, 1 to 10,000
     * @param requestsPerSecondPerNode the capacity of one node at 100%, 0.001 to 10^7 requests/s
     * @param targetUtilisation the share of capacity a node may use at the peak, 0.01 to 1
     */
    record ByCapacity(int minimumNodes, double requestsPerSecondPerNode, double targetUtilisation)
            implements NodeSizing {

        /**
         * Creates a sizing, checking each value.
         *
         * @param minimumNodes 1 to 10,000
         * @param requestsPerSecondPerNode 0.001 to 10^7 requests/s
         * @param targetUtilisation 0.01 to 1
         */
        public ByCapacity {
            Checks.between("nodes.minimum", minimumNodes, 1, 10_000, "nodes");
            Checks.between("nodes.requestsPerSecondPerNode", requestsPerSecondPerNode, MIN_REQUESTS_PER_SECOND,
                    10_000_000, "requests/s");
            Checks.between("nodes.targetUtilisation", targetUtilisation, MIN_TARGET_UTILISATION, 1, "(fraction)");
        }

        @Override
        public NodeCount nodeCount(InstanceType type, double cpuShare, Workload workload, Conventions conventions) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(conventions, "conventions");
            return TrafficNodes.forPeak(minimumNodes, capacityNumerator(type, requestsPerSecondPerNode, 1, cpuShare),
                    BigDecimal.ONE, targetUtilisation, workload, conventions.hoursPerMonth());
        }

        /** Sized for the peak from the traffic, with no maximum: unlimited. */
        @Override
        public Capacity capacity(InstanceType type, double cpuShare, Workload workload, Conventions conventions) {
            return Capacity.UNLIMITED;
        }

        /**
         * Gets no CPU time per request: this sizing states its capacity in requests per second.
         *
         * @return 0
         */
        @Override
        public double cpuMsPerRequest() {
            return 0;
        }

        /**
         * Outputs {@code at least 3 nodes of 100.0 requests/s at 50%}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "at least " + minimumNodes + " nodes of " + requestsPerSecondPerNode + " requests/s at "
                    + Format.percent(targetUtilisation) + "%";
        }
    }

    /**
     * Nodes sized from traffic and the CPU time each request needs: one node serves
     * {@code vCPUs * 1000 / cpuMsPerRequest} requests per second at 100%.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param minimumNodes the HA minimum, 1 to 10,000
     * @param cpuMsPerRequest CPU time per request, 0.001 to 900,000 CPU-ms
     * @param targetUtilisation the share of CPU a node may use at the peak, 0.01 to 1
     */
    record ByCpu(int minimumNodes, double cpuMsPerRequest, double targetUtilisation) implements NodeSizing {

        /**
         * Creates a sizing, checking each value.
         *
         * @param minimumNodes 1 to 10,000
         * @param cpuMsPerRequest 0.001 to 900,000 CPU-ms
         * @param targetUtilisation 0.01 to 1
         */
        public ByCpu {
            Checks.between("nodes.minimum", minimumNodes, 1, 10_000, "nodes");
            Checks.between("nodes.cpuMsPerRequest", cpuMsPerRequest, MIN_CPU_MS_PER_REQUEST, 900_000, "CPU-ms");
            Checks.between("nodes.targetUtilisation", targetUtilisation, MIN_TARGET_UTILISATION, 1, "(fraction)");
        }

        @Override
        public NodeCount nodeCount(InstanceType type, double cpuShare, Workload workload, Conventions conventions) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(conventions, "conventions");
            return TrafficNodes.forPeak(minimumNodes, capacityNumerator(type, 0, 1, cpuShare),
                    BigDecimal.valueOf(cpuMsPerRequest), targetUtilisation, workload, conventions.hoursPerMonth());
        }

        /** Sized for the peak from the traffic, with no maximum: unlimited. */
        @Override
        public Capacity capacity(InstanceType type, double cpuShare, Workload workload, Conventions conventions) {
            return Capacity.UNLIMITED;
        }

        /**
         * Outputs {@code at least 2 nodes, 20.0 CPU-ms/request at 57%}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "at least " + minimumNodes + " nodes, " + cpuMsPerRequest + " CPU-ms/request at "
                    + Format.percent(targetUtilisation) + "%";
        }
    }

    /**
     * Nodes that follow each hour's traffic, as a cluster autoscaler or Karpenter keeps them. For each hour
     * {@code h} of the workload's profile,
     * <pre>
     *     nodes(h)  = clamp(minimum, maximum, ceil(requests/s(h) &times; peakToAverageRatio &times; headroom
     *                                              / (capacity per node &times; targetUtilisation)))
     *     nodes'(h) = max(nodes(h - scaleDownDelayHours), ..., nodes(h))      (cyclically over the profile)
     *     node-hours per month = &Sigma; nodes'(h) &times; hoursPerMonth / profile hours
     * </pre>
     * where {@code requests/s(h)} is the hour's requests by {@link org.breakeven.workload.HourlyProfile}'s
     * formula over 3,600 seconds, and the capacity per node is {@code requestsPerSecondPerNode}, or
     * {@code vCPUs × allocatableCpuFraction × 1000 / cpuMsPerRequest}. Exactly one of
     * {@code requestsPerSecondPerNode} and {@code cpuMsPerRequest} is given; the other is 0.
     * <p>
     * {@code allocatableCpuFraction} is the share of the instance's vCPUs left for the service after the
     * kubelet's and the system's reservations and the DaemonSets; Karpenter's instance-types reference gives
     * 1,930 of 2,000 millicores allocatable on a 2-vCPU m6i.large (0.965), 3,920 of 4,000 on an xlarge. It is
     * an input (1 by default), not a property of the pricing table.
     * <pre>{@code
     * jshell> NodeSizing.autoscaledByCpu(2, 100, 100, 0.6).withScaleDownDelayHours(1)
     * $1 ==> 2 to 100 nodes autoscaled by the hour, 100.0 CPU-ms/request at 60%, scale-down delay 1 h
     * }</pre>
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param minimumNodes the fewest nodes, 1 to 10,000
     * @param maximumNodes the most nodes, the minimum to 10,000
     * @param requestsPerSecondPerNode the capacity of one node at 100%, (0, 10^7] requests/s, or 0 if
     *     {@code cpuMsPerRequest} is given
     * @param cpuMsPerRequest CPU time per request, (0, 900,000] CPU-ms, or 0 if {@code requestsPerSecondPerNode}
     *     is given
     * @param allocatableCpuFraction the share of the vCPUs the service may use, (0, 1]; 1 unless
     *     {@code cpuMsPerRequest} is given
     * @param targetUtilisation the share of capacity a node may use in each hour, (0, 1]
     * @param headroom the multiplier on each hour's load, 1 to 10
     * @param scaleDownDelayHours the hours nodes are kept after the load falls, 0 to 167
     */
    record Autoscaled(int minimumNodes, int maximumNodes, double requestsPerSecondPerNode, double cpuMsPerRequest,
            double allocatableCpuFraction, double targetUtilisation, double headroom, int scaleDownDelayHours)
            implements NodeSizing {

        /**
         * Creates a sizing, checking each value.
         *
         * @param minimumNodes 1 to 10,000
         * @param maximumNodes the minimum to 10,000
         * @param requestsPerSecondPerNode 0.001 to 10^7 requests/s; or 0
         * @param cpuMsPerRequest 0.001 to 900,000 CPU-ms; or 0 (exactly one of the two is 0)
         * @param allocatableCpuFraction greater than 0, at most 1; 1 with {@code requestsPerSecondPerNode}
         * @param targetUtilisation 0.01 to 1
         * @param headroom 1 to 10
         * @param scaleDownDelayHours 0 to 167
         */
        public Autoscaled {
            Checks.between("nodes.autoscaled.minimum", minimumNodes, 1, 10_000, "nodes");
            Checks.between("nodes.autoscaled.maximum", maximumNodes, 1, 10_000, "nodes");
            if (maximumNodes < minimumNodes) {
                throw new IllegalArgumentException("nodes.autoscaled.maximum must be at least nodes.autoscaled.minimum ("
                        + minimumNodes + " nodes) but was: " + maximumNodes);
            }
            if (requestsPerSecondPerNode != 0) {
                Checks.between("nodes.autoscaled.requestsPerSecondPerNode", requestsPerSecondPerNode,
                        MIN_REQUESTS_PER_SECOND, 10_000_000, "requests/s");
            }
            if (cpuMsPerRequest != 0) {
                Checks.between("nodes.autoscaled.cpuMsPerRequest", cpuMsPerRequest, MIN_CPU_MS_PER_REQUEST, 900_000,
                        "CPU-ms");
            }
            if ((requestsPerSecondPerNode == 0) == (cpuMsPerRequest == 0)) {
                throw new IllegalArgumentException("nodes.autoscaled needs exactly one of requestsPerSecondPerNode"
                        + " (requests/s) and cpuMsPerRequest (CPU-ms) but had: " + (cpuMsPerRequest == 0 ? "neither"
                        : "both"));
            }
            Checks.positiveAtMost("nodes.autoscaled.allocatableCpuFraction", allocatableCpuFraction, 1,
                    "(fraction of vCPUs)");
            if (requestsPerSecondPerNode != 0 && allocatableCpuFraction != 1) {
                throw new IllegalArgumentException("nodes.autoscaled.allocatableCpuFraction applies to cpuMsPerRequest"
                        + " only, and must be 1 with requestsPerSecondPerNode, but was: " + allocatableCpuFraction);
            }
            Checks.between("nodes.autoscaled.targetUtilisation", targetUtilisation, MIN_TARGET_UTILISATION, 1,
                    "(fraction)");
            Checks.between("nodes.autoscaled.headroom", headroom, 1, 10, "(multiplier on each hour's load)");
            Checks.between("nodes.autoscaled.scaleDownDelayHours", scaleDownDelayHours, 0, 167, "hours");
        }

        /**
         * Returns a copy with another headroom.
         *
         * @param value the multiplier on each hour's load, 1 to 10
         * @return the copy
         */
        public Autoscaled withHeadroom(double value) {
            return new Autoscaled(minimumNodes, maximumNodes, requestsPerSecondPerNode, cpuMsPerRequest,
                    allocatableCpuFraction, targetUtilisation, value, scaleDownDelayHours);
        }

        /**
         * Returns a copy with another scale-down delay.
         *
         * @param hours the hours nodes are kept after the load falls, 0 to 167
         * @return the copy
         */
        public Autoscaled withScaleDownDelayHours(int hours) {
            return new Autoscaled(minimumNodes, maximumNodes, requestsPerSecondPerNode, cpuMsPerRequest,
                    allocatableCpuFraction, targetUtilisation, headroom, hours);
        }

        /**
         * Returns a copy with another allocatable share of the vCPUs, for a sizing by CPU time.
         *
         * @param fraction greater than 0, at most 1
         * @return the copy
         */
        public Autoscaled withAllocatableCpuFraction(double fraction) {
            return new Autoscaled(minimumNodes, maximumNodes, requestsPerSecondPerNode, cpuMsPerRequest, fraction,
                    targetUtilisation, headroom, scaleDownDelayHours);
        }

        /**
         * Gets what one node serves at 100%: {@code requestsPerSecondPerNode}, or
         * {@code vCPUs × allocatableCpuFraction × 1000 / cpuMsPerRequest}.
         *
         * @param type the node instance type, for its vCPUs
         * @return requests per second
         */
        public double capacityPerNode(InstanceType type) {
            return requestsPerSecondPerNode != 0 ? requestsPerSecondPerNode
                    : HourlyNodes.cpuMsPerSecond(type.vcpu(), allocatableCpuFraction)
                            .divide(BigDecimal.valueOf(cpuMsPerRequest), MathContext.DECIMAL128).doubleValue();
        }

        @Override
        public NodeCount nodeCount(InstanceType type, double cpuShare, Workload workload, Conventions conventions) {
            BigDecimal perNodeHour = HourlyNodes.requestsPerNodeHour(
                    capacityNumerator(type, requestsPerSecondPerNode, allocatableCpuFraction, cpuShare),
                    requestsPerSecondPerNode != 0 ? BigDecimal.ONE : BigDecimal.valueOf(cpuMsPerRequest),
                    targetUtilisation, workload.peakToAverageRatio(), headroom);
            return HourlyNodes.of(workload.profile(), scaleDownDelayHours, minimumNodes, maximumNodes, perNodeHour,
                    conventions.hoursPerMonth());
        }

        /**
         * Computes the most requests a month the cluster serves at its maximum: {@code maximumNodes} times what one
         * node carries at 100% of its capacity (its allocatable share of the vCPUs, for a sizing by CPU time) in the
         * profile's busiest hour; the target utilisation and the headroom plan below that.
         */
        @Override
        public Capacity capacity(InstanceType type, double cpuShare, Workload workload, Conventions conventions) {
            BigDecimal numerator = capacityNumerator(type, requestsPerSecondPerNode, allocatableCpuFraction, cpuShare);
            BigDecimal divisor = requestsPerSecondPerNode != 0 ? BigDecimal.ONE : BigDecimal.valueOf(cpuMsPerRequest);
            return Capacity.limited(servedAtPeak(maximumNodes, numerator, divisor, workload, conventions),
                    "at most " + maximumNodes + " " + type.name() + " nodes of " + perSecond(numerator, divisor)
                            + " requests/s");
        }

        /**
         * Outputs {@code 2 to 100 nodes autoscaled by the hour, 100.0 CPU-ms/request at 60%}, adding what is not
         * the default: {@code , 96.5% of vCPUs allocatable}, {@code , headroom 1.2x},
         * {@code , scale-down delay 1 h}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return minimumNodes + " to " + maximumNodes + " nodes autoscaled by the hour, "
                    + (requestsPerSecondPerNode != 0 ? requestsPerSecondPerNode + " requests/s per node"
                            : cpuMsPerRequest + " CPU-ms/request")
                    + " at " + Format.percent(targetUtilisation) + "%"
                    + (allocatableCpuFraction != 1 ? ", " + Format.percent(allocatableCpuFraction)
                            + "% of vCPUs allocatable" : "")
                    + (headroom != 1 ? ", headroom " + headroom + "x" : "")
                    + (scaleDownDelayHours != 0 ? ", scale-down delay " + scaleDownDelayHours + " h" : "");
        }
    }
}
