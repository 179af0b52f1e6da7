package org.breakeven.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.breakeven.Breakeven;
import org.breakeven.BreakevenResult;
import org.breakeven.Crossing;
import org.breakeven.Scenario;
import org.breakeven.Side;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/** The solver on scenarios whose crossings can be worked out by hand. */
class BreakevenSolverTest {

    /**
     * The default scenario. Per request, Lambda costs 0.0000002 (request) + 0.05 GB-s * 0.0000166667
     * (0.000000833335) times 4 (compute plus 3x downstream) = 0.00000353334; the cluster costs 91.104
     * (nodes) + 73 (EKS) + 16.425 (ALB) = 180.529 a month plus 0.008 / 90,000 per request in LCU-hours.
     * Break-even N = 180.529 / (0.00000353334 - 0.008 / 90,000) = 52,411,543.7 requests a month: between
     * the 50M and 100M that the articles give.
     */
    @Test
    void solve_defaultScenarioBreaksEvenBetween50And100Million() {
        BreakevenResult result = Breakeven.defaultScenario().solve();

        double expected = 180.529 / (0.00000353334 - 0.008 / 90_000);
        assertThat(result.crossings()).hasSize(1);
        assertThat(result.breakEven().getAsDouble()).isCloseTo(expected, within(1.0)).isBetween(50e6, 100e6);
        Crossing crossing = result.crossings().get(0);
        assertThat(crossing.cheaperBelow()).isEqualTo(Side.SERVERLESS);
        assertThat(crossing.cheaperAbove()).isEqualTo(Side.CLUSTER);
        assertThat(crossing.atNodeStep()).isFalse();
        assertThat(crossing.bills().difference().abs()).isLessThan(new BigDecimal("0.01"));
        assertThat(result.intervals()).extracting(i -> i.cheaper()).containsExactly(Side.SERVERLESS, Side.CLUSTER);
        assertThat(result.pricingVersion()).isEqualTo("aws/us-east-1@2024-11-01");
    }

    /**
     * One ops FTE at $150,000 a year adds 12,500 a month to the cluster: the break-even moves to
     * (180.529 + 12,500) / (0.00000353334 - 0.008 / 90,000) = 3,681,436,777.9 requests a month.
     */
    @Test
    void solve_oneOpsEngineerMovesTheBreakEven() {
        Scenario scenario = Breakeven.defaultScenario();
        Scenario withOps = scenario.withCluster(scenario.cluster().withOps(OpsHeadcount.of(1, 150_000)));

        double expected = (180.529 + 12_500) / (0.00000353334 - 0.008 / 90_000);
        assertThat(withOps.solve().breakEven().getAsDouble()).isCloseTo(expected, within(1.0));
    }

    /**
     * With one FTE and the search stopping at 1B requests, there is no crossing: Lambda is cheaper
     * throughout, and would cross near 3.68B, above the range.
     */
    @Test
    void solve_noCrossingInRangeSaysWhereItWouldBe() {
        Scenario scenario = Breakeven.defaultScenario();
        Scenario withOps = scenario.withCluster(scenario.cluster().withOps(OpsHeadcount.of(1, 150_000)))
                .withRange(new RequestRange(0, 1e9));

        BreakevenResult result = withOps.solve();

        assertThat(result.crosses()).isFalse();
        assertThat(result.intervals()).singleElement().satisfies(i -> assertThat(i.cheaper()).isEqualTo(Side.SERVERLESS));
        assertThat(result.explanation()).startsWith("Lambda is cheaper throughout 0 to 1.0B requests/month.")
                .contains("USD 3.53 per million requests").contains("near 3.7B requests/month, above the range");
        assertThat(result).hasToString("Lambda USD 3.53/month vs cluster USD 12,680.62/month at 1,000,000 requests/month;"
                + " no break-even in 0 to 1.0B requests/month: Lambda cheaper throughout");
    }

    /**
     * When each node carries few requests the cluster's marginal cost exceeds Lambda's and the bills never
     * cross: a t3.medium (730 * 0.0416 = 30.368 a month) carrying 1 request/s at a peak of 10x the
     * average serves 1 * 730 * 3,600 / 10 = 262,800 requests a month, so about USD 115.56 per million
     * requests against Lambda's 3.53.
     */
    @Test
    void solve_neverCrossesWhenTheClusterMarginalCostIsHigher() {
        Scenario scenario = Breakeven.defaultScenario()
                .withWorkload(new Workload(1_000_000, 10))
                .withCluster(Breakeven.defaultScenario().cluster().withNodes(NodeSizing.byCapacity(3, 1, 1)))
                .withRange(new RequestRange(0, 1e8));

        BreakevenResult result = scenario.solve();

        assertThat(result.crosses()).isFalse();
        assertThat(result.explanation()).startsWith("Lambda is cheaper throughout and the bills never cross")
                .contains("USD 115.");
    }

    /**
     * A large Provisioned Concurrency makes Lambda dearer than a small cluster at every traffic level: 100
     * environments of 1 GB all month cost 100 * 2,628,000 s * 0.0000041667 = 1,095.01 a month, above the
     * cluster's 180.53 plus LCUs, and Lambda's marginal cost stays above the cluster's.
     */
    @Test
    void solve_clusterCheaperThroughout() {
        LambdaFunction function = LambdaFunction.of(1024, 100).withDownstream(Downstream.multiplier(3))
                .withProvisionedConcurrency(ProvisionedConcurrency.allMonth(100, 730, 100));
        Scenario scenario = Breakeven.defaultScenario().withFunction(function).withRange(new RequestRange(0, 1e8));

        BreakevenResult result = scenario.solve();

        assertThat(result.crosses()).isFalse();
        assertThat(result.intervals()).singleElement().satisfies(i -> assertThat(i.cheaper()).isEqualTo(Side.CLUSTER));
        assertThat(result.explanation()).startsWith("The cluster is cheaper throughout and the bills never cross");
    }

    /**
     * Node steps make many crossings when the staircase and Lambda's line climb at nearly the same rate.
     * A t3.medium (730 * 0.0416 = 30.368 a month) carrying 3.3 requests/s at 100% with no peak serves
     * 3.3 * 730 * 3,600 = 8,672,400 requests a month: 0.0000035017 per request, just below Lambda's
     * 0.00000353334. With an HA minimum of 30 nodes (911.04 a month, no EKS fee) Lambda reaches 911.04 at
     * 911.04 / 0.00000353334 = 257,841,023 requests, before the 31st node is needed at 30 * 8,672,400 =
     * 260,172,000. From there each step jumps the cluster above Lambda's line (a node-step crossing at a
     * multiple of 8,672,400) and Lambda's line climbs back across the flat stair (a continuous crossing).
     */
    @Test
    void solve_nodeStepsAreCrossingsWhereTheCheaperSideFlips() {
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.byCapacity(30, 3.3, 1)).withControlPlanes(0, false);
        Scenario scenario = Breakeven.defaultScenario().withCluster(cluster).withRange(new RequestRange(1, 1e9));

        List<Crossing> crossings = scenario.solve().crossings();

        assertThat(crossings.get(0).requestsPerMonth()).isCloseTo(911.04 / 0.00000353334, within(1.0));
        assertThat(crossings.get(0).atNodeStep()).isFalse();
        assertThat(crossings.get(1).requestsPerMonth()).isCloseTo(30 * 8_672_400d, within(1.0));
        assertThat(crossings.get(1).atNodeStep()).isTrue();
        assertThat(crossings).hasSizeGreaterThan(10);
        for (int i = 1; i < crossings.size(); i++) {
            assertThat(crossings.get(i).cheaperBelow()).isEqualTo(crossings.get(i - 1).cheaperAbove());
        }
        for (Crossing crossing : crossings) {
            if (crossing.atNodeStep()) {
                double nodes = crossing.requestsPerMonth() / 8_672_400d;
                assertThat(nodes).isCloseTo(Math.rint(nodes), within(1e-6));
                assertThat(crossing.cheaperAbove()).isEqualTo(Side.SERVERLESS);
            } else {
                assertThat(crossing.bills().difference().abs()).isLessThan(new BigDecimal("0.01"));
                assertThat(crossing.cheaperAbove()).isEqualTo(Side.CLUSTER);
            }
        }
    }

    /**
     * A node of 1 request/s at a peak of 1,000 times the average carries 1 * 730 * 3,600 / 1,000 = 2,628
     * requests a month; up to 10 trillion requests that is about 3.8 billion node steps, which the solver
     * refuses with a message rather than running out of memory.
     */
    @Test
    void solve_tooManyNodeStepsFailsWithAMessage() {
        Scenario scenario = Breakeven.defaultScenario().withWorkload(new Workload(1_000_000, 1000))
                .withCluster(Breakeven.defaultScenario().cluster().withNodes(NodeSizing.byCapacity(1, 1, 1)))
                .withRange(new RequestRange(0, 1e13));

        org.assertj.core.api.Assertions.assertThatThrownBy(scenario::solve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the range 0 to 10.0T requests/month holds more than 2,000,000 breakpoints (node steps and"
                        + " price tiers), too many to solve one by one: narrow the range or give each node more capacity");
    }
}
