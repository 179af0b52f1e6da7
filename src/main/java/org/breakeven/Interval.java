package org.breakeven;

import java.util.Objects;
import org.breakeven.bill.Format;
import org.breakeven.bill.Side;

/**
 * The whole numbers of requests a month, from one to another inclusive, at which one side is cheaper.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromRequestsPerMonth the first whole request count of the interval
 * @param toRequestsPerMonth the last whole request count of the interval, not below the first
 * @param cheaper the cheaper side at every request count of the interval
 */
public record Interval(long fromRequestsPerMonth, long toRequestsPerMonth, Side cheaper) {

    /**
     * Creates an interval.
     *
     * @param fromRequestsPerMonth the first request count, at least 0
     * @param toRequestsPerMonth the last request count, not below the first
     * @param cheaper the cheaper side
     */
    public Interval {
        if (fromRequestsPerMonth < 0) {
            throw new IllegalArgumentException("fromRequestsPerMonth must be at least 0 requests/month but was: "
                    + fromRequestsPerMonth);
        }
        if (toRequestsPerMonth < fromRequestsPerMonth) {
            throw new IllegalArgumentException("toRequestsPerMonth must not be below fromRequestsPerMonth ("
                    + Format.whole(fromRequestsPerMonth) + " requests/month) but was: "
                    + Format.whole(toRequestsPerMonth));
        }
        Objects.requireNonNull(cheaper, "cheaper");
    }

    /**
     * Checks whether a number of requests lies in the interval.
     *
     * @param requestsPerMonth the requests
     * @return true if from &lt;= requests &lt;= to
     */
    public boolean contains(double requestsPerMonth) {
        return requestsPerMonth >= fromRequestsPerMonth && requestsPerMonth <= toRequestsPerMonth;
    }

    /**
     * Outputs {@code 0 to 52.4M requests/month: Lambda cheaper}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Format.brief(fromRequestsPerMonth) + " to " + Format.brief(toRequestsPerMonth) + " requests/month: "
                + cheaper.label() + " cheaper";
    }
}
