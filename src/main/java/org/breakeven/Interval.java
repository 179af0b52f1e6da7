package org.breakeven;

import java.util.Objects;
import java.util.Set;
import org.breakeven.bill.Format;
import org.breakeven.bill.Side;

/**
 * The whole numbers of requests a month, from one to another inclusive, at which one side is cheaper, and the
 * sides that are saturated there.
 * <p>
 * A side is saturated when its peak needs more than it has: a cluster whose nodes cannot serve the peak at their
 * stated capacity, Lambda at its regional concurrency limit ({@link BreakevenResult#capacity}). Its bill there
 * prices a service it cannot deliver, so it is not the cheaper side in any sense that matters, even when its bill
 * is lower: {@link #cheaper()} compares the bills and {@link #saturated()} says which sides can serve.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromRequestsPerMonth the first whole request count of the interval
 * @param toRequestsPerMonth the last whole request count of the interval, not below the first
 * @param cheaper the side with the lower bill at every request count of the interval
 * @param saturated the sides saturated at every request count of the interval, empty for none
 */
public record Interval(long fromRequestsPerMonth, long toRequestsPerMonth, Side cheaper, Set<Side> saturated) {

    /**
     * Creates an interval.
     *
     * @param fromRequestsPerMonth the first request count, at least 0
     * @param toRequestsPerMonth the last request count, not below the first
     * @param cheaper the side with the lower bill
     * @param saturated the saturated sides, not null
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
        saturated = Set.copyOf(Objects.requireNonNull(saturated, "saturated"));
    }

    /**
     * Creates an interval where neither side is saturated.
     *
     * @param fromRequestsPerMonth the first request count, at least 0
     * @param toRequestsPerMonth the last request count, not below the first
     * @param cheaper the side with the lower bill
     */
    public Interval(long fromRequestsPerMonth, long toRequestsPerMonth, Side cheaper) {
        this(fromRequestsPerMonth, toRequestsPerMonth, cheaper, Set.of());
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
     * Checks whether a side is saturated in the interval.
     *
     * @param side the side
     * @return true if its peak needs more than it has
     */
    public boolean isSaturated(Side side) {
        return saturated.contains(side);
    }

    /**
     * Outputs {@code 0 to 52.4M requests/month: Lambda cheaper}; with a saturated side,
     * {@code 52.4M to 788.4M requests/month: cluster cheaper; Lambda saturated},
     * {@code 788.4M to 10.0B requests/month: cluster saturated (cheaper on paper); only Lambda serves the peak}, or
     * {@code 13.1B to 20.0B requests/month: both sides saturated (cluster cheaper on paper)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String range = Format.brief(fromRequestsPerMonth) + " to " + Format.brief(toRequestsPerMonth) + " requests/month: ";
        Side other = cheaper.other();
        if (!isSaturated(cheaper)) {
            return range + cheaper.label() + " cheaper" + (isSaturated(other) ? "; " + other.label() + " saturated" : "");
        }
        if (!isSaturated(other)) {
            return range + cheaper.label() + " saturated (cheaper on paper); only "
                    + (other == Side.CLUSTER ? "the cluster" : "Lambda") + " serves the peak";
        }
        return range + "both sides saturated (" + cheaper.label() + " cheaper on paper)";
    }
}
