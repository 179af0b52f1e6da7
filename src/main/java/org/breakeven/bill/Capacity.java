package org.breakeven.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The most requests a month that one side can serve at its peak: {@linkplain Limited limited} by what it states
 * (a cluster's nodes and their capacity, Lambda's concurrency limit), {@linkplain Unknown unknown} when it states
 * no capacity, or {@linkplain Unlimited unlimited} when it is sized from the traffic without a maximum.
 * <p>
 * A side whose capacity is limited is <em>saturated</em> above its limit: at more requests its peak needs more
 * than it has, so its bill there prices a service it cannot deliver. The bills say what each side costs; the
 * capacity says whether it can serve at all.
 * <pre>{@code
 * jshell> Capacity.limited(new BigDecimal("788400000"), "3 nodes of 100.0 requests/s")
 * $1 ==> at most 788,400,000 requests/month (3 nodes of 100.0 requests/s)
 *
 * jshell> $1.saturatedFrom()
 * $2 ==> 788400001
 * }</pre>
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface Capacity permits Capacity.Limited, Capacity.Unknown, Capacity.Unlimited {

    /** A side sized from its traffic with no maximum, such as a cluster sized for its peak, or a side not checked. */
    Capacity UNLIMITED = new Unlimited();

    /**
     * Obtains a limited capacity.
     *
     * @param maxRequestsPerMonth the most requests a month served at the peak, at least 0
     * @param limit what limits it, in words, such as {@code 3 nodes of 100.0 requests/s}
     * @return the capacity
     */
    static Capacity limited(BigDecimal maxRequestsPerMonth, String limit) {
        return new Limited(maxRequestsPerMonth, limit);
    }

    /**
     * Obtains an unknown capacity.
     *
     * @param reason why it is unknown, in words
     * @return the capacity
     */
    static Capacity unknown(String reason) {
        return new Unknown(reason);
    }

    /**
     * A capacity limited by what the side states: above {@code maxRequestsPerMonth} its peak needs more than it
     * has.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param maxRequestsPerMonth the most requests a month served at the peak, at least 0
     * @param limit what limits it, in words
     */
    record Limited(BigDecimal maxRequestsPerMonth, String limit) implements Capacity {

        /**
         * Creates a limited capacity.
         *
         * @param maxRequestsPerMonth at least 0
         * @param limit not null
         */
        public Limited {
            Checks.nonNegative("maxRequestsPerMonth", maxRequestsPerMonth, "requests/month");
            Objects.requireNonNull(limit, "limit");
        }

        /**
         * Gets the first whole number of requests a month at which the side is saturated: the first above
         * {@code maxRequestsPerMonth}, at most {@link Long#MAX_VALUE}.
         *
         * @return the requests per month
         */
        public long saturatedFrom() {
            BigDecimal first = maxRequestsPerMonth.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            return first.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : first.longValueExact();
        }

        /**
         * Outputs {@code at most 788,400,000 requests/month (3 nodes of 100.0 requests/s)}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "at most " + Format.whole(maxRequestsPerMonth.doubleValue()) + " requests/month (" + limit + ")";
        }
    }

    /**
     * A capacity the side does not state, such as a fixed number of nodes without a capacity per node.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param reason why it is unknown, in words
     */
    record Unknown(String reason) implements Capacity {

        /**
         * Creates an unknown capacity.
         *
         * @param reason not null
         */
        public Unknown {
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * Outputs {@code unknown: 3 fixed nodes state no capacity}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "unknown: " + reason;
        }
    }

    /**
     * No limit: the side grows with its traffic.
     * <p>
     * This class is immutable and thread-safe.
     */
    record Unlimited() implements Capacity {

        /**
         * Outputs {@code unlimited}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "unlimited";
        }
    }
}
