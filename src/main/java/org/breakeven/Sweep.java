package org.breakeven;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.breakeven.bill.NodeCount;
import org.breakeven.cluster.ClusterModel;
import org.breakeven.workload.RequestRange;

/**
 * Both bills of a scenario at log-spaced numbers of requests, computed by the library and rendered by the
 * reports: the rows of the {@code compare} table and of the {@code sweep} CSV.
 * <pre>{@code
 * jshell> Sweep.of(Breakeven.defaultScenario(), 1e6, 1e9, 4, 3, i -> {}).get(1)
 * $1 ==> 10,000,000 requests/month: Lambda USD 35.33/month vs cluster USD 181.42/month with 3 nodes
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Sweep {

    private Sweep() {
    }

    /**
     * One row: both bills at one number of requests, and the cluster's node count there.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param bills both bills
     * @param nodes the cluster's node count at those requests: its peak over the profile's hours, if it is
     *     autoscaled
     */
    public record Point(Comparison bills, long nodes) {

        /**
         * Creates a point.
         *
         * @param bills both bills
         * @param nodes the node count, at least 0
         */
        public Point {
            Objects.requireNonNull(bills, "bills");
            if (nodes < 0) {
                throw new IllegalArgumentException("nodes must be at least 0 but was: " + nodes);
            }
        }

        /**
         * Gets the month's requests.
         *
         * @return the requests per month
         */
        public long requestsPerMonth() {
            return bills.requestsPerMonth().longValueExact();
        }

        /**
         * Outputs {@code 10,000,000 requests/month: Lambda USD 35.33/month vs cluster USD 181.42/month with 3 nodes}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return org.breakeven.bill.Format.whole(requestsPerMonth()) + " requests/month: Lambda "
                    + bills.serverless().comparableTotal() + "/month vs cluster " + bills.cluster().total()
                    + "/month with " + nodes + (nodes == 1 ? " node" : " nodes");
        }
    }

    /**
     * Computes both bills at {@code points} numbers of requests spaced evenly on a log scale from
     * {@code fromRequestsPerMonth} to {@code toRequestsPerMonth}, each rounded to
     * {@code significantDigits} digits (and to a whole request); points that round to the same number
     * are kept once.
     *
     * @param scenario the scenario
     * @param fromRequestsPerMonth the first point, at least 1
     * @param toRequestsPerMonth the last point, above the first
     * @param points how many points, 2 to 100,000
     * @param significantDigits the digits to keep, 1 to 15
     * @param progress receives the number of points done after each one
     * @return the points, in increasing order of requests
     */
    public static List<Point> of(Scenario scenario, double fromRequestsPerMonth, double toRequestsPerMonth, int points,
            int significantDigits, IntConsumer progress) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(progress, "progress");
        long[] requests = requests(fromRequestsPerMonth, toRequestsPerMonth, points, significantDigits);
        NodeCount nodes = ClusterModel.nodeCount(scenario.cluster(), scenario.pricing(), scenario.workload(),
                scenario.conventions());
        List<Point> result = new ArrayList<>(requests.length);
        for (long n : requests) {
            result.add(new Point(scenario.at(n), nodes.peak(BigDecimal.valueOf(n))));
            progress.accept(result.size());
        }
        return result;
    }

    /**
     * Chooses a range of requests to show a result in: from two decades below the lowest of the crossings
     * and the workload's own traffic to one decade above the highest, in whole decades, within the
     * range that was searched (and from at least 1 request, for a log scale).
     *
     * @param scenario the scenario, for its workload
     * @param result the scenario's result, for its crossings and search range
     * @return the range
     */
    public static RequestRange around(Scenario scenario, BreakevenResult result) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(result, "result");
        double rangeLo = Math.max(1, result.range().fromRequestsPerMonth());
        double rangeHi = result.range().toRequestsPerMonth();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Crossing crossing : result.crossings()) {
            min = Math.min(min, crossing.requestsPerMonth());
            max = Math.max(max, crossing.requestsPerMonth());
        }
        long current = scenario.workload().requestsPerMonth();
        if (current >= 1) {
            min = Math.min(min, current);
            max = Math.max(max, current);
        }
        double lo;
        double hi;
        if (max == 0) {
            lo = Math.max(rangeLo, rangeHi / 1e6);
            hi = rangeHi;
        } else {
            lo = Math.max(rangeLo, Math.pow(10, Math.floor(Math.log10(Math.max(min, 1))) - 2));
            hi = Math.min(rangeHi, Math.pow(10, Math.ceil(Math.log10(Math.max(max, 10))) + 1));
        }
        if (!(hi > lo * 10)) {
            hi = Math.min(Math.max(rangeHi, lo * 10), lo * 1000);
            lo = Math.max(1, Math.min(lo, hi / 1000));
        }
        return new RequestRange(lo, hi);
    }

    /**
     * Gets the numbers of requests that {@link #of} evaluates.
     *
     * @param fromRequestsPerMonth the first point, at least 1
     * @param toRequestsPerMonth the last point, above the first and at most 10^13
     * @param points how many points, 2 to 100,000
     * @param significantDigits the digits to keep, 1 to 15
     * @return the distinct request counts in increasing order
     */
    public static long[] requests(double fromRequestsPerMonth, double toRequestsPerMonth, int points,
            int significantDigits) {
        RequestRange.logScale(fromRequestsPerMonth, toRequestsPerMonth);
        if (points < 2 || points > 100_000) {
            throw new IllegalArgumentException("points must be between 2 and 100000 but was: " + points);
        }
        if (significantDigits < 1 || significantDigits > 15) {
            throw new IllegalArgumentException("significantDigits must be between 1 and 15 but was: " + significantDigits);
        }
        MathContext digits = new MathContext(significantDigits, RoundingMode.HALF_UP);
        double logFrom = Math.log10(fromRequestsPerMonth);
        double step = (Math.log10(toRequestsPerMonth) - logFrom) / (points - 1);
        TreeSet<Long> distinct = new TreeSet<>();
        for (int i = 0; i < points; i++) {
            double n = i == points - 1 ? toRequestsPerMonth : Math.pow(10, logFrom + step * i);
            distinct.add(new BigDecimal(n).round(digits).setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        return distinct.stream().mapToLong(Long::longValue).toArray();
    }
}
