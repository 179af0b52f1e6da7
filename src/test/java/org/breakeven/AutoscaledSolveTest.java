package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.IntStream;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The solver over autoscaled clusters: the union of every hour's steps is bounded, with a message. */
class AutoscaledSolveTest {

    /** A week of 168 different weights: 168 levels, each with its own steps. */
    private static final HourlyProfile DISTINCT = HourlyProfile.of(IntStream.rangeClosed(1, 168).asDoubleStream()
            .toArray());

    /**
     * One request/s per node at 100%, 1 to 10,000 nodes: the quietest hour (weight 1 of Σw = 14,196) needs a
     * node per 3,600 * 14,196 * 730 / 168 = 222M requests a month and the busiest one per 1.3M, so below 10^13
     * every one of the 168 levels climbs all 9,999 steps to the maximum; with a per-node disk the node count
     * is in two lines. 168 * 9,999 * 2 = 3.36M breakpoints, more than the 2M the solver takes.
     */
    @Test
    void solve_tooManyHourlyStepsIsRefused() {
        Scenario scenario = Breakeven.defaultScenario()
                .withWorkload(Workload.of(1_000_000).withProfile(DISTINCT))
                .withCluster(Cluster.of("t3.medium", NodeSizing.autoscaledByCapacity(1, 10_000, 1, 1))
                        .withStorageGbPerNode(20))
                .withRange(new RequestRange(0, 1e13));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(scenario::solve)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the range 0 to 10.0T requests/month holds more than 2,000,000 node steps (one"
                        + " more node every ")
                .hasMessageEndingWith(" requests/month): narrow the range or give each node more capacity"));
    }

    /**
     * A sweep's node column shows an autoscaled cluster's peak: examples/diurnal-autoscaled.yaml runs 64 nodes in
     * a busy hour at 1B (ExamplesTest) and would need ceil(10B * 2 / 730 / 43,200) = 635 at 10B, capped at its
     * maximum of 200.
     */
    @Test
    void sweep_nodesIsThePeak() {
        Scenario diurnal = ScenarioFile.read(java.nio.file.Path.of("examples", "diurnal-autoscaled.yaml"));

        assertThat(diurnal.sweep(1e9, 1e10, 2, 3)).extracting(Sweep.Point::nodes).containsExactly(64L, 200L);
    }

    /**
     * The same cluster over 0 to 1B holds thousands of steps and solves: each node-hour serves 3,600 requests
     * for 0.0416 USD, 11.6 USD per million against Lambda's 3.53 (the default function), and the cluster starts
     * dearer (EKS, an ALB and a node at 0 requests), so Lambda is cheaper throughout.
     */
    @Test
    void solve_manyHourlyStepsInANarrowerRange() {
        Scenario scenario = Breakeven.defaultScenario()
                .withWorkload(Workload.of(1_000_000).withProfile(DISTINCT))
                .withCluster(Cluster.of("t3.medium", NodeSizing.autoscaledByCapacity(1, 10_000, 1, 1)))
                .withRange(new RequestRange(0, 1e9));

        BreakevenResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), scenario::solve);

        assertThat(result.crosses()).isFalse();
        assertThat(result.intervals()).containsExactly(new Interval(0, 1_000_000_000L, org.breakeven.bill.Side.SERVERLESS));
    }

    /** Hours 19 to 22 carry the same weight, so their node steps fall at the same volume. */
    private static final HourlyProfile EQUAL_EVENING = HourlyProfile.of(4, 3, 2, 1, 1, 1, 2, 3, 4, 4, 4, 5, 6, 5, 5, 5,
            6, 7, 8, 10, 10, 10, 10, 6);

    /**
     * A 1 ms, 128 MB function against t3.medium nodes that each serve what Lambda charges 0.9 of their price for
     * (0.0416 / 3600 / (0.9 * 2.0208E-7 a request) = 63.54 requests/s), so that the bills cross many times.
     */
    private static Scenario equalEvening(int scaleDownDelayHours) {
        return Breakeven.defaultScenario()
                .withFunction(LambdaFunction.of(128, 1))
                .withWorkload(Workload.of(1_000_000).withProfile(EQUAL_EVENING))
                .withCluster(Cluster.of("t3.medium", NodeSizing.autoscaledByCapacity(1, 10_000, 63.53569933908829, 1)
                        .withScaleDownDelayHours(scaleDownDelayHours)).withControlPlanes(0, false))
                .withRange(new RequestRange(0, 1e9));
    }

    /**
     * Hours 19 to 22 step a few ulps apart in double: between them lies a segment too narrow for two points
     * inside, where only some of the hours have added their node. jqwik found this scenario reporting the
     * crossing where they all step as continuous, with the bills USD 15.47 apart there. It is a node step.
     */
    @Test
    void solve_hoursThatStepTogetherGiveANodeStep() {
        assertThat(equalEvening(0).solve().crossings()).anySatisfy(crossing -> {
            assertThat(crossing.requestsPerMonth()).isEqualTo(424_386_704L);
            assertThat(crossing.atNodeStep()).isTrue();
        });
    }

    /** A crossing is a node step exactly where the bills' difference jumps by more than half a cent. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void solve_nodeStepsAreWhereTheBillsJump(int scaleDownDelayHours) {
        Scenario scenario = equalEvening(scaleDownDelayHours);
        for (Crossing crossing : scenario.solve().crossings()) {
            double jump = scenario.at(crossing.requestsPerMonth()).difference().doubleValue()
                    - scenario.at(crossing.requestsPerMonth() - 1).difference().doubleValue();
            assertThat(crossing.atNodeStep()).as("%s, the difference moving by %s", crossing, jump)
                    .isEqualTo(Math.abs(jump) > 0.005);
        }
    }

    /**
     * jqwik found (BillPropertiesTest, seed 2691416940589272190) a node step that falls on a whole number of
     * requests, 974,094,480, where the node count in double already held the node that the exact count adds only
     * above it: the solver put the crossing there, one request early, with the cluster still cheaper at it. The
     * cheaper side of every interval holds at its ends and middle by the exact bills.
     */
    @Test
    void solve_nodeStepOnAWholeRequest_crossesAfterIt() {
        Scenario scenario = Breakeven.defaultScenario()
                .withPricing(org.breakeven.pricing.PricingTables.version("aws", "us-east-1", "2026-10-01"))
                .withWorkload(new Workload(1_000_000, 1.95))
                .withFunction(LambdaFunction.of(128, 638.01))
                .withCluster(Cluster.of("c7g.large", NodeSizing.byCapacity(1, 64.65, 0.43)).withStorageGbPerNode(20))
                .withRange(new RequestRange(0, 1e9));

        for (Interval interval : scenario.solve().intervals()) {
            long width = interval.toRequestsPerMonth() - interval.fromRequestsPerMonth();
            for (long requests : new long[] {interval.fromRequestsPerMonth(), interval.fromRequestsPerMonth() + width / 2,
                interval.toRequestsPerMonth()}) {
                Comparison bills = scenario.at(requests);
                if (bills.difference().abs().compareTo(new java.math.BigDecimal("0.000001")) > 0) {
                    assertThat(bills.cheaper()).as("at %d in %s", requests, interval).isEqualTo(interval.cheaper());
                }
            }
        }
    }
}
