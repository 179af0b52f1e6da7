package org.breakeven.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.breakeven.Alternative;
import org.breakeven.Breakeven;
import org.breakeven.Envelope;
import org.breakeven.Option;
import org.breakeven.Scenario;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.Fargate;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.serverless.FrontDoor;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ManagedInstances;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;
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
    private List<Option> fourWays;
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
        // examples/four-ways.yaml, priced by the table of 2026-10-01, the first with these options' rates.
        PricingTable t26 = PricingTables.version("aws", "us-east-1", "2026-10-01");
        LoadBalancers alb = new LoadBalancers("ALB", 1, 100, 2);
        Scenario ways = s.withPricing(t26).withWorkload(new Workload(3_000_000_000L, 1.5))
                .withFunction(LambdaFunction.of(1024, 40))
                .withCluster(Cluster.of("m7g.large", NodeSizing.autoscaledByCpu(2, 200, 8, 0.65)).withLoadBalancers(alb));
        ways = ways.withAlternatives(List.of(
                new Alternative.OnDemandLambda("lambda-http", ways.function(), FrontDoor.API_GATEWAY_HTTP),
                new Alternative.OnManagedInstances("lmi-alb", new ManagedInstances("m7g.xlarge", 1,
                        ManagedInstances.Concurrency.perVcpu(5), 3, 10_000, 0.65, FrontDoor.alb(alb)), 40),
                new Alternative.OnFargate("ecs-fargate", Fargate.ecs(1, 2, NodeSizing.autoscaledByCapacity(2, 10_000, 125,
                        0.65)).withArchitecture("arm64").withLoadBalancers(alb)),
                new Alternative.OnCluster("eks-m7g", ways.cluster())));
        fourWays = ways.options();
    }

    /**
     * The envelope of examples/four-ways.yaml's four options (Lambda behind an HTTP API, Managed Instances behind
     * an ALB, ECS on Fargate, EKS on m7g nodes), bill models built in the set-up.
     *
     * @return the envelope
     */
    @Benchmark
    public Envelope envelopeOfFourWays() {
        return Envelope.of(fourWays, range);
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
