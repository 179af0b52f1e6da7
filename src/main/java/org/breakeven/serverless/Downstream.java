package org.breakeven.serverless;

import java.math.BigDecimal;
import java.util.Objects;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Format;

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
 * @param platformLogBytesPerInvocation the bytes of the START, END and REPORT lines that Lambda itself writes to
 *     CloudWatch Logs for every invocation, 0 to 100,000; 0 leaves them off the bill. A cluster writes no such lines,
 *     so the cluster does not pay them
 */
public record Downstream(List<DownstreamItem> items, double computeMultiplier, boolean multiplierPaidByClusterToo,
        double platformLogBytesPerInvocation) {

    /** No downstream charges. */
    public static final Downstream NONE = new Downstream(List.of(), 0, false);

    /**
     * The typical size of the platform lines of one invocation: about 300 bytes (START about 90, END about 50,
     * REPORT 170 to 230, more with an Init Duration or X-Ray), from "Are your AWS Lambda functions leaking money? The
     * hidden cost of CloudWatch REPORT logs", wallstrdev.de (2026); that every invocation writes them, even when the
     * code logs nothing, is the AWS Lambda Operator Guide's "How CloudWatch structures logs".
     */
    public static final double TYPICAL_PLATFORM_LOG_BYTES = 300;

    /**
     * Creates downstream charges without platform log lines.
     *
     * @param items the items
     * @param computeMultiplier 0 to 100
     * @param multiplierPaidByClusterToo whether the cluster pays the multiplied cost too
     */
    public Downstream(List<DownstreamItem> items, double computeMultiplier, boolean multiplierPaidByClusterToo) {
        this(items, computeMultiplier, multiplierPaidByClusterToo, 0);
    }

    /**
     * Creates downstream charges, checking the multiplier and the platform log size.
     *
     * @param items the items
     * @param computeMultiplier 0 to 100
     * @param multiplierPaidByClusterToo whether the cluster pays the multiplied cost too
     * @param platformLogBytesPerInvocation 0 to 100,000 bytes
     */
    public Downstream {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Checks.between("computeMultiplier", computeMultiplier, 0, 100, "(times compute cost)");
        Checks.between("platformLogBytesPerInvocation", platformLogBytesPerInvocation, 0, 100_000,
                "bytes per invocation");
    }

    /**
     * Returns a copy that bills the platform log lines of every invocation.
     *
     * @param bytes their size per invocation, 0 to 100,000 bytes ({@link #TYPICAL_PLATFORM_LOG_BYTES} is typical); 0
     *     leaves them off
     * @return the copy
     */
    public Downstream withPlatformLogBytes(double bytes) {
        return new Downstream(items, computeMultiplier, multiplierPaidByClusterToo, bytes);
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
        String text = items.isEmpty() ? multiple : multiple.isEmpty() ? items.toString() : items + " and " + multiple;
        if (platformLogBytesPerInvocation > 0) {
            String logs = Format.plain(BigDecimal.valueOf(platformLogBytesPerInvocation)) + " B platform logs/request";
            text = text.isEmpty() ? logs : text + " and " + logs;
        }
        return text;
    }
}
