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
     * Computes the node count exactly.
     *
     * @param requests the month's requests, not negative
     * @return the node count
     */
    long exact(BigDecimal requests);

    /**
     * Computes the node count in {@code double} arithmetic, for the solver.
     *
     * @param requests the month's requests, not negative
     * @return the node count
     */
    long at(double requests);

    /**
     * Reports the request counts in {@code (lo, hi)} at which one more node is needed just above.
     *
     * @param lo the low end of the range
     * @param hi the high end of the range
     * @param out receives each step
     */
    void steps(double lo, double hi, DoubleConsumer out);
}
