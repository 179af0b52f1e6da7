package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.function.DoubleConsumer;

/**
 * A cluster's node count as a function of the month's requests: constant, or rising in steps as
 * traffic grows.
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
     * Computes the node count exactly.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return the node count
     * @throws IllegalArgumentException if the requests are null, negative or above the maximum
     */
    long exact(BigDecimal requests);

    /**
     * Computes the node count in {@code double} arithmetic, for the solver.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return the node count
     * @throws IllegalArgumentException if the requests are NaN, negative or above the maximum
     */
    long at(double requests);

    /**
     * Reports the request counts in {@code (lo, hi)} at which one more node is needed just above.
     *
     * @param lo the low end of the range, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @param hi the high end of the range, {@code lo} to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @param out receives each step
     * @throws IllegalArgumentException if the range holds more than {@link #MAX_STEPS} steps
     */
    void steps(double lo, double hi, DoubleConsumer out);
}
