package org.breakeven;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Format;
import org.breakeven.bill.Money;
import org.breakeven.bill.Side;
import org.breakeven.workload.RequestRange;

/**
 * Finds every point in a range of monthly requests where the Lambda and cluster bills cross.
 * <p>
 * Both bills are piecewise linear in requests: the Lambda bill bends at free-tier, volume-tier and
 * Provisioned Concurrency limits, and the cluster bill jumps where it adds a node. The solver takes the
 * union of those breakpoints, so that on each segment the difference of the bills is linear; it reads
 * the segment's line from two interior points and, where it changes sign, finds the root with
 * commons-math3's {@link BracketingNthOrderBrentSolver} (absolute accuracy 0.01 requests, at most
 * 100 evaluations; it converges at once on a line). A sign change across a breakpoint is reported as
 * a crossing there: a node step if the bills jump by more than half a cent. There is no grid scan.
 * <p>
 * Compared are the Lambda lines that the cluster does not pay too, against the whole cluster bill.
 * <p>
 * This class is immutable and thread-safe; each call makes its own commons-math solver.
 */
public final class BreakevenSolver {

    private static final double ABSOLUTE_ACCURACY = 0.01;
    private static final int MAX_EVALUATIONS = 100;
    private static final double HALF_CENT = 0.005;
    private static final double MILLION = 1e6;
    /** The most breakpoints one solve takes: about 16 MB of doubles and well under a second. */
    static final int MAX_BREAKPOINTS = 2_000_000;

    private BreakevenSolver() {
    }

    /**
     * Solves for every crossing in a range.
     *
     * @param serverless the Lambda bill model
     * @param cluster the cluster bill model
     * @param range the requests per month to search
     * @param currentRequests the workload's own requests per month, where both bills are shown
     * @param pricingVersion the pricing table version, recorded in the result
     * @param peakToAverageRatio the workload's ratio, named in the explanation
     * @return the result
     */
    public static BreakevenResult solve(BillModel serverless, BillModel cluster, RequestRange range, long currentRequests,
            String pricingVersion, double peakToAverageRatio) {
        double lo = range.fromRequestsPerMonth();
        double hi = range.toRequestsPerMonth();
        double[] points = breakpoints(serverless, cluster, lo, hi);

        // Walk the segments, splitting each at its root if the difference changes sign inside it.
        List<double[]> pieces = new ArrayList<>(); // {from, to, side (-1 Lambda cheaper, +1 cluster), valueFrom, valueTo}
        for (int i = 0; i + 1 < points.length; i++) {
            double a = points[i];
            double b = points[i + 1];
            double p = a + (b - a) * 0.25;
            double q = a + (b - a) * 0.75;
            double dp = difference(serverless, cluster, p);
            double dq = difference(serverless, cluster, q);
            double slope = (dq - dp) / (q - p);
            double da = dp - slope * (p - a);
            double db = dq + slope * (b - q);
            if (da < 0 && db > 0 || da > 0 && db < 0) {
                UnivariateFunction line = x -> dp + slope * (x - p);
                double root = new BracketingNthOrderBrentSolver(0, ABSOLUTE_ACCURACY, 5)
                        .solve(MAX_EVALUATIONS, line, a, b, AllowedSolution.ANY_SIDE);
                pieces.add(new double[] {a, root, Math.signum(da), da, 0});
                pieces.add(new double[] {root, b, Math.signum(db), 0, db});
            } else {
                double mid = dp + slope * ((a + b) / 2 - p);
                pieces.add(new double[] {a, b, mid > 0 ? 1 : -1, da, db});
            }
        }

        pieces = dropSlivers(pieces);
        List<Crossing> crossings = new ArrayList<>();
        List<Interval> intervals = new ArrayList<>();
        double start = lo;
        for (int i = 0; i < pieces.size(); i++) {
            double[] piece = pieces.get(i);
            boolean last = i == pieces.size() - 1;
            if (last || pieces.get(i + 1)[2] != piece[2]) {
                intervals.add(new Interval(start, piece[1], side(piece[2])));
                if (!last) {
                    double at = piece[1];
                    double[] next = pieces.get(i + 1);
                    boolean step = Math.abs(piece[4] - next[3]) > HALF_CENT;
                    crossings.add(new Crossing(at, side(piece[2]), side(next[2]), step,
                            compare(serverless, cluster, at)));
                    start = at;
                }
            }
        }
        Comparison current = compare(serverless, cluster, currentRequests);
        List<Crossing> found = List.copyOf(crossings);
        List<Interval> sides = List.copyOf(intervals);
        return new BreakevenResult(range, found, sides, current,
                () -> explain(serverless, cluster, lo, hi, found, sides, peakToAverageRatio), pricingVersion);
    }

    /**
     * Removes the inner pieces that hold no whole number of requests (a node step and a root that fall
     * between the same two integers), so that each reported crossing is a change of the cheaper side that
     * a whole number of requests can see; a crossing moves by less than one request. A piece covers
     * {@code (from, to]}, so it holds a whole number when {@code floor(to) > from}.
     */
    private static List<double[]> dropSlivers(List<double[]> pieces) {
        List<double[]> kept = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            double[] piece = pieces.get(i);
            boolean inner = i > 0 && i < pieces.size() - 1;
            if (inner && Math.floor(piece[1]) <= piece[0] && !kept.isEmpty()) {
                double[] previous = kept.get(kept.size() - 1);
                previous[1] = piece[1];
                continue;
            }
            kept.add(piece.clone());
        }
        return kept;
    }

    private static double[] breakpoints(BillModel serverless, BillModel cluster, double lo, double hi) {
        double[][] buffer = {new double[16]};
        int[] size = {0};
        java.util.function.DoubleConsumer add = x -> {
            if (size[0] == MAX_BREAKPOINTS) {
                throw new IllegalArgumentException("the range " + Format.brief(lo) + " to " + Format.brief(hi)
                        + " requests/month holds more than " + Format.whole(MAX_BREAKPOINTS) + " breakpoints (node steps and "
                        + "price tiers), too many to solve one by one: narrow the range or give each node more capacity");
            }
            if (size[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
            }
            buffer[0][size[0]++] = x;
        };
        add.accept(lo);
        add.accept(hi);
        serverless.breakpoints(lo, hi, add);
        cluster.breakpoints(lo, hi, add);
        double[] sorted = Arrays.copyOf(buffer[0], size[0]);
        Arrays.sort(sorted);
        int distinct = 0;
        for (double x : sorted) {
            if (distinct == 0 || x > sorted[distinct - 1]) {
                sorted[distinct++] = x;
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static double difference(BillModel serverless, BillModel cluster, double requests) {
        return serverless.comparableCost(requests) - cluster.comparableCost(requests);
    }

    private static Side side(double sign) {
        return sign > 0 ? Side.CLUSTER : Side.SERVERLESS;
    }

    private static Comparison compare(BillModel serverless, BillModel cluster, double requests) {
        BigDecimal n = BigDecimal.valueOf(requests);
        return new Comparison(n, serverless.bill(n), cluster.bill(n));
    }

    private static String explain(BillModel serverless, BillModel cluster, double lo, double hi, List<Crossing> crossings,
            List<Interval> intervals, double peakRatio) {
        double mid = lo + (hi - lo) / 2;
        double lambdaMarginal = (serverless.comparableCost(hi) - serverless.comparableCost(mid)) / (hi - mid) * MILLION;
        double clusterMarginal = (cluster.comparableCost(hi) - cluster.comparableCost(mid)) / (hi - mid) * MILLION;
        String currency = cluster.currency();
        String lambdaPerMillion = money(currency, lambdaMarginal) + " per million requests";
        String clusterPerMillion = money(currency, clusterMarginal) + " per million";
        String ratio = "at a peak-to-average ratio of " + trim(peakRatio);
        String base = money(currency, cluster.comparableCost(lo)) + "/month";
        if (!crossings.isEmpty()) {
            Crossing first = crossings.get(0);
            String text = first.cheaperBelow().label() + " is cheaper below " + Format.brief(first.requestsPerMonth())
                    + " requests/month: the cluster costs " + base + " at " + Format.brief(lo)
                    + " requests/month, and Lambda adds about " + lambdaPerMillion + " against the cluster's "
                    + clusterPerMillion + " (" + ratio + ").";
            if (crossings.size() > 1) {
                text += " The bills cross " + crossings.size() + " times in " + Format.brief(lo) + " to "
                        + Format.brief(hi) + " requests/month, where the cluster adds nodes.";
            }
            return text;
        }
        Side cheaper = intervals.get(0).cheaper();
        double gapAtHi = serverless.comparableCost(hi) - cluster.comparableCost(hi);
        if (cheaper == Side.SERVERLESS) {
            if (lambdaMarginal <= clusterMarginal) {
                return "Lambda is cheaper throughout and the bills never cross: Lambda's marginal cost, "
                        + lambdaPerMillion + ", is not above the cluster's, " + clusterPerMillion + " (" + ratio
                        + "), so the cluster's base of " + base + " is never recovered.";
            }
            double beyond = hi - gapAtHi / ((lambdaMarginal - clusterMarginal) / MILLION);
            return "Lambda is cheaper throughout " + Format.brief(lo) + " to " + Format.brief(hi)
                    + " requests/month. Its marginal cost, " + lambdaPerMillion + ", is above the cluster's, "
                    + clusterPerMillion + " (" + ratio + "), so the bills would cross near " + Format.brief(beyond)
                    + " requests/month, above the range.";
        }
        if (lambdaMarginal >= clusterMarginal) {
            return "The cluster is cheaper throughout and the bills never cross: even at " + Format.brief(lo)
                    + " requests/month Lambda's fixed costs exceed the cluster's " + base + ", and Lambda's marginal cost, "
                    + lambdaPerMillion + ", is not below the cluster's, " + clusterPerMillion + " (" + ratio + ").";
        }
        double beyond = hi + gapAtHi / ((clusterMarginal - lambdaMarginal) / MILLION);
        return "The cluster is cheaper throughout " + Format.brief(lo) + " to " + Format.brief(hi)
                + " requests/month, but Lambda's marginal cost, " + lambdaPerMillion + ", is below the cluster's, "
                + clusterPerMillion + " (" + ratio + "), so Lambda would become cheaper near " + Format.brief(beyond)
                + " requests/month, above the range.";
    }

    private static String money(String currency, double amount) {
        return Money.of(currency, BigDecimal.valueOf(amount)).toString();
    }

    private static String trim(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
