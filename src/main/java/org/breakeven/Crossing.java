package org.breakeven;

import org.breakeven.bill.Checks;

import org.breakeven.bill.Format;
import org.breakeven.bill.Side;

import java.util.Objects;

/**
 * A point where the two bills cross.
 * <p>
 * Most crossings are continuous: the bills are equal there, to within a cent. A crossing
 * {@code atNodeStep} is where the cluster adds a node and jumps from below Lambda's bill to above it:
 * the bills are not equal there, but the cheaper side changes within one request.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param requestsPerMonth where the bills cross, to within one request
 * @param cheaperBelow the cheaper side just below
 * @param cheaperAbove the cheaper side just above
 * @param atNodeStep true if the crossing is a jump of the cluster's node count
 * @param bills both bills at the crossing
 */
public record Crossing(double requestsPerMonth, Side cheaperBelow, Side cheaperAbove, boolean atNodeStep,
        Comparison bills) {

    /**
     * Creates a crossing.
     *
     * @param requestsPerMonth the point
     * @param cheaperBelow the side cheaper below
     * @param cheaperAbove the side cheaper above
     * @param atNodeStep whether it is a node step
     * @param bills the bills there
     */
    public Crossing {
        Checks.nonNegative("requestsPerMonth", requestsPerMonth, "requests/month");
        Objects.requireNonNull(cheaperBelow, "cheaperBelow");
        Objects.requireNonNull(cheaperAbove, "cheaperAbove");
        Objects.requireNonNull(bills, "bills");
    }

    /**
     * Outputs {@code 52.1M requests/month: Lambda cheaper below, cluster above}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Format.brief(requestsPerMonth) + " requests/month (" + Format.whole(requestsPerMonth) + "): "
                + cheaperBelow.label() + " cheaper below, " + cheaperAbove.label() + " above"
                + (atNodeStep ? " (the cluster adds a node here)" : "");
    }
}
