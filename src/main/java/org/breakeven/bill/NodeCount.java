package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.function.DoubleConsumer;

/**
 * A cluster's node count as a function of the month's requests: constant, or rising in steps as
 * traffic grows; or, for a cluster that scales by the hour, the sum of each hour's count over one run of
 * the traffic's hourly profile.
 * <p>
 * A count that holds all month has {@link #profileHours()} 1. A count summed over a profile of {@code L}
 * hours (24 or 168) has {@code profileHours()} {@code L}: the month's average node count is
 * {@code exact(N) / L}, and its node-hours {@code exact(N) * H / L} for a month of {@code H} hours, which is
 * how {@link Quantity#steps} bills it. Either way the value is a whole number that never falls as
 * traffic rises, so {@link #steps} are the only places it changes.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public interface NodeCount {

    /**
     * The most node steps that {@link #steps} reports in one range: as many as the solver takes breakpoints
     * ({@code 2,000,000}). A range that holds more fails at once rather than after counting them.
     */
    long MAX_STEPS = 2_000_000;

    /**
     * Computes the node count exactly: the count, or the sum of each profile hour's count.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return the node count
     * @throws IllegalArgumentException if the requests are null, negative or above the maximum
     */
    long exact(BigDecimal requests);

    /**
     * Computes the node count in {@code double} arithmetic, for the solver: the same value as {@link #exact}.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return the node count
     * @throws IllegalArgumentException if the requests are NaN, negative or above the maximum
     */
    long at(double requests);

    /**
     * Computes the largest count of any one hour exactly: {@link #exact} itself for a count that holds all month.
     *
     * @param requests the month's requests, not negative
     * @return the peak node count
     */
    default long peak(BigDecimal requests) {
        return exact(requests);
    }

    /**
     * Computes exactly, summed over the profile hours as {@link #exact} is, the part of a share of each hour's count
     * above a number of nodes: {@code Σ max(0, share * n(h) - covered)}, such as the on-demand nodes a commitment
     * does not cover in each hour. For a count that holds all month it is {@code max(0, share * exact(N) - covered)};
     * a count summed over profile hours must compute it hour by hour, so the default refuses one.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @param share the share of each hour's nodes, 0 to 1
     * @param covered the nodes taken off each hour, at least 0
     * @return the nodes above, summed over the profile hours
     * @throws UnsupportedOperationException if the count is summed over profile hours and does not override this
     */
    default BigDecimal above(BigDecimal requests, BigDecimal share, BigDecimal covered) {
        if (profileHours() != 1) {
            throw new UnsupportedOperationException("a node count summed over " + profileHours()
                    + " profile hours must compute the nodes above a commitment hour by hour");
        }
        return share.multiply(BigDecimal.valueOf(exact(requests))).subtract(covered).max(BigDecimal.ZERO);
    }

    /**
     * Computes {@link #above} in {@code double} arithmetic, for the solver.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @param share the share of each hour's nodes, 0 to 1
     * @param covered the nodes taken off each hour, at least 0
     * @return the nodes above, summed over the profile hours
     * @throws UnsupportedOperationException if the count is summed over profile hours and does not override this
     */
    default double aboveAt(double requests, double share, double covered) {
        if (profileHours() != 1) {
            throw new UnsupportedOperationException("a node count summed over " + profileHours()
                    + " profile hours must compute the nodes above a commitment hour by hour");
        }
        return Math.max(0, share * at(requests) - covered);
    }

    /**
     * Gets the number of profile hours that {@link #exact} and {@link #at} sum a count over: 1 for a count that
     * holds all month.
     *
     * @return 1, or the profile's length
     */
    default int profileHours() {
        return 1;
    }

    /**
     * Reports the request counts in {@code (lo, hi)} at which one more node is needed just above (in at
     * least one profile hour).
     *
     * @param lo the low end of the range, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @param hi the high end of the range, {@code lo} to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @param out receives each step
     * @throws IllegalArgumentException if the range holds more than {@link #MAX_STEPS} steps
     */
    void steps(double lo, double hi, DoubleConsumer out);

    /**
     * Computes the count at each of several increasing request counts: the same as {@link #at} on each, which a
     * count summed over many profile hours may compute faster in one pass.
     *
     * @param increasing request counts in increasing order, each 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return the count at each
     */
    default long[] atEach(double[] increasing) {
        long[] counts = new long[increasing.length];
        for (int i = 0; i < increasing.length; i++) {
            counts[i] = at(increasing[i]);
        }
        return counts;
    }
}
