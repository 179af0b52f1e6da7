package org.breakeven.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.breakeven.Breakeven;
import org.breakeven.Envelope;
import org.breakeven.Option;
import org.breakeven.Scenario;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.workload.RequestRange;
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

/**
 * Speed of the envelope of four options over the default range (0 to 10B requests/month).
 * <pre>
 * mvn -q -Pbenchmarks -DskipTests package
 * java -jar target/benchmarks.jar EnvelopeBenchmark -f 1 -wi 3 -w 2 -i 5 -r 2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnvelopeBenchmark {

    private List<Option> four;
    private RequestRange range;

    /**
     * Builds four options' bill models once: the default Lambda function behind API Gateway REST and behind an
     * HTTP API, the default three-node t3.medium cluster, and an m7g.large cluster autoscaled from 20 CPU-ms a
     * request at 60% between 2 and 200 nodes.
     */
    @Setup
    public void setUp() {
        Scenario s = Breakeven.defaultScenario();
        range = s.range();
        Scenario rest = s.withFunction(s.function().withDownstream(Downstream.items(
                DownstreamItem.of(DownstreamKind.API_GATEWAY_REST, 1))));
        Scenario http = s.withFunction(s.function().withDownstream(Downstream.items(
                DownstreamItem.of(DownstreamKind.API_GATEWAY_HTTP, 1))));
        Scenario m7g = s.withCluster(Cluster.of("m7g.large", NodeSizing.autoscaledByCpu(2, 200, 20, 0.6))
                .withLoadBalancers(LoadBalancers.alb(1)));
        four = List.of(Option.of("lambda-rest", rest.serverlessModel()), Option.of("lambda-http", http.serverlessModel()),
                Option.of("eks-t3", s.clusterModel()), Option.of("eks-m7g", m7g.clusterModel()));
    }

    /**
     * The envelope of the four: six two-way solves and the merge of their intervals into bands and switches;
     * the bill models were built in the set-up, gaps are priced only when read.
     *
     * @return the envelope
     */
    @Benchmark
    public Envelope envelopeOfFour() {
        return Envelope.of(four, range);
    }
}
