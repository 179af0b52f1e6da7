package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.breakeven.bill.BillModel;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;

/**
 * Invariants of hourly profiles and autoscaled clusters over generated scenarios: a flat profile changes
 * nothing, autoscaling never costs more node-hours than sizing for the peak, bills never fall as traffic rises,
 * the fast and exact bills agree, and the solver stays exact over the union of every hour's node steps.
 */
class HourlyPropertiesTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal MICRO = new BigDecimal("0.000001");
    private static final RequestRange RANGE = new RequestRange(0, 1e9);

    @Provide
    Arbitrary<HourlyProfile> profiles() {
        Arbitrary<HourlyProfile> shapes = Arbitraries.of(HourlyProfile.shapeNames()).map(HourlyProfile::shape);
        Arbitrary<HourlyProfile> days = Arbitraries.integers().between(0, 100).array(int[].class).ofSize(24)
                .map(HourlyPropertiesTest::profile);
        Arbitrary<HourlyProfile> weeks = Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(168)
                .map(HourlyPropertiesTest::profile);
        return Arbitraries.oneOf(shapes, days, weeks);
    }

    /** A profile of the given weights, with hour 0 at 1 if all are 0. */
    private static HourlyProfile profile(int[] weights) {
        double[] w = Arrays.stream(weights).asDoubleStream().toArray();
        if (Arrays.stream(weights).allMatch(x -> x == 0)) {
            w[0] = 1;
        }
        return HourlyProfile.of(w);
    }

    private static Arbitrary<LambdaFunction> functions() {
        return Combinators.combine(Arbitraries.integers().between(128, 3008), Arbitraries.doubles().between(1, 3000),
                Arbitraries.of(0.0, 3.0)).as((m, d, x) -> LambdaFunction.of(m, d).withDownstream(Downstream.multiplier(x)));
    }

    private static final List<String> TYPES = List.of("t3.medium", "m5.large", "c7g.large", "m6i.4xlarge", "r7g.xlarge");

    /** Autoscaled clusters of any shape, and staircases that climb at nearly Lambda's rate so that steps cross it. */
    @Provide
    Arbitrary<Scenario> autoscaled() {
        Arbitrary<NodeSizing.Autoscaled> sizing = Combinators.combine(Arbitraries.integers().between(1, 6),
                Arbitraries.of(10_000, 8, 40), Arbitraries.doubles().between(5, 2000), Arbitraries.doubles().between(0.3, 1),
                Arbitraries.doubles().between(1, 2), Arbitraries.integers().between(0, 5))
                .as((min, max, rps, util, headroom, delay) -> NodeSizing.autoscaledByCapacity(min, Math.max(min, max), rps,
                        util).withHeadroom(headroom).withScaleDownDelayHours(delay));
        Arbitrary<Scenario> general = Combinators.combine(functions(), Arbitraries.of(TYPES), sizing, profiles(),
                Arbitraries.doubles().between(1, 3), Arbitraries.integers().between(0, 1))
                .as((f, t, s, p, ratio, lb) -> Breakeven.defaultScenario().withFunction(f)
                        .withCluster(Cluster.of(t, s).withLoadBalancers(LoadBalancers.alb(lb)).withStorageGbPerNode(20))
                        .withWorkload(new Workload(1_000_000, ratio, p)).withRange(RANGE));
        Arbitrary<Scenario> staircases = Combinators.combine(functions(), Arbitraries.of(TYPES),
                Arbitraries.doubles().between(0.9, 0.999).ofScale(4), Arbitraries.integers().between(1, 5), profiles(),
                Arbitraries.integers().between(0, 3)).as((f, t, closeness, min, p, delay) -> {
                    Scenario base = Breakeven.defaultScenario().withFunction(f)
                            .withWorkload(Workload.of(1_000_000).withProfile(p)).withRange(RANGE);
                    double lambdaPerRequest = base.serverlessModel().comparableCost(1e6) / 1e6;
                    double price = base.pricing().instance(t).hourlyPrice().doubleValue();
                    // Node-hours are about N / (requests per node-hour): so many requests a node-hour cost the
                    // cluster about what Lambda charges for them.
                    double rps = price / (lambdaPerRequest * closeness) / 3600;
                    return base.withCluster(Cluster.of(t, NodeSizing.autoscaledByCapacity(min, 10_000, rps, 1)
                            .withScaleDownDelayHours(delay)).withControlPlanes(0, false));
                });
        return Arbitraries.oneOf(general, staircases);
    }

    /** Peak-sized and fixed clusters on flat traffic, as BillPropertiesTest generates them. */
    @Provide
    Arbitrary<Scenario> flatModels() {
        Arbitrary<NodeSizing> sizing = Arbitraries.oneOf(Arbitraries.integers().between(1, 20).map(NodeSizing::fixed),
                Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.doubles().between(5, 2000),
                        Arbitraries.doubles().between(0.3, 1)).as(NodeSizing::byCapacity));
        return Combinators.combine(functions(), Arbitraries.of(TYPES), sizing, Arbitraries.doubles().between(1, 10))
                .as((f, t, s, ratio) -> Breakeven.defaultScenario().withFunction(f)
                        .withCluster(Cluster.of(t, s).withLoadBalancers(LoadBalancers.alb(1)).withStorageGbPerNode(20))
                        .withWorkload(new Workload(1_000_000, ratio)).withRange(RANGE));
    }

    private static void assertSameAnswer(Scenario actual, Scenario expected, long requests) {
        assertThat(actual.clusterModel().bill(requests).exactTotal().amount())
                .isEqualByComparingTo(expected.clusterModel().bill(requests).exactTotal().amount());
        BreakevenResult a = actual.solve();
        BreakevenResult e = expected.solve();
        assertThat(a.crossings()).extracting(Crossing::requestsPerMonth)
                .containsExactlyElementsOf(e.crossings().stream().map(Crossing::requestsPerMonth).toList());
        assertThat(a.intervals()).isEqualTo(e.intervals());
    }

    /**
     * A flat profile is the flat model: any flat profile of 24 or 168 hours gives the same bills and break-even
     * as no profile; and an autoscaled cluster on flat traffic (no headroom, no maximum in reach) is the
     * peak-sized cluster of the same capacity, minimum and utilisation, whatever its scale-down delay.
     */
    @Property(tries = 150)
    void flatProfile_sameBillsAndBreakEvenAsTheFlatModel(@ForAll("flatModels") Scenario scenario,
            @ForAll @LongRange(max = 1_000_000_000L) long requests, @ForAll boolean week) {
        Scenario flat = scenario.withWorkload(scenario.workload().withProfile(flatOf(week ? 168 : 24, 3)));
        assertSameAnswer(flat, scenario, requests);

        if (scenario.cluster().nodes() instanceof NodeSizing.ByCapacity peak) {
            Scenario autoscaled = flat.withCluster(scenario.cluster().withNodes(NodeSizing.autoscaledByCapacity(
                    peak.minimumNodes(), 10_000, peak.requestsPerSecondPerNode(), peak.targetUtilisation())
                    .withScaleDownDelayHours((int) (requests % 5))));
            assertSameAnswer(autoscaled, scenario, requests);
        }
    }

    private static HourlyProfile flatOf(int hours, double weight) {
        double[] w = new double[hours];
        Arrays.fill(w, weight);
        return HourlyProfile.of(w);
    }

    /**
     * Autoscaled node-hours never exceed peak-sized node-hours with the same capacity, minimum and utilisation:
     * every hour's count is at most the busiest hour's, which is the peak-sized count (up to the maximum).
     */
    @Property(tries = 300)
    void autoscaledNodeHours_neverExceedPeakSized(@ForAll("profiles") HourlyProfile profile,
            @ForAll @LongRange(max = 10_000_000_000L) long requests) {
        Scenario base = Breakeven.defaultScenario().withWorkload(Workload.of(1_000_000).withProfile(profile));
        Scenario peak = base.withCluster(Cluster.of("m6i.large", NodeSizing.byCpu(2, 20, 0.6)));
        Scenario scaled = base.withCluster(Cluster.of("m6i.large", NodeSizing.autoscaledByCpu(2, 10_000, 20, 0.6)
                .withScaleDownDelayHours((int) (requests % 7))));

        assertThat(scaled.nodesByHour(requests).nodeHours()).isLessThanOrEqualTo(peak.nodesByHour(requests).nodeHours());
        assertThat(scaled.nodesByHour(requests).peak()).isEqualTo(Math.min(10_000, peak.nodesByHour(requests).peak()));
        assertThat(scaled.clusterModel().bill(requests).exactTotal().amount())
                .isLessThanOrEqualTo(peak.clusterModel().bill(requests).exactTotal().amount());
    }

    @Property(tries = 300)
    void autoscaledBill_neverFallsWhenRequestsRise(@ForAll("autoscaled") Scenario scenario,
            @ForAll @LongRange(max = 10_000_000_000L) long requests, @ForAll @LongRange(max = 1_000_000_000L) long more) {
        BillModel cluster = scenario.clusterModel();
        assertThat(cluster.bill(requests + more).exactTotal()).isGreaterThanOrEqualTo(cluster.bill(requests).exactTotal());
        assertThat(scenario.nodesByHour(requests + more).nodeHours())
                .isGreaterThanOrEqualTo(scenario.nodesByHour(requests).nodeHours());
    }

    /** The autoscaled cluster bill's double form agrees with its exact line items: one NodeCount, two evaluations. */
    @Property(tries = 300)
    void autoscaledComparableCost_agreesWithExactBill(@ForAll("autoscaled") Scenario scenario,
            @ForAll @LongRange(max = 10_000_000_000L) long requests) {
        BillModel model = scenario.clusterModel();
        double fast = model.comparableCost(requests);
        double exact = model.bill(requests).exactTotal().amount().doubleValue();
        assertThat(fast).isCloseTo(exact, within(1e-9 * Math.max(1, exact)));
        assertThat(model.bill(requests).items().get(0).quantity())
                .isEqualByComparingTo(scenario.nodesByHour(requests).nodeHours());
    }

    /**
     * Settling runs of segments by the bills' bounds gives exactly what reading every segment gives: the same
     * crossings (whole request, exact root, sides, node step or not) and the same intervals, on autoscaled
     * clusters and on fixed and peak-sized ones.
     */
    @Property(tries = 200)
    void solve_boundsGiveTheSameResultAsReadingEverySegment(@ForAll("boundedOrNot") Scenario scenario) {
        BreakevenResult bounded = BreakevenSolver.solve(scenario.serverlessModel(), scenario.clusterModel(),
                scenario.range(), 0, "test", 1, true);
        BreakevenResult read = BreakevenSolver.solve(scenario.serverlessModel(), scenario.clusterModel(),
                scenario.range(), 0, "test", 1, false);
        Statistics.collect(bounded.crosses());
        Statistics.coverage(c -> c.check(true).percentage(p -> p > 5));

        assertThat(bounded.crossings()).hasSameSizeAs(read.crossings());
        for (int i = 0; i < read.crossings().size(); i++) {
            Crossing b = bounded.crossings().get(i);
            Crossing r = read.crossings().get(i);
            assertThat(List.of(b.requestsPerMonth(), b.exactRoot(), b.cheaperBelow(), b.atNodeStep()))
                    .as("crossing %d", i).isEqualTo(List.of(r.requestsPerMonth(), r.exactRoot(), r.cheaperBelow(),
                            r.atNodeStep()));
        }
        assertThat(bounded.intervals()).isEqualTo(read.intervals());
    }

    @Provide
    Arbitrary<Scenario> boundedOrNot() {
        return Arbitraries.oneOf(autoscaled(), flatModels(), autoscaled().map(s -> s.withRange(new RequestRange(0, 1e10))));
    }

    @Property(tries = 150)
    void solve_billsAgreeWithinACentAtEachContinuousCrossing(@ForAll("autoscaled") Scenario scenario) {
        List<Crossing> crossings = scenario.solve().crossings();
        Statistics.label("continuous crossing").collect(crossings.stream().anyMatch(c -> !c.atNodeStep()));
        Statistics.label("node-step crossing").collect(crossings.stream().anyMatch(Crossing::atNodeStep));
        Statistics.label("continuous crossing").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("node-step crossing").coverage(c -> c.check(true).percentage(p -> p > 1));
        for (Crossing crossing : crossings) {
            if (!crossing.atNodeStep()) {
                assertThat(crossing.bills().difference().abs()).isLessThan(CENT);
            }
        }
    }

    /**
     * The solver stays exact over the union of every hour's steps: each crossing is the first whole request at
     * which the other side is cheaper, crossings strictly increase, and the cheaper side of each interval is
     * cheaper at its ends and middle (by the exact bills; differences under a millionth of a dollar skipped).
     */
    @Property(tries = 150)
    void solve_exactOverEveryHoursSteps(@ForAll("autoscaled") Scenario scenario) {
        BreakevenResult result = scenario.solve();
        Statistics.collect(result.crosses());
        Statistics.coverage(c -> c.check(true).percentage(p -> p > 5));
        long previous = -1;
        for (Crossing crossing : result.crossings()) {
            assertThat(crossing.requestsPerMonth()).as("crossings strictly increase").isGreaterThan(previous);
            previous = crossing.requestsPerMonth();
            Comparison at = scenario.at(crossing.requestsPerMonth());
            Comparison before = scenario.at(crossing.requestsPerMonth() - 1);
            if (at.difference().abs().compareTo(MICRO) > 0) {
                assertThat(at.cheaper()).as("at %s", crossing).isEqualTo(crossing.cheaperAbove());
            }
            if (before.difference().abs().compareTo(MICRO) > 0) {
                assertThat(before.cheaper()).as("one request below %s", crossing).isEqualTo(crossing.cheaperBelow());
            }
        }
        for (Interval interval : result.intervals()) {
            long width = interval.toRequestsPerMonth() - interval.fromRequestsPerMonth();
            for (long requests : new long[] {interval.fromRequestsPerMonth(), interval.fromRequestsPerMonth() + width / 2,
                interval.toRequestsPerMonth()}) {
                Comparison bills = scenario.at(requests);
                if (bills.difference().abs().compareTo(MICRO) > 0) {
                    assertThat(bills.cheaper()).as("at %d in %s", requests, interval).isEqualTo(interval.cheaper());
                }
            }
        }
    }
}
