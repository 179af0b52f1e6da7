package org.breakeven;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.breakeven.workload.RequestRange;

/**
 * The answer: where in a range of monthly requests the Lambda and cluster bills cross, which side is
 * cheaper on each interval, both bills at the workload's own traffic, and, when they do not cross, why.
 * <pre>{@code
 * jshell> Breakeven.solve(Breakeven.defaultScenario())
 * $1 ==> Lambda USD 3.53/month vs cluster USD ...
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param range the range searched
 * @param crossings every crossing in the range, in increasing order
 * @param intervals the cheaper side between consecutive crossings, covering the range
 * @param current both bills at the workload's requests per month
 * @param explanation why the answer is what it is, in a sentence or two
 * @param pricingVersion the pricing table version used, such as {@code aws/us-east-1@2024-11-01}
 */
public record BreakevenResult(RequestRange range, List<Crossing> crossings, List<Interval> intervals,
        Comparison current, String explanation, String pricingVersion) {

    /**
     * Creates a result.
     *
     * @param range the range
     * @param crossings the crossings
     * @param intervals the intervals
     * @param current the bills at the workload's traffic
     * @param explanation the explanation
     * @param pricingVersion the pricing version
     */
    public BreakevenResult {
        Objects.requireNonNull(range, "range");
        crossings = List.copyOf(crossings);
        intervals = List.copyOf(intervals);
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(pricingVersion, "pricingVersion");
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
