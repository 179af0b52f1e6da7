package org.breakeven.cluster;

import java.util.Objects;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.Format;
import org.breakeven.bill.NodeCount;
import org.breakeven.pricing.InstanceType;
import org.breakeven.workload.Workload;

/**
 * How many nodes the cluster runs: a {@linkplain Fixed fixed} count, or sized from traffic
 * {@linkplain ByCapacity by a per-node capacity} or {@linkplain ByCpu by the CPU time of a request}.
 * <p>
 * Sized from traffic, the count is {@code max(minimumNodes, ceil(peak requests/s / (per-node capacity *
 * targetUtilisation)))}, where the peak is the month's average requests per second times the workload's
 * peak-to-average ratio, and the per-node capacity is given in requests per second or derived from CPU
 * time per request: {@code vCPUs * 1000 / cpuMsPerRequest}.
 * <pre>{@code
 * jshell> NodeSizing.byCapacity(3, 100, 0.5)
 * $1 ==> at least 3 nodes of 100.0 requests/s at 50%
 * }</pre>
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface NodeSizing permits NodeSizing.Fixed, NodeSizing.ByCapacity, NodeSizing.ByCpu {

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

    /**
     * Obtains a fixed node count.
     *
     * @param nodes 1 to 10,000
     * @return the sizing, a {@link Fixed}
     */
    static NodeSizing fixed(int nodes) {
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
    NodeCount nodeCount(InstanceType type, Workload workload, Conventions conventions);

    /**
     * A fixed number of nodes, whatever the traffic.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param nodes the count, 1 to 10,000
     */
    record Fixed(int nodes) implements NodeSizing {

        /**
         * Creates a fixed count, checking it.
         *
         * @param nodes 1 to 10,000
         */
        public Fixed {
            Checks.between("nodes.fixed", nodes, 1, 10_000, "nodes");
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
        public NodeCount nodeCount(InstanceType type, Workload workload, Conventions conventions) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(conventions, "conventions");
            return new FixedNodes(nodes);
        }

        /**
         * Outputs {@code 3 nodes}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return nodes + " nodes";
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
        public NodeCount nodeCount(InstanceType type, Workload workload, Conventions conventions) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(conventions, "conventions");
            return TrafficNodes.of(minimumNodes, requestsPerSecondPerNode, targetUtilisation,
                    workload.peakToAverageRatio(), conventions.hoursPerMonth());
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
            Checks.between("nodes.cpuMsPerRequest", cpuMsPerRequest, 0.001, 900_000, "CPU-ms");
            Checks.between("nodes.targetUtilisation", targetUtilisation, MIN_TARGET_UTILISATION, 1, "(fraction)");
        }

        @Override
        public NodeCount nodeCount(InstanceType type, Workload workload, Conventions conventions) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(conventions, "conventions");
            return TrafficNodes.of(minimumNodes, type.vcpu() * 1000.0 / cpuMsPerRequest, targetUtilisation,
                    workload.peakToAverageRatio(), conventions.hoursPerMonth());
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
}
