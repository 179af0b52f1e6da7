package org.breakeven.workload;

import org.breakeven.bill.Checks;

import org.breakeven.bill.Format;

/**
 * The traffic a service sees: its monthly requests and how much busier the peak is than the average.
 * <p>
 * The peak-to-average ratio sizes a cluster for its busiest hour; Lambda bills every request the same
 * whenever it comes.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param requestsPerMonth the month's requests, the point at which bills are shown
 * @param peakToAverageRatio peak requests per second divided by the month's average, 1 to 1,000
 */
public record Workload(long requestsPerMonth, double peakToAverageRatio) {

    /** The largest allowed month: 10^13 requests. */
    public static final long MAX_REQUESTS_PER_MONTH = 10_000_000_000_000L;

    /**
     * Creates a workload, checking its range.
     *
     * @param requestsPerMonth 0 to 10^13
     * @param peakToAverageRatio 1 to 1,000
     */
    public Workload {
        Checks.between("requestsPerMonth", requestsPerMonth, 0, MAX_REQUESTS_PER_MONTH, "requests/month");
        Checks.between("peakToAverageRatio", peakToAverageRatio, 1, 1000, "(peak requests/s over average)");
    }

    /**
     * Obtains a workload with a flat profile (peak equals average).
     *
     * @param requestsPerMonth the month's requests
     * @return the workload
     */
    public static Workload of(long requestsPerMonth) {
        return new Workload(requestsPerMonth, 1);
    }

    /**
     * Returns a copy with another number of requests.
     *
     * @param requests the month's requests
     * @return the copy
     */
    public Workload withRequestsPerMonth(long requests) {
        return new Workload(requests, peakToAverageRatio);
    }

    /**
     * Returns a copy with another peak-to-average ratio.
     *
     * @param ratio 1 to 1,000
     * @return the copy
     */
    public Workload withPeakToAverageRatio(double ratio) {
        return new Workload(requestsPerMonth, ratio);
    }

    @Override
    public String toString() {
        return Format.whole(requestsPerMonth) + " requests/month, peak " + peakToAverageRatio + "x average";
    }
}
