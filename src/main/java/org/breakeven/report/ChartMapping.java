package org.breakeven.report;

/**
 * Where a chart draws a point: the mapping from (requests per month, monthly cost) to SVG coordinates
 * in pixels, x to the right and y down, as the chart's axes place them.
 * <p>
 * The x axis is logarithmic: {@code x = left + width * (log10(n) - log10(from)) / (log10(to) - log10(from))}.
 * The cost axis is logarithmic or linear alike, with y growing downwards from {@code top}; on a log axis a
 * cost below {@code minCost} (such as zero) is drawn at {@code minCost}, along the bottom.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param left the x of the plot area's left edge, px
 * @param top the y of the plot area's top edge, px
 * @param width the plot area's width, px
 * @param height the plot area's height, px
 * @param fromRequestsPerMonth the requests at the left edge
 * @param toRequestsPerMonth the requests at the right edge
 * @param minCost the monthly cost at the bottom edge
 * @param maxCost the monthly cost at the top edge
 * @param logCost true if the cost axis is logarithmic
 */
public record ChartMapping(double left, double top, double width, double height, double fromRequestsPerMonth,
        double toRequestsPerMonth, double minCost, double maxCost, boolean logCost) {

    /**
     * Creates a mapping, checking that the axes have extent.
     *
     * @param left the plot area's left edge
     * @param top the plot area's top edge
     * @param width the plot area's width, greater than 0
     * @param height the plot area's height, greater than 0
     * @param fromRequestsPerMonth at least 1 (log axis)
     * @param toRequestsPerMonth above the left end
     * @param minCost the bottom cost, above 0 on a log axis
     * @param maxCost the top cost, above the bottom
     * @param logCost whether the cost axis is logarithmic
     */
    public ChartMapping {
        org.breakeven.bill.Checks.positive("width", width, "px");
        org.breakeven.bill.Checks.positive("height", height, "px");
        if (!(fromRequestsPerMonth >= 1 && toRequestsPerMonth > fromRequestsPerMonth)) {
            throw new IllegalArgumentException("the requests axis must run from at least 1 to a larger number but ran "
                    + fromRequestsPerMonth + " to " + toRequestsPerMonth);
        }
        if (!(maxCost > minCost) || logCost && !(minCost > 0)) {
            throw new IllegalArgumentException("the cost axis must run upwards" + (logCost ? " from above 0" : "")
                    + " but ran " + minCost + " to " + maxCost);
        }
    }

    /**
     * Computes the x coordinate of a number of requests.
     *
     * @param requestsPerMonth the month's requests, greater than 0
     * @return x in px
     */
    public double x(double requestsPerMonth) {
        double share = (Math.log10(requestsPerMonth) - Math.log10(fromRequestsPerMonth))
                / (Math.log10(toRequestsPerMonth) - Math.log10(fromRequestsPerMonth));
        return left + width * share;
    }

    /**
     * Computes the y coordinate of a monthly cost.
     *
     * @param monthlyCost the cost per month
     * @return y in px
     */
    public double y(double monthlyCost) {
        double share = logCost
                ? (Math.log10(Math.max(monthlyCost, minCost)) - Math.log10(minCost))
                        / (Math.log10(maxCost) - Math.log10(minCost))
                : (monthlyCost - minCost) / (maxCost - minCost);
        return top + height * (1 - share);
    }
}
