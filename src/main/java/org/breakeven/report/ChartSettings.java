package org.breakeven.report;

import java.util.Objects;
import java.util.Optional;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Format;
import org.breakeven.workload.RequestRange;

/**
 * What a break-even chart shows: the requests per month on its log x axis (a range of its own, or one
 * chosen from the answer), whether its cost axis is logarithmic, and its size in pixels.
 * <pre>{@code
 * jshell> ChartSettings.DEFAULT.withRange(1e6, 1e9).withLinearCost()
 * $1 ==> chart of 1.0M to 1.0B requests/month, linear cost axis, 1000 x 620 px
 * jshell> ChartSettings.DEFAULT.withRange(0, 0)
 * |  Exception java.lang.IllegalArgumentException: toRequestsPerMonth must be greater than fromRequestsPerMonth (0 requests/month) but was: 0
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param range the x axis, a range on a log scale ({@link RequestRange#logScale}), or empty to choose it from
 *     the answer ({@link org.breakeven.Sweep#around})
 * @param logCost true for a logarithmic cost axis, false for a linear one from 0
 * @param widthPx the width, 300 to 4,000 px
 * @param heightPx the height, 200 to 3,000 px
 */
public record ChartSettings(Optional<RequestRange> range, boolean logCost, int widthPx, int heightPx) {

    /** A 1000 x 620 px chart with a log cost axis and a range chosen from the answer. */
    public static final ChartSettings DEFAULT = new ChartSettings(Optional.empty(), true, 1000, 620);

    /**
     * Creates settings, checking each value.
     *
     * @param range the x axis, starting at 1 request/month or more, or empty for automatic
     * @param logCost whether the cost axis is logarithmic
     * @param widthPx 300 to 4,000
     * @param heightPx 200 to 3,000
     */
    public ChartSettings {
        Objects.requireNonNull(range, "range");
        range.ifPresent(r -> RequestRange.logScale(r.fromRequestsPerMonth(), r.toRequestsPerMonth()));
        Checks.between("widthPx", widthPx, 300, 4000, "px");
        Checks.between("heightPx", heightPx, 200, 3000, "px");
    }

    /**
     * Checks if the x axis range is chosen from the answer.
     *
     * @return true if automatic
     */
    public boolean automaticRange() {
        return range.isEmpty();
    }

    /**
     * Returns a copy with a fixed x axis range. No pair of numbers means "automatic": that is
     * {@link #withAutomaticRange()}.
     *
     * @param from the left end, 1 to 10^13 requests/month
     * @param to the right end, above the left end and at most 10^13
     * @return the copy
     * @throws IllegalArgumentException if the range is not valid on a log scale
     */
    public ChartSettings withRange(double from, double to) {
        return withRange(RequestRange.logScale(from, to));
    }

    /**
     * Returns a copy with a fixed x axis range.
     *
     * @param value the range, starting at 1 request/month or more
     * @return the copy
     * @throws IllegalArgumentException if the range starts below 1
     */
    public ChartSettings withRange(RequestRange value) {
        return new ChartSettings(Optional.of(Objects.requireNonNull(value, "value")), logCost, widthPx, heightPx);
    }

    /**
     * Returns a copy whose x axis range is chosen from the answer.
     *
     * @return the copy
     */
    public ChartSettings withAutomaticRange() {
        return new ChartSettings(Optional.empty(), logCost, widthPx, heightPx);
    }

    /**
     * Returns a copy with a linear cost axis from 0.
     *
     * @return the copy
     */
    public ChartSettings withLinearCost() {
        return new ChartSettings(range, false, widthPx, heightPx);
    }

    /**
     * Returns a copy with another size.
     *
     * @param width 300 to 4,000 px
     * @param height 200 to 3,000 px
     * @return the copy
     */
    public ChartSettings withSize(int width, int height) {
        return new ChartSettings(range, logCost, width, height);
    }

    /**
     * Outputs {@code chart of 1.0M to 1.0B requests/month, log cost axis, 1000 x 620 px}, or
     * {@code chart of an automatic range of requests/month, ...}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "chart of " + range.map(r -> Format.brief(r.fromRequestsPerMonth()) + " to "
                + Format.brief(r.toRequestsPerMonth())).orElse("an automatic range of")
                + " requests/month, " + (logCost ? "log" : "linear") + " cost axis, " + widthPx + " x " + heightPx + " px";
    }
}
