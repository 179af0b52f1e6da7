package org.breakeven;

import java.util.Objects;
import org.breakeven.bill.Format;

/**
 * A point where one option stops being cheaper than another: between the two bills of a pair
 * ({@link Envelope#crossings}), or where the cheapest of all changes ({@link Envelope#switches}).
 * <pre>{@code
 * jshell> envelope.switches().get(0)
 * $1 ==> eks cheaper than lambda from 52,411,544 requests/month
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param requestsPerMonth the first whole number of requests a month at which {@code cheaperAbove} is cheaper
 * @param exactRoot the requests, with a fraction, where the two bills meet (or the node step that jumps)
 * @param cheaperBelow the option cheaper just below
 * @param cheaperAbove the option cheaper from {@code requestsPerMonth} on
 * @param atNodeStep whether the bills jump past each other there (a node step) rather than cross on a slope
 */
public record Switch(long requestsPerMonth, double exactRoot, Option cheaperBelow, Option cheaperAbove,
        boolean atNodeStep) {

    /**
     * Creates a switch.
     *
     * @param requestsPerMonth the first whole request count, at least 0
     * @param exactRoot the meeting point, finite and at least 0
     * @param cheaperBelow the option cheaper below
     * @param cheaperAbove the option cheaper above, another one
     * @param atNodeStep whether it is a node step
     * @throws IllegalArgumentException if a count is out of range or both options are one
     */
    public Switch {
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("requestsPerMonth must be at least 0 requests/month but was: "
                    + requestsPerMonth);
        }
        if (!Double.isFinite(exactRoot) || exactRoot < 0) {
            throw new IllegalArgumentException("exactRoot must be a finite number of at least 0 requests/month but was: "
                    + exactRoot);
        }
        Objects.requireNonNull(cheaperBelow, "cheaperBelow");
        Objects.requireNonNull(cheaperAbove, "cheaperAbove");
        if (cheaperBelow.name().equals(cheaperAbove.name())) {
            throw new IllegalArgumentException("cheaperAbove must be another option than cheaperBelow but was: "
                    + cheaperAbove.name());
        }
    }

    /**
     * Outputs {@code eks cheaper than lambda from 52,411,544 requests/month}, with {@code (node step)} after a step.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return cheaperAbove.name() + " cheaper than " + cheaperBelow.name() + " from " + Format.whole(requestsPerMonth)
                + " requests/month" + (atNodeStep ? " (node step)" : "");
    }
}
