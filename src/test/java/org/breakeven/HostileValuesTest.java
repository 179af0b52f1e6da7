package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.io.InputStream;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Format;
import org.breakeven.bill.Money;
import org.breakeven.bill.Side;
import org.breakeven.cluster.Cluster;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ServerlessModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.NodeCount;
import org.breakeven.bill.Quantity;
import org.breakeven.cluster.ClusterModel;
import org.breakeven.cluster.FixedCost;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, item 1 and 5: absurd numbers given to the domain types and the bills through the Java API fail at
 * once with the field, the value and the allowed range. Where an input used to hang or run out of memory, a
 * generous time bound guards the test.
 */
class HostileValuesTest {

    /** Far more than any check here needs; the inputs below used to take 18 s, minutes, or forever. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static final String REQUESTS = "requestsPerMonth must be between 0 and 1000000000000000 requests/month but"
            + " was: ";

    static Stream<Arguments> absurdDecimals() {
        return Stream.of(
                bad("a yearly FTE cost of 10^-999999999 (18 s and 5 GB before)",
                        () -> new OpsHeadcount(1, new BigDecimal("1e-999999999")),
                        "ops.loadedYearlyCostUsd must be between 0 and 10000000 per FTE-year, with at most 10 decimal"
                                + " places, but was: 1E-999999999"),
                bad("a yearly FTE cost above 10^7", () -> OpsHeadcount.of(1, 10_000_001),
                        "ops.loadedYearlyCostUsd must be between 0 and 10000000 per FTE-year, with at most 10 decimal"
                                + " places, but was: 10000001"),
                bad("a monthly amount of 10^300", () -> FixedCost.of("Monitoring", "1e300"),
                        "monthlyAmount of Monitoring must be between 0 and 1000000000 per month, with at most 10"
                                + " decimal places, but was: 1E+300"),
                bad("a monthly amount of 10^-999999999", () -> FixedCost.of("Monitoring", "1e-999999999"),
                        "monthlyAmount of Monitoring must be between 0 and 1000000000 per month, with at most 10"
                                + " decimal places, but was: 1E-999999999"),
                bad("a monthly amount of 2,000 digits, shortened in the message",
                        () -> FixedCost.of("Monitoring", "9".repeat(2000)),
                        "monthlyAmount of Monitoring must be between 0 and 1000000000 per month, with at most 10"
                                + " decimal places, but was: " + "9".repeat(40) + "... (2,000 characters)"),
                bad("a monthly amount with 11 decimal places", () -> FixedCost.of("Monitoring", "0.00000000001"),
                        "monthlyAmount of Monitoring must be between 0 and 1000000000 per month, with at most 10"
                                + " decimal places, but was: 0.00000000001"),
                bad("a monthly amount just above 10^9", () -> FixedCost.of("Monitoring", "1000000000.01"),
                        "monthlyAmount of Monitoring must be between 0 and 1000000000 per month, with at most 10"
                                + " decimal places, but was: 1000000000.01"),
                bad("exact requests of 10^-999999999", () -> Breakeven.defaultScenario().clusterModel()
                        .bill(new BigDecimal("1e-999999999")), "requestsPerMonth must be between 0 and"
                        + " 1000000000000000 requests/month, with at most 20 decimal places, but was: 1E-999999999"));
    }

    @ParameterizedTest
    @MethodSource("absurdDecimals")
    void decimal_absurd_failsAtOnce(Supplier<Object> call, String message) {
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(call::get)
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message));
    }

    /** The ends of each decimal range are allowed, with as many decimals as allowed. */
    @Test
    void decimal_endsOfTheRanges() {
        assertThat(FixedCost.of("Monitoring", "1000000000").monthlyAmount()).isEqualByComparingTo("1000000000");
        assertThat(FixedCost.of("Monitoring", "0.0000000001").monthlyAmount()).isEqualByComparingTo("1e-10");
        assertThat(OpsHeadcount.of(1000, 10_000_000).loadedYearlyCost()).isEqualByComparingTo("10000000");
        assertThat(new OpsHeadcount(1, new BigDecimal("150000.0000000000")).loadedYearlyCost())
                .isEqualByComparingTo("150000");
    }

    static Stream<Arguments> tinyNodes() {
        return Stream.of(
                bad("1e-300 requests/s per node (never returned before)", () -> NodeSizing.byCapacity(2, 1e-300, 1),
                        "nodes.requestsPerSecondPerNode must be between 0.001 and 10000000 requests/s but was: 1.0E-300"),
                bad("1e-300 utilisation (never returned before)", () -> NodeSizing.byCapacity(2, 100, 1e-300),
                        "nodes.targetUtilisation must be between 0.01 and 1 (fraction) but was: 1.0E-300"),
                bad("1e-300 CPU-ms per request", () -> NodeSizing.byCpu(2, 1e-300, 1),
                        "nodes.cpuMsPerRequest must be between 0.001 and 900000 CPU-ms but was: 1.0E-300"),
                bad("a utilisation just below 1%", () -> NodeSizing.byCpu(2, 10, 0.0099),
                        "nodes.targetUtilisation must be between 0.01 and 1 (fraction) but was: 0.0099"));
    }

    @ParameterizedTest
    @MethodSource("tinyNodes")
    void nodeSizing_tiny_failsAtOnce(Supplier<Object> call, String message) {
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(call::get)
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message));
    }

    /**
     * The smallest node allowed, 0.001 requests/s at 1% in a 720-hour month at a peak 1,000 times the average,
     * carries {@code 0.001 * 0.01 * 720 * 3600 / 1000 = 0.02592} requests a month: over 0 to 10^10 requests
     * that is about 3.9 * 10^11 node steps, refused before the first is counted, by the solver and by the
     * chart's curves alike.
     */
    @Test
    void nodeSteps_smallestNode_refusedAtOnce() {
        Scenario base = Breakeven.defaultScenario();
        Scenario scenario = base.withWorkload(new Workload(1_000_000, 1000))
                .withConventions(base.conventions().withHoursPerMonth(720))
                .withCluster(base.cluster().withNodes(NodeSizing.byCapacity(1, 0.001, 0.01)));
        String message = "the range 0 to 10.0B requests/month holds more than 2,000,000 node steps (one more node"
                + " every 0.0259 requests/month): narrow the range or give each node more capacity";

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThatThrownBy(scenario::solve).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
            assertThatThrownBy(() -> CostCurves.of(scenario, RequestRange.logScale(1, 1e10)))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message.replace("0 to 10.0B", "1 to 10.0B"));
        });
    }

    /**
     * A range just under the limit is walked, and the chart keeps no more breakpoints than it draws: 1 request/s
     * at a peak 1,000 times the average is one node per 1 * 730 * 3600 / 1000 = 2,628 requests, so 1 to 5 * 10^9
     * requests hold about 1.9 million steps; the chart's curves draw 1 to 10^9, some 380,000 steps.
     */
    @Test
    void nodeSteps_justUnderTheLimit_areWalked() {
        Scenario base = Breakeven.defaultScenario();
        Scenario scenario = base.withWorkload(new Workload(1_000_000, 1000))
                .withCluster(base.cluster().withNodes(NodeSizing.byCapacity(1, 1, 1)))
                .withRange(new RequestRange(1, 5e9));
        NodeCount nodes = ClusterModel.nodeCount(scenario.cluster(), scenario.pricing(), scenario.workload(),
                scenario.conventions());
        long[] count = {0};

        assertTimeoutPreemptively(HANG_GUARD, () -> nodes.steps(1, 5e9, x -> count[0]++));

        assertThat(count[0]).isEqualTo((long) Math.floor(5e9 / 2628));
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThat(CostCurves.of(scenario.withRange(new RequestRange(1,
                1e9)), RequestRange.logScale(1, 1e9)).size()).isLessThan(1000));
    }

    static Stream<Arguments> badRequests() {
        Scenario scenario = Breakeven.defaultScenario();
        BillModel lambda = scenario.serverlessModel();
        BillModel cluster = scenario.clusterModel();
        Charge charge = lambda.charges().get(0);
        Quantity quantity = Quantity.perRequest(BigDecimal.ONE);
        NodeCount nodes = ClusterModel.nodeCount(scenario.cluster(), scenario.pricing(), scenario.workload(),
                scenario.conventions());
        NodeCount traffic = ClusterModel.nodeCount(scenario.cluster().withNodes(NodeSizing.byCapacity(2, 100, 1)),
                scenario.pricing(), scenario.workload(), scenario.conventions());
        return Stream.of(
                bad("comparableCost(NaN), 0.0 before", () -> lambda.comparableCost(Double.NaN), REQUESTS + "NaN"),
                bad("comparableCost(-1e9), the cost at 0 before", () -> cluster.comparableCost(-1e9),
                        REQUESTS + "-1000000000"),
                bad("comparableCost(Infinity)", () -> lambda.comparableCost(Double.POSITIVE_INFINITY),
                        REQUESTS + "Infinity"),
                bad("comparableCost above 10^15", () -> lambda.comparableCost(2e15), REQUESTS + "2.0E15"),
                bad("bill(-1)", () -> lambda.bill(-1), REQUESTS + "-1"),
                bad("bill(Long.MAX_VALUE)", () -> lambda.bill(Long.MAX_VALUE), REQUESTS + "9223372036854775807"),
                bad("Scenario.at(-1)", () -> scenario.at(-1), REQUESTS + "-1"),
                bad("Charge.cost(NaN)", () -> charge.cost(Double.NaN), REQUESTS + "NaN"),
                bad("Charge.item(-1)", () -> charge.item(BigDecimal.ONE.negate(), "USD"), "requestsPerMonth must be"
                        + " between 0 and 1000000000000000 requests/month, with at most 20 decimal places, but was: -1"),
                bad("Quantity.at(-0.5)", () -> quantity.at(-0.5), REQUESTS + "-0.5"),
                bad("Quantity.exact(null)", () -> quantity.exact(null),
                        "requestsPerMonth must be given (in requests/month) but was missing"),
                bad("fixed NodeCount.at(NaN)", () -> nodes.at(Double.NaN), REQUESTS + "NaN"),
                bad("traffic NodeCount.at(NaN)", () -> traffic.at(Double.NaN), REQUESTS + "NaN"),
                bad("traffic NodeCount.exact(-1)", () -> traffic.exact(BigDecimal.ONE.negate()), "requestsPerMonth"
                        + " must be between 0 and 1000000000000000 requests/month, with at most 20 decimal places, but"
                        + " was: -1"),
                bad("breakpoints from NaN", () -> {
                    lambda.breakpoints(Double.NaN, 10, x -> { });
                    return null;
                }, REQUESTS + "NaN"),
                bad("breakpoints from 10 down to 5", () -> {
                    cluster.breakpoints(10, 5, x -> { });
                    return null;
                }, "the high end of a range must not be below its low end (10 requests/month) but was: 5"),
                bad("traffic steps over a NaN range", () -> {
                    traffic.steps(0, Double.NaN, x -> { });
                    return null;
                }, "the range 0 to NaN requests/month holds more than 2,000,000 node steps (one more node every"
                        + " 262,800,000 requests/month): narrow the range or give each node more capacity"),
                bad("Sweep from NaN", () -> Sweep.of(scenario, Double.NaN, 1e9, 10, 3, i -> { }),
                        "fromRequestsPerMonth must be between 0 and 10000000000000 requests/month but was: NaN"),
                bad("CostCurves over no range", () -> CostCurves.of(scenario, new RequestRange(0, 1e9)),
                        "fromRequestsPerMonth must be between 1 and 10000000000000 requests/month on a log scale but"
                                + " was: 0"));
    }

    /** Every public method that takes requests refuses NaN, negative, infinite and absurd ones. */
    @ParameterizedTest
    @MethodSource("badRequests")
    void requests_bad_fail(Supplier<Object> call, String message) {
        assertThatThrownBy(call::get).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    /** The ends of the requests a bill takes: 0 and 10^15. */
    @Test
    void requests_endsOfTheRange() {
        BillModel lambda = Breakeven.defaultScenario().serverlessModel();

        assertThat(lambda.comparableCost(0)).isZero();
        assertThat(lambda.comparableCost(1e15)).isPositive();
        assertThat(lambda.bill(BillModel.MAX_REQUESTS_PER_MONTH).requestsPerMonth()).isEqualByComparingTo("1e15");
    }

    private static Arguments bad(String name, Supplier<Object> call, String message) {
        return Arguments.of(Named.of(name, call), message);
    }

    static Stream<Arguments> nullArguments() {
        Scenario s = Breakeven.defaultScenario();
        Cluster cluster = s.cluster();
        LambdaFunction function = s.function();
        return Stream.of(
                npe("Breakeven.solve", () -> Breakeven.solve(null), "scenario"),
                npe("BreakEven.sentence", () -> BreakEven.sentence(null), "crossing"),
                npe("Scenario.withWorkload", () -> s.withWorkload(null), "workload"),
                npe("Scenario.withFunction", () -> s.withFunction(null), "function"),
                npe("Scenario.withCluster", () -> s.withCluster(null), "cluster"),
                npe("Scenario.withPricing", () -> s.withPricing(null), "pricing"),
                npe("Scenario.withConventions", () -> s.withConventions(null), "conventions"),
                npe("Scenario.withRange", () -> s.withRange(null), "range"),
                npe("Sweep.around", () -> Sweep.around(s, null), "result"),
                npe("Sweep.of", () -> Sweep.of(null, 1, 10, 2, 3, i -> { }), "scenario"),
                npe("CostCurves.of", () -> CostCurves.of(s, null), "range"),
                npe("WhatIf.of", () -> WhatIf.of(s, null, x -> x), "change"),
                npe("ScenarioFile.read(Path)", () -> ScenarioFile.read(null), "file"),
                npe("ScenarioFile.read(InputStream)", () -> ScenarioFile.read(null, "s.json", null), "in"),
                npe("ScenarioFile.read without a name", () -> ScenarioFile.read(InputStream.nullInputStream(), null,
                        null), "name"),
                npe("Bill.item", () -> s.at(1).serverless().item(null), "name"),
                npe("Money.usd", () -> Money.usd(null), "amount"),
                npe("Money.plus", () -> Money.usd("1").plus(null), "other"),
                npe("Format.cents", () -> Format.cents(null), "amount"),
                npe("Format.plain", () -> Format.plain(null), "value"),
                npe("Quantity.grossCostOf", () -> Quantity.grossCostOf(null), "charges"),
                npe("Quantity.steps", () -> Quantity.steps(BigDecimal.ONE, null), "nodes"),
                npe("BillModel", () -> new BillModel(Side.SERVERLESS, "USD", null), "charges"),
                npe("Cluster.of", () -> Cluster.of(null, NodeSizing.fixed(1)), "instanceType"),
                npe("Cluster.withNodes", () -> cluster.withNodes(null), "nodes"),
                npe("Cluster.withLoadBalancers", () -> cluster.withLoadBalancers(null), "loadBalancers"),
                npe("Cluster.withOps", () -> cluster.withOps(null), "ops"),
                npe("Cluster.withFixedCosts", () -> cluster.withFixedCosts(null), "fixedCosts"),
                npe("ClusterModel.billModel", () -> ClusterModel.billModel(cluster, null, s.workload(),
                        s.conventions()), "table"),
                npe("ClusterModel.nodeCount", () -> ClusterModel.nodeCount(null, s.pricing(), s.workload(),
                        s.conventions()), "cluster"),
                npe("NodeSizing.nodeCount", () -> NodeSizing.fixed(1).nodeCount(null, s.workload(), s.conventions()),
                        "type"),
                npe("FixedCost.of", () -> FixedCost.of("x", null), "monthlyAmount"),
                npe("OpsHeadcount", () -> new OpsHeadcount(1, null), "loadedYearlyCost"),
                npe("LambdaFunction.withArchitecture", () -> function.withArchitecture(null), "architecture"),
                npe("LambdaFunction.withProvisionedConcurrency", () -> function.withProvisionedConcurrency(null),
                        "provisioned"),
                npe("LambdaFunction.withDownstream", () -> function.withDownstream(null), "downstream"),
                npe("ServerlessModel.billModel", () -> ServerlessModel.billModel(function, s.pricing(), null),
                        "conventions"),
                npe("Downstream", () -> new Downstream(null, 0, false), "items"),
                npe("Downstream.items", () -> Downstream.items((DownstreamItem[]) null), "items"),
                npe("DownstreamItem.of", () -> DownstreamItem.of(null, 1), "kind"),
                npe("RequestRange.parse", () -> RequestRange.parse(null), "text"));
    }

    /** Every public entry of the root, bill, serverless, cluster and workload packages names a null argument. */
    @ParameterizedTest
    @MethodSource("nullArguments")
    void publicEntry_null_namesTheParameter(Supplier<Object> call, String parameter) {
        assertThatThrownBy(call::get).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
    }

    private static Arguments npe(String name, Supplier<Object> call, String parameter) {
        return Arguments.of(Named.of(name, call), parameter);
    }
}
