package org.breakeven.bench;

import java.util.concurrent.TimeUnit;
import org.breakeven.bill.Bill;
import org.breakeven.bill.BillModel;
import org.breakeven.Breakeven;
import org.breakeven.BreakevenResult;
import org.breakeven.Scenario;
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

    /** Builds the default scenario and its two bill models once. */
    @Setup
    public void setUp() {
        scenario = Breakeven.defaultScenario();
        serverless = scenario.serverlessModel();
        cluster = scenario.clusterModel();
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
