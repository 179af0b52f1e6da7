package org.breakeven;

import org.breakeven.bill.Quantity;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.FixedCost;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.serverless.Architecture;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input fails at once with a message that names the field, the value, the unit and the range. */
class ValidationTest {

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("negative requests", () -> Workload.of(-1),
                        "requestsPerMonth must be between 0 and 10000000000000 requests/month but was: -1"),
                bad("negative requests in a bill", () -> Breakeven.defaultScenario().at(-5),
                        "requestsPerMonth must be between 0 and 1000000000000000 requests/month but was: -5"),
                bad("memory 100 MB", () -> LambdaFunction.of(100, 200),
                        "memoryMb must be between 128 and 10240 MB but was: 100"),
                bad("memory 20,000 MB", () -> LambdaFunction.of(20_000, 200),
                        "memoryMb must be between 128 and 10240 MB but was: 20000"),
                bad("NaN duration", () -> LambdaFunction.of(256, Double.NaN),
                        "durationMs must be greater than 0 and at most 900000 ms but was: NaN"),
                bad("infinite duration", () -> LambdaFunction.of(256, Double.POSITIVE_INFINITY),
                        "durationMs must be greater than 0 and at most 900000 ms but was: Infinity"),
                bad("duration over 15 minutes", () -> LambdaFunction.of(256, 900_001),
                        "durationMs must be greater than 0 and at most 900000 ms but was: 900001"),
                bad("ephemeral storage 256 MB", () -> LambdaFunction.of(256, 200).withEphemeralStorageMb(256),
                        "ephemeralStorageMb must be between 512 and 10240 MB but was: 256"),
                bad("cold-start ratio above 1", () -> LambdaFunction.of(256, 200).withColdStarts(1.5, 100),
                        "coldStartRatio must be between 0 and 1 (fraction of invocations) but was: 1.5"),
                bad("zero per-node capacity", () -> NodeSizing.byCapacity(3, 0, 0.6),
                        "nodes.requestsPerSecondPerNode must be between 0.001 and 10000000 requests/s but was: 0"),
                bad("NaN target utilisation", () -> NodeSizing.byCpu(3, 10, Double.NaN),
                        "nodes.targetUtilisation must be between 0.01 and 1 (fraction) but was: NaN"),
                bad("zero fixed nodes", () -> NodeSizing.fixed(0), "nodes.fixed must be between 1 and 10000 nodes but was: 0"),
                bad("no HA minimum by capacity", () -> NodeSizing.byCapacity(0, 100, 0.6),
                        "nodes.minimum must be between 1 and 10000 nodes but was: 0"),
                bad("target utilisation above 1", () -> NodeSizing.byCapacity(3, 100, 1.5),
                        "nodes.targetUtilisation must be between 0.01 and 1 (fraction) but was: 1.5"),
                bad("no HA minimum by CPU", () -> NodeSizing.byCpu(0, 10, 0.6),
                        "nodes.minimum must be between 1 and 10000 nodes but was: 0"),
                bad("zero CPU time", () -> NodeSizing.byCpu(3, 0, 0.6),
                        "nodes.cpuMsPerRequest must be between 0.001 and 900000 CPU-ms but was: 0"),
                bad("peak below average", () -> new Workload(1, 0.5),
                        "peakToAverageRatio must be between 1 and 1000 (peak requests/s over average) but was: 0.5"),
                bad("negative FTE", () -> OpsHeadcount.of(-1, 150_000), "ops.fte must be between 0 and 1000 FTE but was: -1"),
                bad("PC without environments", () -> new ProvisionedConcurrency(0, 10, 1, 100),
                        "provisionedConcurrency.environments must be between 1 and 100000 environments but was: 0"),
                bad("PC all zero but its duration", () -> new ProvisionedConcurrency(0, 0, 0, 100),
                        "provisionedConcurrency.environments must be between 1 and 100000 environments but was: 0"),
                bad("PC share above 1", () -> new ProvisionedConcurrency(1, 10, 2, 100),
                        "provisionedConcurrency.shareOfRequests must be between 0 and 1 (fraction of requests) but was: 2"),
                bad("hours per month", () -> Conventions.DEFAULT.withHoursPerMonth(700),
                        "hoursPerMonth must be 720, 730 or 744 hours but was: 700"),
                bad("billing step", () -> Conventions.DEFAULT.withBillingGranularityMs(10),
                        "billingGranularityMs must be 1 or 100 ms but was: 10"),
                bad("empty range", () -> new RequestRange(10, 10),
                        "toRequestsPerMonth must be greater than fromRequestsPerMonth (10 requests/month) but was: 10"),
                bad("log-scale range from 0", () -> RequestRange.logScale(0, 1e9),
                        "fromRequestsPerMonth must be between 1 and 10000000000000 requests/month on a log scale but was: 0"),
                bad("request range text without its unit", () -> RequestRange.parse("0 to 10.0B"),
                        "a request range must read like 0 to 10.0B requests/month, or with exact ends like 52.4M to 10.0B"
                        + " requests/month (52,411,544 to 10,000,000,000), but was: 0 to 10.0B"),
                bad("money with its period", () -> org.breakeven.bill.Money.parse("USD 107.10/month"),
                        "money must read like USD 1,234.56, a currency code, a space and an amount with no period such as"
                        + " /month, but was: USD 107.10/month"),
                bad("short number that is not one", () -> org.breakeven.bill.Format.parseRequests("lots"),
                        "'lots' is not a number of requests such as 1000000, 1e6, 2.5M or 10K"),
                bad("fixed cost without a name", () -> org.breakeven.cluster.FixedCost.of(null, "10"),
                        "a fixed monthly cost needs a name, such as \"Monitoring\", but it was: missing"),
                bad("unknown instance type", () -> Breakeven.defaultScenario().withPricing(TestTables.usEast1())
                        .withCluster(Cluster.of("x9.huge", NodeSizing.fixed(1))),
                        "instanceType must be one of the 34 types in pricing table aws/us-east-1@2024-11-01 (c6g.large,"
                        + " c6g.medium, c6i.2xlarge, c6i.large, c6i.xlarge, c7g.2xlarge, c7g.large, c7g.xlarge, m5.2xlarge,"
                        + " m5.large, m5.xlarge, m6g.2xlarge, m6g.large, m6g.xlarge, m6i.2xlarge, m6i.4xlarge, m6i.large,"
                        + " m6i.xlarge, m7g.2xlarge, m7g.large, m7g.xlarge, m7i.2xlarge, m7i.large, m7i.xlarge, r6i.large,"
                        + " r6i.xlarge, r7g.large, r7g.xlarge, t3.large, t3.medium, t3.xlarge, t4g.large, t4g.medium,"
                        + " t4g.xlarge) but was: x9.huge"),
                bad("negative requests in a bill model", () -> Breakeven.defaultScenario().clusterModel().bill(-1),
                        "requestsPerMonth must be between 0 and 1000000000000000 requests/month but was: -1"),
                bad("negative fractional requests in a bill model", () -> Breakeven.defaultScenario().serverlessModel()
                        .bill(new BigDecimal("-0.5")), "requestsPerMonth must be between 0 and 1000000000000000 requests/month,"
                        + " with at most 20 decimal places, but was: -0.5"),
                bad("no requests in a bill model", () -> Breakeven.defaultScenario().serverlessModel()
                        .bill((BigDecimal) null), "requestsPerMonth must be given (in requests/month) but was missing"),
                bad("negative allowance", () -> Charge.of("Requests", Quantity.perRequest(BigDecimal.ONE), "requests",
                        Breakeven.defaultScenario().pricing().rate("lambda.requests"), new BigDecimal("-1"), false),
                        "allowance must be at least 0 requests but was: -1"),
                bad("crossing at negative requests", () -> new Crossing(-1, 0, Side.SERVERLESS, false, n -> null),
                        "requestsPerMonth must be at least 0 requests/month but was: -1"),
                bad("crossing at a NaN root", () -> new Crossing(1, Double.NaN, Side.SERVERLESS, false, n -> null),
                        "exactRoot must be a finite number of at least 0 requests/month but was: NaN"),
                bad("interval ending before it starts", () -> new Interval(10, 5, Side.CLUSTER),
                        "toRequestsPerMonth must not be below fromRequestsPerMonth (10 requests/month) but was: 5"),
                bad("result without intervals", () -> new BreakevenResult(RequestRange.DEFAULT, List.of(), List.of(),
                        () -> null, () -> null, "test"), "a result must have at least one interval"),
                bad("unknown architecture", () -> Architecture.of("riscv64"),
                        "architecture must be x86_64 or arm64 but was: riscv64"),
                bad("gateway load balancer", () -> new LoadBalancers("GWLB", 1, 1, 0),
                        "loadBalancers.type must be ALB or NLB but was: GWLB"),
                bad("blank fixed cost", () -> FixedCost.of(" ", "16"), "a fixed monthly cost needs a name, such as \"Monitoring\", but it was: blank"),
                bad("negative fixed cost", () -> FixedCost.of("Monitoring", "-16"),
                        "monthlyAmount of Monitoring must be between 0 and 1000000000 per month, with at most 10 decimal"
                        + " places, but was: -16"),
                bad("effect with neither result nor failure", () -> new PricingImpact.Effect("rate x",
                        Breakeven.defaultScenario().solve(), null, null),
                        "an effect must have either a result after the change or a failure, not neither"),
                bad("effect with both result and failure", () -> new PricingImpact.Effect("rate x",
                        Breakeven.defaultScenario().solve(), Breakeven.defaultScenario().solve(), "no rate x"),
                        "an effect must have either a result after the change or a failure, not both"));
    }

    private static Arguments bad(String name, Supplier<Object> call, String message) {
        return Arguments.of(Named.of(name, call), message);
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void constructor_badInput(Supplier<Object> call, String message) {
        assertThatThrownBy(call::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    /** The ends of each allowed set are allowed: 720 and 744 hours, 1 and 100 ms. */
    @org.junit.jupiter.api.Test
    void conventions_allowedValues() {
        assertThat(Conventions.DEFAULT.withHoursPerMonth(720).withBillingGranularityMs(100))
                .isEqualTo(new Conventions(720, 100)).hasToString("720 h/month, 100 ms billing");
        assertThat(Conventions.DEFAULT.withHoursPerMonth(744).hoursPerMonth()).isEqualTo(744);
    }
}
