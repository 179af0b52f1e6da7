package org.breakeven;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Format;
import org.breakeven.bill.Side;
import org.breakeven.workload.RequestRange;

/**
 * Finds every point in a range of monthly requests where the Lambda and cluster bills cross.
 * <p>
 * Both bills are piecewise linear in requests: the Lambda bill bends at free-tier, volume-tier and
 * Provisioned Concurrency limits, and the cluster bill jumps where it adds a node. The solver takes the
 * union of those breakpoints, so that on each segment the difference of the bills is a straight line; it
 * reads the line from two interior points (a quarter and three quarters of the way, so that a jump at either
 * end does not disturb it) and, where the line changes sign inside the segment, takes its root in closed
 * form, {@code p - d(p) / slope}: no iterative root finder is needed on a line the solver drew itself. A
 * sign change across a breakpoint is reported as a crossing there: a node step if the bills jump by more
 * than half a cent. There is no grid scan. Both bills never fall as requests rise, so a run of segments on
 * which one bill's lowest value is above the other's highest has one cheaper side throughout: such runs are
 * settled from the bills at their ends, and only the segments near a crossing are read (see {@code Segments}),
 * which gives the same result as reading every one.
 * <p>
 * Each crossing is then put in whole requests: the first whole number of requests at which the side that
 * was dearer below is cheaper, by the same {@code double} evaluation of the same charges (ties go to
 * Lambda). A change of side that no whole request sees (a piece narrower than one request between two
 * integers) cancels out with the change back, so every interval of the result holds at least one whole
 * request count and the crossings strictly increase.
 * <p>
 * Compared are the Lambda lines that the cluster does not pay too, against the whole cluster bill
 * ({@link Comparison}). Exact bills (decimals) are priced only when a caller asks for them.
 * <p>
 * This class is immutable and thread-safe.
 */
final class BreakevenSolver {

    private static final double HALF_CENT = 0.005;
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
    static BreakevenResult solve(BillModel serverless, BillModel cluster, RequestRange range, long currentRequests,
            String pricingVersion, double peakToAverageRatio) {
        return solve(serverless, cluster, range, currentRequests, pricingVersion, peakToAverageRatio, true);
    }

    /**
     * Solves one pair of bills for {@link Envelope}: every crossing in whole requests and the cheaper on each
     * interval, the first model as {@link Side#SERVERLESS} (ties go to it), the second as {@link Side#CLUSTER}.
     * The result's current comparison is priced at the range's first whole request, if ever read.
     *
     * @param first the first model
     * @param second the second model
     * @param range the requests per month to search
     * @return the result
     */
    static BreakevenResult pair(BillModel first, BillModel second, RequestRange range) {
        return solve(first, second, range, (long) Math.ceil(range.fromRequestsPerMonth()), "", 1, true);
    }

    /**
     * Solves, reading each segment's line ({@code bound} false), or only the segments that the bills' bounds
     * do not settle ({@code bound} true, what {@link #solve(BillModel, BillModel, RequestRange, long, String,
     * double)} does): the two give the same result, which a test checks.
     */
    static BreakevenResult solve(BillModel serverless, BillModel cluster, RequestRange range, long currentRequests,
            String pricingVersion, double peakToAverageRatio, boolean bound) {
        double lo = range.fromRequestsPerMonth();
        double hi = range.toRequestsPerMonth();
        double[] points = breakpoints(serverless, cluster, lo, hi);
        Segments segments = new Segments(serverless, cluster, points);
        if (bound) {
            segments.scan(0, points.length - 1);
        } else {
            segments.read(0, points.length - 1);
        }
        Pieces pieces = segments.pieces;

        long first = (long) Math.ceil(lo);
        long last = Math.max(first, (long) Math.floor(hi));
        List<Crossing> crossings = new ArrayList<>();
        List<Interval> intervals = new ArrayList<>();
        long start = first;
        Side side = side(pieces.clusterCheaper[0]);
        boolean skipNext = false;
        for (int i = 0; i + 1 < pieces.size; i++) {
            if (pieces.clusterCheaper[i + 1] == pieces.clusterCheaper[i]) {
                continue;
            }
            if (skipNext) {
                skipNext = false;
                continue;
            }
            double at = pieces.to[i];
            Side below = side(pieces.clusterCheaper[i]);
            Side above = below.other();
            long n = firstWhole(serverless, cluster, at, above);
            if (n < 0) {
                // The side above is cheaper at no whole request near the crossing: a piece narrower than one
                // request between two integers, or at the end of the range. It and the crossing back cancel out.
                skipNext = true;
                continue;
            }
            if (n <= start) {
                // No whole request lies between this crossing and the one before (or the range's start): the
                // side above already holds at start, so the two crossings cancel out.
                if (crossings.isEmpty()) {
                    side = above;
                } else {
                    crossings.remove(crossings.size() - 1);
                    Interval previous = intervals.remove(intervals.size() - 1);
                    start = previous.fromRequestsPerMonth();
                    side = previous.cheaper();
                }
                continue;
            }
            if (n > last) {
                break;
            }
            boolean step = Math.abs(pieces.valueTo[i] - pieces.valueFrom[i + 1]) > HALF_CENT;
            intervals.add(new Interval(start, n - 1, side));
            crossings.add(new Crossing(n, at, below, step, whole -> Comparison.of(serverless, cluster, whole)));
            start = n;
            side = above;
        }
        intervals.add(new Interval(start, last, side));
        Side cheaperAtTop = side;
        return new BreakevenResult(range, crossings, intervals,
                () -> Comparison.of(serverless, cluster, currentRequests),
                () -> Marginals.of(serverless, cluster, range, cheaperAtTop, peakToAverageRatio), pricingVersion);
    }

    /**
     * The first whole request count at or after {@code floor(at)} where {@code above} is the cheaper side,
     * by the same evaluation the segments came from. A continuous root r gives floor(r) + 1 when Lambda is
     * cheaper below (the cluster must be strictly cheaper) and ceil(r) when the cluster is (ties go to
     * Lambda); a node step reported at x, where the count rises just above x, gives floor(x) + 1. Returns -1
     * when the side above is cheaper at none of floor(at) to floor(at) + 2.
     */
    private static long firstWhole(BillModel serverless, BillModel cluster, double at, Side above) {
        long base = (long) Math.floor(at);
        for (long n = base; n <= base + 2; n++) {
            // On a breakpoint that is a whole number, a node count in double may already hold the node that the
            // exact count adds only above it, and the breakpoint itself may be a rounding away from the whole
            // number (974,094,479.99999994 for 974,094,480): within that rounding, the exact bills decide.
            boolean onBreakpoint = Math.abs(n - at) <= 1e-12 * Math.abs(at) + 1e-9;
            Side side = onBreakpoint ? Comparison.of(serverless, cluster, n).cheaper()
                    : Comparison.cheaperFor(Comparison.fastDifference(serverless, cluster, n));
            if (side == above) {
                return n;
            }
        }
        return -1;
    }

    private static Side side(boolean clusterCheaper) {
        return clusterCheaper ? Side.CLUSTER : Side.SERVERLESS;
    }

    /**
     * Reads the difference of the bills on each segment between consecutive breakpoints into {@link Pieces}.
     * <p>
     * Both bills never fall as requests rise, so over a run of segments from {@code x} to {@code y} the
     * difference is at least {@code lambda(x) - cluster(y)} and at most {@code lambda(y) - cluster(x)}. Where
     * either bound settles the sign with a margin far above the rounding of a {@code double} bill, every
     * segment of the run is that side's, without a root: {@link #scan} then reads only the segments at each
     * end of the run (up to the first and back to the last that holds a whole request, which are the only ones
     * a crossing next to the run can read its values from) and adds the others with their side and no values.
     * Otherwise it halves the run. A node count summed over a week's hours can have thousands of steps, of
     * which only those near a crossing need reading.
     */
    private static final class Segments {
        /** Runs of at most this many segments are read whole. */
        private static final int LEAF = 8;
        /** A bound settles a side only by more than this, in currency units, plus 10^-12 of the bills. */
        private static final double MARGIN = 1e-6;

        private final BillModel serverless;
        private final BillModel cluster;
        private final double[] points;
        private final double[] lambdaAt;
        private final double[] clusterAt;
        final Pieces pieces;

        Segments(BillModel serverless, BillModel cluster, double[] points) {
            this.serverless = serverless;
            this.cluster = cluster;
            this.points = points;
            this.lambdaAt = new double[points.length];
            this.clusterAt = new double[points.length];
            Arrays.fill(lambdaAt, Double.NaN);
            Arrays.fill(clusterAt, Double.NaN);
            this.pieces = new Pieces(2 * points.length);
        }

        /** Reads the segments from point {@code i} to point {@code j}, settling runs by their bounds. */
        void scan(int i, int j) {
            if (j - i <= LEAF) {
                read(i, j);
                return;
            }
            double lambdaLo = lambda(i);
            double clusterHi = cluster(j);
            if (lambdaLo - clusterHi > margin(lambdaLo, clusterHi)) {
                settled(i, j, true);
                return;
            }
            double clusterLo = cluster(i);
            double lambdaHi = lambda(j);
            if (clusterLo - lambdaHi > margin(clusterLo, lambdaHi)) {
                settled(i, j, false);
                return;
            }
            int mid = (i + j) >>> 1;
            scan(i, mid);
            scan(mid, j);
        }

        private static double margin(double x, double y) {
            return MARGIN + 1e-12 * (Math.abs(x) + Math.abs(y));
        }

        /** Adds a run whose side the bounds settle: its end segments read, the others with the side only. */
        private void settled(int i, int j, boolean clusterCheaper) {
            int first = i;
            while (first < j - 1 && sliver(first)) {
                first++;
            }
            int last = j - 1;
            while (last > first && sliver(last)) {
                last--;
            }
            read(i, first + 1);
            for (int k = first + 1; k < last; k++) {
                pieces.add(points[k], points[k + 1], clusterCheaper, Double.NaN, Double.NaN);
            }
            read(Math.max(first + 1, last), j);
        }

        /** Whether the segment from point {@code k} holds no whole request. */
        private boolean sliver(int k) {
            return Math.floor(points[k + 1]) <= points[k];
        }

        private double lambda(int k) {
            if (Double.isNaN(lambdaAt[k])) {
                lambdaAt[k] = serverless.comparableCost(points[k]);
            }
            return lambdaAt[k];
        }

        private double cluster(int k) {
            if (Double.isNaN(clusterAt[k])) {
                clusterAt[k] = cluster.comparableCost(points[k]);
            }
            return clusterAt[k];
        }

        /**
         * Reads each segment from point {@code i} to point {@code j}: the difference's line from two interior
         * points, a quarter and three quarters of the way, and its root where it changes sign inside.
         */
        void read(int i, int j) {
            for (int k = i; k < j; k++) {
                double a = points[k];
                double b = points[k + 1];
                double p = a + (b - a) * 0.25;
                double q = a + (b - a) * 0.75;
                if (!(a < p && p < q && q < b)) {
                    // Too narrow for two doubles inside (node steps of several hours a few ulps apart): the
                    // difference is one value there, read in the middle; a segment with no double inside is none.
                    double m = a + (b - a) * 0.5;
                    if (a < m && m < b) {
                        double d = Comparison.fastDifference(serverless, cluster, m);
                        pieces.add(a, b, d > 0, d, d);
                    }
                    continue;
                }
                double dp = Comparison.fastDifference(serverless, cluster, p);
                double dq = Comparison.fastDifference(serverless, cluster, q);
                double slope = (dq - dp) / (q - p);
                double da = dp - slope * (p - a);
                double db = dq + slope * (b - q);
                if (da < 0 && db > 0 || da > 0 && db < 0) {
                    double root = Math.min(b, Math.max(a, p - dp / slope));
                    pieces.add(a, root, da > 0, da, 0);
                    pieces.add(root, b, db > 0, 0, db);
                } else {
                    pieces.add(a, b, dp + slope * ((a + b) / 2 - p) > 0, da, db);
                }
            }
        }
    }

    /** The segments and their halves, in parallel arrays: no object per piece on the solve path. */
    private static final class Pieces {
        double[] to;
        double[] valueFrom;
        double[] valueTo;
        boolean[] clusterCheaper;
        int size;

        Pieces(int capacity) {
            to = new double[capacity];
            valueFrom = new double[capacity];
            valueTo = new double[capacity];
            clusterCheaper = new boolean[capacity];
        }

        void add(double a, double b, boolean clusterIsCheaper, double da, double db) {
            to[size] = b;
            clusterCheaper[size] = clusterIsCheaper;
            valueFrom[size] = da;
            valueTo[size] = db;
            size++;
        }
    }

    private static double[] breakpoints(BillModel serverless, BillModel cluster, double lo, double hi) {
        Breakpoints add = new Breakpoints(lo, hi);
        add.accept(lo);
        add.accept(hi);
        serverless.breakpoints(lo, hi, add);
        cluster.breakpoints(lo, hi, add);
        return add.sortedDistinct();
    }

    private static final class Breakpoints implements DoubleConsumer {
        private final double lo;
        private final double hi;
        private double[] buffer = new double[16];
        private int size;

        Breakpoints(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public void accept(double x) {
            if (size == MAX_BREAKPOINTS) {
                throw new IllegalArgumentException("the range " + Format.brief(lo) + " to " + Format.brief(hi)
                        + " requests/month holds more than " + Format.whole(MAX_BREAKPOINTS) + " breakpoints (node steps "
                        + "and price tiers), too many to solve one by one: narrow the range or give each node more capacity");
            }
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = x;
        }

        double[] sortedDistinct() {
            double[] sorted = Arrays.copyOf(buffer, size);
            Arrays.sort(sorted);
            int distinct = 0;
            for (double x : sorted) {
                if (distinct == 0 || x > sorted[distinct - 1]) {
                    sorted[distinct++] = x;
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }
}
