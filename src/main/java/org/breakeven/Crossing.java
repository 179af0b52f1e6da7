package org.breakeven;

import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import org.breakeven.bill.Format;
import org.breakeven.bill.Side;

/**
 * A point where the two bills cross, in whole requests.
 * <p>
 * {@link #requestsPerMonth()} is the first whole number of requests a month at which the side that was dearer
 * below is the cheaper one (ties go to Lambda, as in {@link Comparison#cheaper()}); {@link #exactRoot()}
 * keeps the real number at which the two straight bill segments meet, for those who want it.
 * <p>
 * Most crossings are continuous: the bills are equal at the exact root, to within a cent. A crossing
 * {@linkplain #atNodeStep() at a node step} is where the cluster adds a node and jumps from below Lambda's
 * bill to above it: the bills are not equal there, but the cheaper side changes from one request to the next.
 * <p>
 * A crossing at traffic where a side is {@linkplain #saturated() saturated} (see {@link Interval}) says so: the
 * bills cross there, but the saturated side cannot serve that traffic.
 * <pre>{@code
 * jshell> Breakeven.defaultScenario().solve().crossings().get(0)
 * $1 ==> 52.4M requests/month (52,411,544): Lambda cheaper below, cluster above
 * }</pre>
 * <p>
 * Both bills at the crossing are priced exactly on first use of {@link #bills()}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Crossing {

    private final long requestsPerMonth;
    private final double exactRoot;
    private final Side cheaperBelow;
    private final Side cheaperAbove;
    private final boolean atNodeStep;
    private final Set<Side> saturated;
    private final LongFunction<Comparison> pricing;
    private volatile Comparison bills;

    Crossing(long requestsPerMonth, double exactRoot, Side cheaperBelow, boolean atNodeStep,
            LongFunction<Comparison> pricing) {
        this(requestsPerMonth, exactRoot, cheaperBelow, atNodeStep, Set.of(), pricing);
    }

    Crossing(long requestsPerMonth, double exactRoot, Side cheaperBelow, boolean atNodeStep, Set<Side> saturated,
            LongFunction<Comparison> pricing) {
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("requestsPerMonth must be at least 0 requests/month but was: "
                    + requestsPerMonth);
        }
        if (!Double.isFinite(exactRoot) || exactRoot < 0) {
            throw new IllegalArgumentException("exactRoot must be a finite number of at least 0 requests/month but was: "
                    + exactRoot);
        }
        this.requestsPerMonth = requestsPerMonth;
        this.exactRoot = exactRoot;
        this.cheaperBelow = Objects.requireNonNull(cheaperBelow, "cheaperBelow");
        this.cheaperAbove = cheaperBelow.other();
        this.atNodeStep = atNodeStep;
        this.saturated = Set.copyOf(saturated);
        this.pricing = Objects.requireNonNull(pricing, "pricing");
    }

    /** Returns a copy with the sides saturated at the crossing. */
    Crossing withSaturated(Set<Side> sides) {
        Crossing copy = new Crossing(requestsPerMonth, exactRoot, cheaperBelow, atNodeStep, sides, pricing);
        copy.bills = bills;
        return copy;
    }

    /**
     * Gets the first whole number of requests a month at which {@link #cheaperAbove()} is the cheaper side.
     *
     * @return the requests per month, at least 0
     */
    public long requestsPerMonth() {
        return requestsPerMonth;
    }

    /**
     * Gets the real number of requests a month at which the bills' straight segments meet, or, at a node
     * step, where the cluster's node count steps up; {@link #requestsPerMonth()} is the first whole request
     * above it (or at it, when the side above wins ties).
     *
     * @return the exact root, not negative
     */
    public double exactRoot() {
        return exactRoot;
    }

    /**
     * Gets the side cheaper just below the crossing.
     *
     * @return the side
     */
    public Side cheaperBelow() {
        return cheaperBelow;
    }

    /**
     * Gets the side cheaper from the crossing up.
     *
     * @return the side
     */
    public Side cheaperAbove() {
        return cheaperAbove;
    }

    /**
     * Checks whether the crossing is a jump of the cluster's node count rather than a meeting of two lines.
     *
     * @return true at a node step
     */
    public boolean atNodeStep() {
        return atNodeStep;
    }

    /**
     * Gets the sides saturated at {@link #requestsPerMonth()}: their peak needs more than they have.
     *
     * @return the sides, empty for none, unmodifiable
     */
    public Set<Side> saturated() {
        return saturated;
    }

    /**
     * Gets both bills, exactly, at {@link #requestsPerMonth()}.
     *
     * @return the comparison
     */
    public Comparison bills() {
        Comparison value = bills;
        if (value == null) {
            value = pricing.apply(requestsPerMonth);
            bills = value;
        }
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Crossing other && requestsPerMonth == other.requestsPerMonth
                && Double.compare(exactRoot, other.exactRoot) == 0 && cheaperBelow == other.cheaperBelow
                && atNodeStep == other.atNodeStep && saturated.equals(other.saturated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestsPerMonth, exactRoot, cheaperBelow, atNodeStep, saturated);
    }

    /**
     * Outputs {@code 52.4M requests/month (52,411,544): Lambda cheaper below, cluster above}, adding
     * {@code (the cluster adds a node here)} at a node step and {@code (the cluster is saturated here)} where a
     * side is saturated.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String where = saturated.size() == 2 ? "both sides are" : saturated.contains(Side.CLUSTER) ? "the cluster is"
                : saturated.contains(Side.SERVERLESS) ? "Lambda is" : null;
        return Format.brief(requestsPerMonth) + " requests/month (" + Format.whole(requestsPerMonth) + "): "
                + cheaperBelow.label() + " cheaper below, " + cheaperAbove.label() + " above"
                + (atNodeStep ? " (the cluster adds a node here)" : "")
                + (where == null ? "" : " (" + where + " saturated here)");
    }
}
