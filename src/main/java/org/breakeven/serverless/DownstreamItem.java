package org.breakeven.serverless;

import org.breakeven.bill.Checks;

import java.util.Objects;

/**
 * A downstream service that every request uses, in units per request, and whether a cluster pays it too.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind the service
 * @param unitsPerRequest its usage per request in {@link DownstreamKind#usageUnit()}, 0 to 1,000,000
 * @param paidByClusterToo true if the cluster would pay it as well
 */
public record DownstreamItem(DownstreamKind kind, double unitsPerRequest, boolean paidByClusterToo) {

    /**
     * Creates an item, checking the usage.
     *
     * @param kind the service
     * @param unitsPerRequest the usage per request
     * @param paidByClusterToo whether the cluster pays too
     */
    public DownstreamItem {
        Objects.requireNonNull(kind, "kind");
        Checks.between("unitsPerRequest", unitsPerRequest, 0, 1_000_000, kind.usageUnit() + " per request");
    }

    /**
     * Obtains an item with the kind's default for whether the cluster pays it too.
     *
     * @param kind the service
     * @param unitsPerRequest the usage per request
     * @return the item
     */
    public static DownstreamItem of(DownstreamKind kind, double unitsPerRequest) {
        return new DownstreamItem(kind, unitsPerRequest, Objects.requireNonNull(kind, "kind").paidByClusterByDefault());
    }

    @Override
    public String toString() {
        return kind.label() + " " + unitsPerRequest + " " + kind.usageUnit() + "/request"
                + (paidByClusterToo ? " (cluster pays too)" : "");
    }
}
