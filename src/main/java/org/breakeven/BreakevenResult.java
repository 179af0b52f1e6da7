package org.breakeven;


import org.breakeven.bill.Format;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.breakeven.workload.RequestRange;

/**
 * The answer: where in a range of monthly requests the Lambda and cluster bills cross, which side is
 * cheaper on each interval, both bills at the workload's own traffic, and, when they do not cross, why.
 * <pre>{@code
 * jshell> Breakeven.solve(Breakeven.defaultScenario())
 * $2 ==> Lambda USD 3.53/month vs cluster USD 180.62/month at 1,000,000 requests/month; break-even at 52.4M requests/month
 * }</pre>
 * <p>
 * The explanation is written on first use, since it evaluates both bills again at the range's ends.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BreakevenResult {

    private final RequestRange range;
    private final List<Crossing> crossings;
    private final List<Interval> intervals;
    private final Comparison current;
    private final String pricingVersion;
    private final Supplier<String> explain;
    private volatile String explanation;

    /**
     * Creates a result.
     *
     * @param range the range searched
     * @param crossings every crossing in the range, in increasing order
     * @param intervals the cheaper side between consecutive crossings, covering the range
     * @param current both bills at the workload's requests per month
     * @param explain writes why the answer is what it is, called at most once
     * @param pricingVersion the pricing table version used, such as {@code aws/us-east-1@2024-11-01}
     */
    public BreakevenResult(RequestRange range, List<Crossing> crossings, List<Interval> intervals, Comparison current,
            Supplier<String> explain, String pricingVersion) {
        this.range = Objects.requireNonNull(range, "range");
        this.crossings = List.copyOf(crossings);
        this.intervals = List.copyOf(intervals);
        this.current = Objects.requireNonNull(current, "current");
        this.explain = Objects.requireNonNull(explain, "explain");
        this.pricingVersion = Objects.requireNonNull(pricingVersion, "pricingVersion");
        if (this.intervals.isEmpty()) {
            throw new IllegalArgumentException("a result must have at least one interval");
        }
    }

    /**
     * Gets the range searched.
     *
     * @return the range
     */
    public RequestRange range() {
        return range;
    }

    /**
     * Gets every crossing in the range, in increasing order.
     *
     * @return the crossings, unmodifiable
     */
    public List<Crossing> crossings() {
        return crossings;
    }

    /**
     * Gets the cheaper side between consecutive crossings, covering the range.
     *
     * @return the intervals, unmodifiable
     */
    public List<Interval> intervals() {
        return intervals;
    }

    /**
     * Gets both bills at the workload's requests per month.
     *
     * @return the comparison
     */
    public Comparison current() {
        return current;
    }

    /**
     * Gets the pricing table version used.
     *
     * @return the version, such as {@code aws/us-east-1@2024-11-01}
     */
    public String pricingVersion() {
        return pricingVersion;
    }

    /**
     * Gets why the answer is what it is, in a sentence or two: the marginal cost per million requests of
     * each side and the cluster's base, and, without a crossing, where the bills would cross.
     *
     * @return the explanation
     */
    public String explanation() {
        String text = explanation;
        if (text == null) {
            text = explain.get();
            explanation = text;
        }
        return text;
    }

    /**
     * Gets the first crossing, the usual "break-even".
     *
     * @return the requests per month of the first crossing, or empty if the bills do not cross in range
     */
    public OptionalDouble breakEven() {
        return crossings.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(crossings.get(0).requestsPerMonth());
    }

    /**
     * Checks if the bills cross in the range.
     *
     * @return true if there is at least one crossing
     */
    public boolean crosses() {
        return !crossings.isEmpty();
    }

    /**
     * Outputs {@code Lambda USD 3.53/month vs cluster USD 107.10/month at 1,000,000 requests/month;
     * break-even at 30.3M requests/month}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(current.toString()).append("; ");
        if (crossings.isEmpty()) {
            text.append("no break-even in ").append(range).append(": ")
                    .append(intervals.get(0).cheaper().label()).append(" cheaper throughout");
        } else {
            text.append("break-even at ");
            for (int i = 0; i < crossings.size(); i++) {
                text.append(i == 0 ? "" : i == crossings.size() - 1 ? " and " : ", ")
                        .append(Format.brief(crossings.get(i).requestsPerMonth()));
            }
            text.append(" requests/month");
        }
        return text.toString();
    }
}
