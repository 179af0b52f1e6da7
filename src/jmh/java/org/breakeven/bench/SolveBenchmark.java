package org.breakeven.bench;

import java.util.concurrent.TimeUnit;
import org.breakeven.bill.Bill;
import org.breakeven.bill.BillModel;
import org.breakeven.Breakeven;
import org.breakeven.BreakevenResult;
import org.breakeven.Scenario;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.workload.HourlyProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of the core operations on the built-in default scenario.
 * <pre>
 * mvn -q -Pbenchmarks -DskipTests package
 * java -jar target/benchmarks.jar SolveBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SolveBenchmark {

    private Scenario scenario;
    private BillModel serverless;
    private BillModel cluster;
    private Scenario weekAutoscaled;
    private Scenario distinctWeekAutoscaled;

    /**
     * Builds the default scenario and its two bill models once, and the default scenario on a 168-hour profile
     * with an autoscaled cluster: the {@code businessWeek} shape, and a week of 168 different weights (as a
     * measured CloudWatch export folds to), on t3.medium nodes autoscaled between 3 and 50 from 20 CPU-ms a
     * request at 60%, with 20% headroom and a one-hour scale-down delay.
     */
    @Setup
    public void setUp() {
        scenario = Breakeven.defaultScenario();
        serverless = scenario.serverlessModel();
        cluster = scenario.clusterModel();
        Cluster autoscaled = scenario.cluster().withNodes(NodeSizing.autoscaledByCpu(3, 50, 20, 0.6).withHeadroom(1.2)
                .withScaleDownDelayHours(1));
        weekAutoscaled = scenario.withWorkload(scenario.workload().withProfile(HourlyProfile.shape("businessWeek")))
                .withCluster(autoscaled);
        double[] week = new double[HourlyProfile.WEEK];
        for (int h = 0; h < week.length; h++) {
            // A day's sine with a weekend dip and a different figure in every hour.
            week[h] = 1000 + 600 * Math.sin((h % 24 - 9) * Math.PI / 12) * (h < 120 ? 1 : 0.4) + h;
        }
        distinctWeekAutoscaled = scenario.withWorkload(scenario.workload().withProfile(HourlyProfile.of(week)))
                .withCluster(autoscaled);
        weekAutoscaled.solve();
        distinctWeekAutoscaled.solve();
    }

    /**
     * One solve of the default scenario: both bill models, every crossing, both exact bills at the
     * crossing and at the workload's traffic.
     *
     * @return the result
     */
    /**
     * One solve of the default scenario: every crossing in 0 to 10B requests/month, in whole requests, with
     * the cheaper side on each interval. The scenario's two bill models were built by an earlier call and
     * are kept by the scenario; exact bills and the explanation are computed only when read.
     *
     * @return the result
     */
    @Benchmark
    public BreakevenResult solve() {
        return scenario.solve();
    }

    /**
     * One solve of a fresh copy of the default scenario: builds both bill models from the pricing table
     * (the decimal arithmetic of every charge) and then solves, as the first solve of each what-if does.
     *
     * @return the result
     */
    @Benchmark
    public BreakevenResult solveNewScenario() {
        return scenario.withRange(scenario.range()).solve();
    }

    /**
     * One solve, then its break-even in whole requests and the exact bills at the workload's traffic: what
     * {@code Breakeven.solve(s)} printed in JShell costs.
     *
     * @param hole receives the answer
     */
    @Benchmark
    public void solveAndPriceCurrent(Blackhole hole) {
        BreakevenResult result = scenario.solve();
        hole.consume(result.breakEven().requestsPerMonth());
        hole.consume(result.current());
    }

    /**
     * One solve of the default scenario on the {@code businessWeek} profile (168 hours) with an autoscaled
     * cluster: every crossing in 0 to 10B requests/month over the union of every hour's node steps. The bill
     * models were built by an earlier call and are kept by the scenario.
     *
     * @return the result
     */
    @Benchmark
    public BreakevenResult profileSolve() {
        return weekAutoscaled.solve();
    }

    /**
     * The same on a week of 168 different weights, the worst case for the node count: every hour its own
     * step function.
     *
     * @return the result
     */
    @Benchmark
    public BreakevenResult profileSolveDistinctHours() {
        return distinctWeekAutoscaled.solve();
    }

    @Benchmark
    public Bill exactServerlessBill() {
        return serverless.bill(52_411_544L);
    }

    /**
     * A sweep of both bills in double over 10,000 log-spaced points from 1 thousand to 10 billion requests.
     *
     * @param hole the sink
     */
    @Benchmark
    public void sweep10000Points(Blackhole hole) {
        double step = Math.log(1e10 / 1e3) / 9_999;
        for (int i = 0; i < 10_000; i++) {
            double requests = 1e3 * Math.exp(step * i);
            hole.consume(serverless.comparableCost(requests));
            hole.consume(cluster.comparableCost(requests));
        }
    }
}
