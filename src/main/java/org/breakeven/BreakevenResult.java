package org.breakeven;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.breakeven.workload.RequestRange;

/**
 * The answer: where in a range of monthly requests the Lambda and cluster bills cross, which side is
 * cheaper on each interval, both bills at the workload's own traffic, and, when they do not cross, why.
 * <pre>{@code
 * jshell> Breakeven.solve(Breakeven.defaultScenario())
 * $2 ==> Lambda USD 3.53/month vs cluster USD 180.62/month at 1,000,000 requests/month; break-even at 52.4M requests/month (52,411,544)
 * }</pre>
 * <p>
 * The exact bills at the workload's traffic and at each crossing, and the explanation, are computed on
 * first use: a solve itself is done in {@code double} arithmetic on the same charges.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BreakevenResult {

    private final List<Crossing> crossings;
    private final List<Interval> intervals;
    private final Supplier<Comparison> pricing;
    private final String pricingVersion;
    private final BreakEven breakEven;
    private volatile Comparison current;

    BreakevenResult(RequestRange range, List<Crossing> crossings, List<Interval> intervals,
            Supplier<Comparison> current, Supplier<Marginals> marginals, String pricingVersion) {
        this.crossings = List.copyOf(crossings);
        this.intervals = List.copyOf(intervals);
        this.pricing = Objects.requireNonNull(current, "current");
        this.pricingVersion = Objects.requireNonNull(pricingVersion, "pricingVersion");
        if (this.intervals.isEmpty()) {
            throw new IllegalArgumentException("a result must have at least one interval");
        }
        this.breakEven = new BreakEven(range, this.crossings, this.intervals.get(0).cheaper(), marginals);
    }

    /**
     * Gets the range searched.
     *
     * @return the range
     */
    public RequestRange range() {
        return breakEven.range();
    }

    /**
     * Gets every crossing in the range, in increasing order of requests.
     *
     * @return the crossings, unmodifiable
     */
    public List<Crossing> crossings() {
        return crossings;
    }

    /**
     * Gets the cheaper side between consecutive crossings, covering every whole request count of the range.
     *
     * @return the intervals, unmodifiable
     */
    public List<Interval> intervals() {
        return intervals;
    }

    /**
     * Gets both bills, exactly, at the workload's requests per month.
     *
     * @return the comparison
     */
    public Comparison current() {
        Comparison value = current;
        if (value == null) {
            value = pricing.get();
            current = value;
        }
        return value;
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
     * Gets the break-even: the first crossing in whole requests, or why there is none in the range.
     *
     * @return the break-even
     */
    public BreakEven breakEven() {
        return breakEven;
    }

    /**
     * Gets why the answer is what it is; the same as {@code breakEven().why()}.
     *
     * @return the explanation
     */
    public String explanation() {
        return breakEven.why();
    }

    /**
     * Checks if the bills cross in the range.
     *
     * @return true if there is at least one crossing
     */
    public boolean crosses() {
        return breakEven.exists();
    }

    /**
     * Outputs {@code Lambda USD 3.53/month vs cluster USD 180.62/month at 1,000,000 requests/month;
     * break-even at 52.4M requests/month (52,411,544)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return current() + "; " + breakEven.summary();
    }
}
