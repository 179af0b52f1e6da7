package org.breakeven;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.stream.DoubleStream;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Format;
import org.breakeven.workload.RequestRange;

/**
 * Both compared bills as curves over a range of traffic, for a chart: log-spaced points, both sides of each
 * price tier, Provisioned Concurrency limit and node step (so that a step draws as a step), and each
 * crossing. Computed by the library from the same charges the solver uses; a chart only draws it.
 * <pre>{@code
 * jshell> Scenario s = Breakeven.defaultScenario();
 * jshell> CostCurves.of(s, RequestRange.logScale(1e4, 1e9))
 * $2 ==> CostCurves of 601 points from 10.0K to 1.0B requests/month
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CostCurves {

    /** The log-spaced points of a curve, before breakpoints and crossings are added. */
    public static final int LOG_SPACED_POINTS = 600;
    /** Above this many breakpoints in the range, only the log-spaced points and the crossings are drawn. */
    static final int MAX_BREAKPOINTS = 4000;
    /** How far either side of a breakpoint a point is placed, relative to it. */
    private static final double STEP_GAP = 1e-9;

    private final RequestRange range;
    private final double[] requests;
    private final double[] serverless;
    private final double[] cluster;

    private CostCurves(RequestRange range, double[] requests, double[] serverless, double[] cluster) {
        this.range = range;
        this.requests = requests;
        this.serverless = serverless;
        this.cluster = cluster;
    }

    /**
     * Computes both curves of a scenario over a range that starts at 1 request or more (a log scale).
     *
     * @param scenario the scenario
     * @param range the requests per month to draw, from at least 1
     * @return the curves
     */
    public static CostCurves of(Scenario scenario, RequestRange range) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(range, "range");
        double lo = range.fromRequestsPerMonth();
        double hi = range.toRequestsPerMonth();
        RequestRange.logScale(lo, hi);
        BillModel lambda = scenario.serverlessModel();
        BillModel nodes = scenario.clusterModel();
        // Keeps at most MAX_BREAKPOINTS + 1 of them: a range with node steps by the million costs no memory.
        double[] kept = new double[MAX_BREAKPOINTS + 1];
        int[] count = {0};
        DoubleConsumer breaks = b -> {
            if (count[0] < kept.length) {
                kept[count[0]++] = b;
            }
        };
        lambda.breakpoints(lo, hi, breaks);
        nodes.breakpoints(lo, hi, breaks);
        double[] breakpoints = Arrays.copyOf(kept, count[0]);
        DoubleStream.Builder xs = DoubleStream.builder();
        double logLo = Math.log10(lo);
        double step = (Math.log10(hi) - logLo) / (LOG_SPACED_POINTS - 1);
        for (int i = 0; i < LOG_SPACED_POINTS; i++) {
            xs.add(i == 0 ? lo : i == LOG_SPACED_POINTS - 1 ? hi : Math.pow(10, logLo + step * i));
        }
        if (breakpoints.length <= MAX_BREAKPOINTS) {
            for (double b : breakpoints) {
                xs.add(Math.max(lo, b * (1 - STEP_GAP)));
                xs.add(Math.min(hi, b * (1 + STEP_GAP)));
            }
        }
        for (Crossing crossing : scenario.solve().crossings()) {
            xs.add(Math.min(hi, Math.max(lo, crossing.requestsPerMonth())));
        }
        double[] x = xs.build().sorted().distinct().toArray();
        double[] s = new double[x.length];
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = lambda.comparableCost(x[i]);
            c[i] = nodes.comparableCost(x[i]);
        }
        return new CostCurves(range, x, s, c);
    }

    /**
     * Gets the range drawn.
     *
     * @return the range
     */
    public RequestRange range() {
        return range;
    }

    /**
     * Gets how many points each curve has.
     *
     * @return the count
     */
    public int size() {
        return requests.length;
    }

    /**
     * Gets the requests per month of each point, in increasing order.
     *
     * @return a copy of the points
     */
    public double[] requestsPerMonth() {
        return requests.clone();
    }

    /**
     * Gets the compared Lambda bill at each point (the lines the cluster does not pay too), unrounded.
     *
     * @return a copy of the costs per month
     */
    public double[] serverless() {
        return serverless.clone();
    }

    /**
     * Gets the cluster bill at each point, unrounded.
     *
     * @return a copy of the costs per month
     */
    public double[] cluster() {
        return cluster.clone();
    }

    /**
     * Gets the highest cost on either curve.
     *
     * @return the highest cost per month, 0 if both are 0 throughout
     */
    public double maxCost() {
        return Math.max(Arrays.stream(serverless).max().orElse(0), Arrays.stream(cluster).max().orElse(0));
    }

    /**
     * Gets the lowest cost above 0 on either curve.
     *
     * @return the lowest positive cost per month, or infinity if there is none
     */
    public double minPositiveCost() {
        return DoubleStream.concat(Arrays.stream(serverless), Arrays.stream(cluster)).filter(c -> c > 0).min()
                .orElse(Double.POSITIVE_INFINITY);
    }

    /**
     * Outputs {@code CostCurves of 601 points from 10.0K to 1.0B requests/month}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "CostCurves of " + requests.length + " points from " + Format.brief(range.fromRequestsPerMonth()) + " to "
                + Format.brief(range.toRequestsPerMonth()) + " requests/month";
    }
}
