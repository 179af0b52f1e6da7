package org.breakeven.cluster;

/**
 * The credit mode of burstable nodes (T3, T3a, T4g; a type is burstable when the pricing table gives its baseline,
 * {@code ec2.baseline.<type>}). Other types ignore it.
 * <p>
 * A burstable node's hourly price covers its baseline share of each vCPU (20% for a t3.medium). In unlimited mode,
 * the default for T3, T3a and T4g, it may run above that: if its average CPU over a rolling 24 hours exceeds the
 * baseline, the excess is billed as surplus credits per vCPU-hour ({@code ec2.cpuCredits.<family>}). In standard
 * mode it cannot run above the baseline once its accrued credits are spent, so the model caps its capacity at the
 * baseline and bills no surplus (source: Amazon EC2 User Guide, "Key concepts and definitions for burstable
 * performance instances").
 */
public enum CpuCredits {
    /** Surplus credits are billed when the average CPU exceeds the baseline: the default of T3, T3a and T4g. */
    UNLIMITED("unlimited"),
    /** The CPU stays at the baseline once the accrued credits are spent: capacity is capped at the baseline. */
    STANDARD("standard");

    private final String id;

    CpuCredits(String id) {
        this.id = id;
    }

    /**
     * Gets the name used in scenario files: {@code unlimited} or {@code standard}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Obtains a credit mode from its id.
     *
     * @param id {@code unlimited} or {@code standard}
     * @return the mode
     * @throws IllegalArgumentException for any other text
     */
    public static CpuCredits of(String id) {
        for (CpuCredits mode : values()) {
            if (mode.id.equals(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("cpuCredits must be unlimited or standard but was: " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
