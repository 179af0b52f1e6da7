package org.breakeven.report;


import org.breakeven.workload.RequestRange;

/**
 * What a break-even chart shows: the requests per month on its log x axis, whether its cost axis is
 * logarithmic, and its size in pixels.
 * <pre>{@code
 * jshell> ChartSettings.DEFAULT.withRange(1e6, 1e9).withLinearCost()
 * $1 ==> chart of 1.0M to 1.0B requests/month, linear cost axis, 1000 x 620 px
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromRequestsPerMonth the left end of the x axis, at least 1, or 0 with {@code toRequestsPerMonth} 0
 *     to choose the range from the answer
 * @param toRequestsPerMonth the right end of the x axis, above the left end and at most 10^13, or 0
 * @param logCost true for a logarithmic cost axis, false for a linear one from 0
 * @param widthPx the width, 300 to 4,000 px
 * @param heightPx the height, 200 to 3,000 px
 */
public record ChartSettings(double fromRequestsPerMonth, double toRequestsPerMonth, boolean logCost, int widthPx,
        int heightPx) {

    /** A 1000 x 620 px chart with a log cost axis and a range chosen from the answer. */
    public static final ChartSettings DEFAULT = new ChartSettings(0, 0, true, 1000, 620);

    /**
     * Creates settings, checking each value.
     *
     * @param fromRequestsPerMonth at least 1, or 0 for automatic
     * @param toRequestsPerMonth above the left end, or 0 for automatic
     * @param logCost whether the cost axis is logarithmic
     * @param widthPx 300 to 4,000
     * @param heightPx 200 to 3,000
     */
    public ChartSettings {
        boolean automatic = fromRequestsPerMonth == 0 && toRequestsPerMonth == 0;
        if (!automatic) {
            RequestRange.logScale(fromRequestsPerMonth, toRequestsPerMonth);
        }
        org.breakeven.bill.Checks.between("widthPx", widthPx, 300, 4000, "px");
        org.breakeven.bill.Checks.between("heightPx", heightPx, 200, 3000, "px");
    }

    /**
     * Checks if the x axis range is chosen from the answer.
     *
     * @return true if automatic
     */
    public boolean automaticRange() {
        return fromRequestsPerMonth == 0 && toRequestsPerMonth == 0;
    }

    /**
     * Returns a copy with a fixed x axis range.
     *
     * @param from the left end, at least 1 request/month
     * @param to the right end, above the left end
     * @return the copy
     */
    public ChartSettings withRange(double from, double to) {
        return new ChartSettings(from, to, logCost, widthPx, heightPx);
    }

    /**
     * Returns a copy with a linear cost axis from 0.
     *
     * @return the copy
     */
    public ChartSettings withLinearCost() {
        return new ChartSettings(fromRequestsPerMonth, toRequestsPerMonth, false, widthPx, heightPx);
    }

    /**
     * Returns a copy with another size.
     *
     * @param width 300 to 4,000 px
     * @param height 200 to 3,000 px
     * @return the copy
     */
    public ChartSettings withSize(int width, int height) {
        return new ChartSettings(fromRequestsPerMonth, toRequestsPerMonth, logCost, width, height);
    }

    /**
     * Outputs {@code chart of 1.0M to 1.0B requests/month, log cost axis, 1000 x 620 px}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "chart of " + (automaticRange() ? "an automatic range of"
                : org.breakeven.bill.Format.brief(fromRequestsPerMonth) + " to "
                        + org.breakeven.bill.Format.brief(toRequestsPerMonth))
                + " requests/month, " + (logCost ? "log" : "linear") + " cost axis, " + widthPx + " x " + heightPx + " px";
    }
}
