package org.breakeven.serverless;

import java.util.Objects;
import org.breakeven.bill.Checks;

import java.util.List;

/**
 * The charges that ride on every request besides Lambda itself: explicit items priced from the table,
 * and/or a multiplier of Lambda's compute (duration) cost, as in "downstream services cost 3x to 5x
 * the compute".
 * <p>
 * The multiplier applies to the compute cost of the work done: every invocation's GB-seconds at the
 * on-demand rates, before the free tier, whether Provisioned Concurrency served it or not (its fee is not
 * work). It counts as a cost that the cluster does not pay unless {@code multiplierPaidByClusterToo} is set.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param items explicit per-request items
 * @param computeMultiplier downstream cost as a multiple of compute cost, 0 to 100
 * @param multiplierPaidByClusterToo true if a cluster would pay the multiplied cost as well
 */
public record Downstream(List<DownstreamItem> items, double computeMultiplier, boolean multiplierPaidByClusterToo) {

    /** No downstream charges. */
    public static final Downstream NONE = new Downstream(List.of(), 0, false);

    /**
     * Creates downstream charges, checking the multiplier.
     *
     * @param items the items
     * @param computeMultiplier 0 to 100
     * @param multiplierPaidByClusterToo whether the cluster pays the multiplied cost too
     */
    public Downstream {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Checks.between("computeMultiplier", computeMultiplier, 0, 100, "(times compute cost)");
    }

    /**
     * Obtains downstream charges given only as a multiple of compute cost, not paid by the cluster.
     *
     * @param computeMultiplier the multiple, such as 3
     * @return the downstream charges
     */
    public static Downstream multiplier(double computeMultiplier) {
        return new Downstream(List.of(), computeMultiplier, false);
    }

    /**
     * Obtains explicit downstream items.
     *
     * @param items the items
     * @return the downstream charges
     */
    public static Downstream items(DownstreamItem... items) {
        return new Downstream(List.of(Objects.requireNonNull(items, "items")), 0, false);
    }

    @Override
    public String toString() {
        String multiple = computeMultiplier > 0 ? computeMultiplier + "x compute" : "";
        return items.isEmpty() ? multiple : multiple.isEmpty() ? items.toString() : items + " and " + multiple;
    }
}
