package org.breakeven.workload;

import java.util.Objects;
import org.breakeven.bill.Checks;

import org.breakeven.bill.Format;

/**
 * The traffic a service sees: its monthly requests, how they spread over the hours of a day or a week
 * (its {@link HourlyProfile}), and how much busier the busiest moment is than its hour's average.
 * <p>
 * The month's requests are spread over the hours by the profile, by the one formula that
 * {@link HourlyProfile} writes out. The peak-to-average ratio is the simple form of a peak: with the default
 * flat profile it is the month's peak requests per second over the month's average, as it always was; with
 * another profile it multiplies each hour's average (a burst within the hour). A cluster is sized from both;
 * Lambda bills every request the same whenever it comes.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param requestsPerMonth the month's requests, the point at which bills are shown
 * @param peakToAverageRatio peak requests per second divided by the average of the hour they come in (of the
 *     month, for a flat profile), 1 to 1,000
 * @param profile how the month's requests spread over the hours, {@link HourlyProfile#FLAT} by default
 */
public record Workload(long requestsPerMonth, double peakToAverageRatio, HourlyProfile profile) {

    /** The largest allowed month: 10^13 requests. */
    public static final long MAX_REQUESTS_PER_MONTH = 10_000_000_000_000L;

    /**
     * Creates a workload, checking its range.
     *
     * @param requestsPerMonth 0 to 10^13
     * @param peakToAverageRatio 1 to 1,000
     * @param profile not null
     */
    public Workload {
        Checks.between("requestsPerMonth", requestsPerMonth, 0, MAX_REQUESTS_PER_MONTH, "requests/month");
        Checks.between("peakToAverageRatio", peakToAverageRatio, 1, 1000, "(peak requests/s over average)");
        Objects.requireNonNull(profile, "profile");
    }

    /**
     * Creates a workload with a flat profile: the simple form, a month's requests and a peak factor.
     *
     * @param requestsPerMonth 0 to 10^13
     * @param peakToAverageRatio 1 to 1,000
     */
    public Workload(long requestsPerMonth, double peakToAverageRatio) {
        this(requestsPerMonth, peakToAverageRatio, HourlyProfile.FLAT);
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
        return new Workload(requests, peakToAverageRatio, profile);
    }

    /**
     * Returns a copy with another peak-to-average ratio.
     *
     * @param ratio 1 to 1,000
     * @return the copy
     */
    public Workload withPeakToAverageRatio(double ratio) {
        return new Workload(requestsPerMonth, ratio, profile);
    }

    /**
     * Returns a copy with another hourly profile.
     *
     * @param value the profile
     * @return the copy
     */
    public Workload withProfile(HourlyProfile value) {
        return new Workload(requestsPerMonth, peakToAverageRatio, value);
    }

    /**
     * Outputs {@code 1,000,000 requests/month, peak 1.0x average}, adding the profile when it is not flat:
     * {@code 1,000,000 requests/month, peak 1.0x average, 24-hour profile, peak 2x the average from hour 8}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Format.whole(requestsPerMonth) + " requests/month, peak " + peakToAverageRatio + "x average"
                + (profile.isFlat() ? "" : ", " + profile);
    }
}
