package org.breakeven;

import org.breakeven.bill.Checks;

import org.breakeven.bill.Format;
import org.breakeven.bill.Side;

import java.util.Objects;

/**
 * A range of monthly requests over which one side is cheaper.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromRequestsPerMonth the start
 * @param toRequestsPerMonth the end
 * @param cheaper the cheaper side throughout
 */
public record Interval(double fromRequestsPerMonth, double toRequestsPerMonth, Side cheaper) {

    /**
     * Creates an interval.
     *
     * @param fromRequestsPerMonth the start
     * @param toRequestsPerMonth the end, not before the start
     * @param cheaper the cheaper side
     */
    public Interval {
        Checks.nonNegative("fromRequestsPerMonth", fromRequestsPerMonth, "requests/month");
        Checks.nonNegative("toRequestsPerMonth", toRequestsPerMonth, "requests/month");
        if (toRequestsPerMonth < fromRequestsPerMonth) {
            throw new IllegalArgumentException("toRequestsPerMonth must not be below fromRequestsPerMonth "
                    + fromRequestsPerMonth + " but was: " + toRequestsPerMonth);
        }
        Objects.requireNonNull(cheaper, "cheaper");
    }

    /**
     * Outputs {@code 0 to 52.1M requests/month: Lambda cheaper}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Format.brief(fromRequestsPerMonth) + " to " + Format.brief(toRequestsPerMonth) + " requests/month: "
                + cheaper.label() + " cheaper";
    }
}
