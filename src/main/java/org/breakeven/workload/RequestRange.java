package org.breakeven.workload;

import org.breakeven.bill.Checks;

import org.breakeven.bill.Format;

/**
 * A range of monthly request counts in which to look for break-even points.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromRequestsPerMonth the low end, inclusive, at least 0
 * @param toRequestsPerMonth the high end, inclusive, above the low end and at most 10^13
 */
public record RequestRange(double fromRequestsPerMonth, double toRequestsPerMonth) {

    /** From 0 to 10 billion requests a month. */
    public static final RequestRange DEFAULT = new RequestRange(0, 10_000_000_000d);

    /**
     * Creates a range, checking its ends.
     *
     * @param fromRequestsPerMonth the low end
     * @param toRequestsPerMonth the high end
     */
    public RequestRange {
        Checks.between("fromRequestsPerMonth", fromRequestsPerMonth, 0, Workload.MAX_REQUESTS_PER_MONTH,
                "requests/month");
        Checks.between("toRequestsPerMonth", toRequestsPerMonth, 0, Workload.MAX_REQUESTS_PER_MONTH, "requests/month");
        if (toRequestsPerMonth <= fromRequestsPerMonth) {
            throw new IllegalArgumentException("toRequestsPerMonth must be greater than fromRequestsPerMonth ("
                    + Format.whole(fromRequestsPerMonth) + " requests/month) but was: "
                    + Format.whole(toRequestsPerMonth));
        }
    }

    @Override
    public String toString() {
        return Format.brief(fromRequestsPerMonth) + " to " + Format.brief(toRequestsPerMonth) + " requests/month";
    }
}
