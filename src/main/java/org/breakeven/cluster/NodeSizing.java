package org.breakeven.cluster;

import org.breakeven.bill.Checks;

import org.breakeven.bill.Format;

/**
 * How many nodes the cluster runs: a fixed count, or sized from traffic.
 * <p>
 * Sized from traffic, the count is {@code max(minimumNodes, ceil(peak requests/s / (per-node capacity *
 * targetUtilisation)))}, where the peak is the month's average requests per second times the workload's
 * peak-to-average ratio, and the per-node capacity is given in requests per second or derived from CPU
 * time per request: {@code vCPUs * 1000 / cpuMsPerRequest}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param mode how the count is found
 * @param fixedNodes the count in {@link Mode#FIXED} mode
 * @param minimumNodes the HA minimum in the sized modes
 * @param requestsPerSecondPerNode the capacity of one node at 100% in {@link Mode#CAPACITY} mode
 * @param cpuMsPerRequest CPU time per request in {@link Mode#CPU} mode
 * @param targetUtilisation the share of capacity a node may use at the peak, (0, 1]
 */
public record NodeSizing(Mode mode, int fixedNodes, int minimumNodes, double requestsPerSecondPerNode,
        double cpuMsPerRequest, double targetUtilisation) {

    /** How the node count is found. */
    public enum Mode {
        /** A fixed number of nodes. */
        FIXED,
        /** From traffic and a per-node capacity in requests per second. */
        CAPACITY,
        /** From traffic and the CPU time each request needs. */
        CPU
    }

    /**
     * Creates a sizing, checking the values its mode uses.
     *
     * @param mode the mode
     * @param fixedNodes 1 to 10,000 in FIXED mode
     * @param minimumNodes 1 to 10,000 in the sized modes
     * @param requestsPerSecondPerNode greater than 0 in CAPACITY mode
     * @param cpuMsPerRequest greater than 0 in CPU mode
     * @param targetUtilisation (0, 1] in the sized modes
     */
    public NodeSizing {
        if (mode == null) {
            throw new IllegalArgumentException("nodes.mode must be FIXED, CAPACITY or CPU but was: null");
        }
        switch (mode) {
            case FIXED -> Checks.between("nodes.fixed", fixedNodes, 1, 10_000, "nodes");
            case CAPACITY -> {
                Checks.between("nodes.minimum", minimumNodes, 1, 10_000, "nodes");
                Checks.positiveAtMost("nodes.requestsPerSecondPerNode", requestsPerSecondPerNode, 10_000_000,
                        "requests/s");
                Checks.positiveAtMost("nodes.targetUtilisation", targetUtilisation, 1, "(fraction)");
            }
            case CPU -> {
                Checks.between("nodes.minimum", minimumNodes, 1, 10_000, "nodes");
                Checks.positiveAtMost("nodes.cpuMsPerRequest", cpuMsPerRequest, 900_000, "CPU-ms");
                Checks.positiveAtMost("nodes.targetUtilisation", targetUtilisation, 1, "(fraction)");
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * Obtains a fixed node count.
     *
     * @param nodes 1 to 10,000
     * @return the sizing
     */
    public static NodeSizing fixed(int nodes) {
        return new NodeSizing(Mode.FIXED, nodes, 0, 0, 0, 0);
    }

    /**
     * Obtains a count sized from a per-node capacity in requests per second.
     *
     * @param minimumNodes the HA minimum
     * @param requestsPerSecondPerNode what one node serves at 100%
     * @param targetUtilisation the share of that to plan for at the peak
     * @return the sizing
     */
    public static NodeSizing byCapacity(int minimumNodes, double requestsPerSecondPerNode, double targetUtilisation) {
        return new NodeSizing(Mode.CAPACITY, 0, minimumNodes, requestsPerSecondPerNode, 0, targetUtilisation);
    }

    /**
     * Obtains a count sized from the CPU time per request and the instance's vCPUs.
     *
     * @param minimumNodes the HA minimum
     * @param cpuMsPerRequest CPU milliseconds per request
     * @param targetUtilisation the share of CPU to plan for at the peak
     * @return the sizing
     */
    public static NodeSizing byCpu(int minimumNodes, double cpuMsPerRequest, double targetUtilisation) {
        return new NodeSizing(Mode.CPU, 0, minimumNodes, 0, cpuMsPerRequest, targetUtilisation);
    }

    @Override
    public String toString() {
        return switch (mode) {
            case FIXED -> fixedNodes + " nodes";
            case CAPACITY -> "at least " + minimumNodes + " nodes of " + requestsPerSecondPerNode + " requests/s at "
                    + Format.percent(targetUtilisation) + "%";
            case CPU -> "at least " + minimumNodes + " nodes, " + cpuMsPerRequest + " CPU-ms/request at "
                    + Format.percent(targetUtilisation) + "%";
        };
    }
}
