package org.breakeven.bill;

/**
 * The two ways of running the service that a break-even compares.
 */
public enum Side {
    /** Functions billed per request and per GB-second: AWS Lambda and what rides on it. */
    SERVERLESS("Lambda"),
    /** Nodes billed per hour on a Kubernetes cluster: EKS and what runs beside it. */
    CLUSTER("cluster");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /**
     * Gets the short name used in reports: {@code Lambda} or {@code cluster}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Gets the other side.
     *
     * @return the other side
     */
    public Side other() {
        return this == SERVERLESS ? CLUSTER : SERVERLESS;
    }
}
