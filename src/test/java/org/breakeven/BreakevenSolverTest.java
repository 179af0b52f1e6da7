package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.NodeCount;
import org.breakeven.bill.Quantity;
import org.breakeven.bill.Side;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Tier;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * The solver on scenarios whose crossings can be worked out by hand.
 * <p>
 * The tests after the scenarios use bill models of whole dollars, so that every cost, root and node step
 * is exact in binary and the solver's segments, slivers and explanations can be followed by hand: each
 * charge is priced at 1 USD per USD, so a line's quantity is its cost. The coefficients are test inputs,
 * not rates.
 */
class BreakevenSolverTest {

    private static final Rate AT_PAR = Rate.flat("test.usd", "USD per USD", BigDecimal.ONE, "test");

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A bill of {@code fixed + perRequest * N} dollars a month. */
    private static BillModel line(Side side, String fixed, String perRequest) {
        return new BillModel(side, "USD", List.of(Charge.of(side.label(), Quantity.split(dec(fixed), dec(perRequest),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), "USD", AT_PAR, BigDecimal.ZERO, false)));
    }

    /** A cluster of 100 dollars a node, {@code max(1, ceil(N / requestsPerNode))} nodes. */
    private static BillModel staircase(double requestsPerNode) {
        return new BillModel(Side.CLUSTER, "USD", List.of(steps("100", requestsPerNode)));
    }

    /** A line of {@code perStep * max(1, ceil(N / requestsPerStep))} dollars a month. */
    private static Charge steps(String perStep, double requestsPerStep) {
        return Charge.of("Steps", Quantity.steps(dec(perStep), new NodesPer(requestsPerStep)), "USD", AT_PAR,
                BigDecimal.ZERO, false);
    }

    /** A line of {@code fixed + perRequest * N} dollars a month. */
    private static Charge linear(String fixed, String perRequest) {
        return Charge.of("Line", Quantity.split(dec(fixed), dec(perRequest), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO), "USD", AT_PAR, BigDecimal.ZERO, false);
    }

    private static BreakevenResult solve(BillModel lambda, BillModel cluster, double from, double to) {
        return BreakevenSolver.solve(lambda, cluster, new RequestRange(from, to), 0, "test", 1);
    }

    /** {@code max(1, ceil(N / requestsPerNode))} nodes, one more just above each multiple of requestsPerNode. */
    private record NodesPer(double requestsPerNode) implements NodeCount {
        @Override
        public long exact(BigDecimal requests) {
            return Math.max(1, requests.divide(BigDecimal.valueOf(requestsPerNode), 0, RoundingMode.CEILING)
                    .longValueExact());
        }

        @Override
        public long at(double requests) {
            return Math.max(1, (long) Math.ceil(requests / requestsPerNode));
        }

        @Override
        public void steps(double lo, double hi, DoubleConsumer out) {
            for (long k = 1; k * requestsPerNode < hi; k++) {
                if (k * requestsPerNode > lo) {
                    out.accept(k * requestsPerNode);
                }
            }
        }
    }

    /**
     * The default scenario. Per request, Lambda costs 0.0000002 (request) + 0.05 GB-s * 0.0000166667
     * (0.000000833335) times 4 (compute plus 3x downstream) = 0.00000353334; the cluster costs 91.104
     * (nodes) + 73 (EKS) + 16.425 (ALB) = 180.529 a month plus 0.008 / 90,000 per request in LCU-hours.
     * Break-even N = 180.529 / (0.00000353334 - 0.008 / 90,000) = 52,411,543.7 requests a month: between
     * the 50M and 100M that the articles give. Lambda is cheaper below it, so the first whole request at
     * which the cluster is cheaper is floor(52,411,543.7) + 1 = 52,411,544.
     */
    @Test
    void solve_defaultScenarioBreaksEvenBetween50And100Million() {
        BreakevenResult result = Breakeven.defaultScenario().solve();

        double expected = 180.529 / (0.00000353334 - 0.008 / 90_000);
        assertThat(result.crossings()).hasSize(1);
        assertThat(result.breakEven().exactRequestsPerMonth()).isCloseTo(expected, within(1.0)).isBetween(50e6, 100e6);
        assertThat(result.breakEven().requestsPerMonth()).isEqualTo((long) Math.floor(expected) + 1)
                .isEqualTo(52_411_544L);
        Crossing crossing = result.crossings().get(0);
        assertThat(crossing.cheaperBelow()).isEqualTo(Side.SERVERLESS);
        assertThat(crossing.cheaperAbove()).isEqualTo(Side.CLUSTER);
        assertThat(crossing.atNodeStep()).isFalse();
        assertThat(crossing.bills().difference().abs()).isLessThan(new BigDecimal("0.01"));
        assertThat(result.intervals()).extracting(i -> i.cheaper()).containsExactly(Side.SERVERLESS, Side.CLUSTER);
        assertThat(result.pricingVersion()).isEqualTo("aws/us-east-1@2026-10-01");
    }

    /**
     * One ops FTE at $150,000 a year adds 12,500 a month to the cluster: the break-even moves to
     * (180.529 + 12,500) / (0.00000353334 - 0.008 / 90,000) = 3,681,436,777.9 requests a month, so the
     * cluster is cheaper from the 3,681,436,778th request.
     */
    @Test
    void solve_oneOpsEngineerMovesTheBreakEven() {
        Scenario scenario = Breakeven.defaultScenario();
        Scenario withOps = scenario.withCluster(scenario.cluster().withOps(OpsHeadcount.of(1, 150_000)));

        double expected = (180.529 + 12_500) / (0.00000353334 - 0.008 / 90_000);
        assertThat(withOps.solve().breakEven().exactRequestsPerMonth()).isCloseTo(expected, within(1.0));
        assertThat(withOps.solve().breakEven().requestsPerMonth()).isEqualTo(3_681_436_778L);
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
                + " no break-even in 0 to 1.0B requests/month: Lambda cheaper throughout (the bills would cross near 3.7B"
                + " requests/month)");
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

        assertThat(crossings.get(0).exactRoot()).isCloseTo(911.04 / 0.00000353334, within(1.0));
        assertThat(crossings.get(0).atNodeStep()).isFalse();
        assertThat(crossings.get(1).exactRoot()).isCloseTo(30 * 8_672_400d, within(1.0));
        assertThat(crossings.get(1).requestsPerMonth()).isEqualTo(30 * 8_672_400L + 1);
        assertThat(crossings.get(1).atNodeStep()).isTrue();
        assertThat(crossings).hasSizeGreaterThan(10);
        for (int i = 1; i < crossings.size(); i++) {
            assertThat(crossings.get(i).cheaperBelow()).isEqualTo(crossings.get(i - 1).cheaperAbove());
        }
        for (Crossing crossing : crossings) {
            if (crossing.atNodeStep()) {
                double nodes = crossing.exactRoot() / 8_672_400d;
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
     * requests a month; up to 10 trillion requests that is about 3.8 billion node steps, which the node count
     * refuses at once, before counting them, with a message rather than running out of memory.
     */
    @Test
    void solve_tooManyNodeStepsFailsWithAMessage() {
        Scenario scenario = Breakeven.defaultScenario().withWorkload(new Workload(1_000_000, 1000))
                .withCluster(Breakeven.defaultScenario().cluster().withNodes(NodeSizing.byCapacity(1, 1, 1)))
                .withRange(new RequestRange(0, 1e13));

        org.assertj.core.api.Assertions.assertThatThrownBy(scenario::solve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the range 0 to 10.0T requests/month holds more than 2,000,000 node steps (one more node"
                        + " every 2,628 requests/month): narrow the range or give each node more capacity");
    }

    /**
     * Lambda at 1 dollar a request against a cluster of 100 plus 0.5 a request: N = 100 + 0.5 N at
     * N = 100 / (1 - 0.5) = 200 requests. Below, Lambda is cheaper: at 0 it costs 0 against 100. At 200 the
     * bills tie (200 each) and ties go to Lambda, so the cluster is cheaper from the 201st request.
     */
    @Test
    void solve_oneCrossingBetweenTwoLines() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "0", "1"), line(Side.CLUSTER, "100", "0.5"), 0, 1000);

        assertThat(result.crossings()).singleElement().satisfies(crossing -> {
            assertThat(crossing.exactRoot()).isCloseTo(200, within(0.01));
            assertThat(crossing.requestsPerMonth()).isEqualTo(201);
            assertThat(crossing.cheaperBelow()).isEqualTo(Side.SERVERLESS);
            assertThat(crossing.cheaperAbove()).isEqualTo(Side.CLUSTER);
            assertThat(crossing.atNodeStep()).isFalse();
        });
        assertThat(result.intervals()).containsExactly(new Interval(0, 200, Side.SERVERLESS),
                new Interval(201, 1000, Side.CLUSTER));
        assertThat(result.explanation()).isEqualTo("Lambda is cheaper below 201 requests/month: the cluster costs"
                + " USD 100.00/month at 0 requests/month, and Lambda adds about USD 1,000,000.00 per million requests"
                + " against the cluster's USD 500,000.00 per million (at a peak-to-average ratio of 1).");
    }

    /**
     * The same lines searched from or up to their crossing at 200: the bills are equal at the range's end,
     * which is not a crossing inside it, so one side is cheaper throughout.
     */
    @Test
    void solve_crossingAtAnEndOfTheRangeIsNotInsideIt() {
        BillModel lambda = line(Side.SERVERLESS, "0", "1");
        BillModel cluster = line(Side.CLUSTER, "100", "0.5");

        assertThat(solve(lambda, cluster, 200, 1000).crossings()).isEmpty();
        assertThat(solve(lambda, cluster, 200, 1000).intervals()).containsExactly(new Interval(200, 1000, Side.CLUSTER));
        assertThat(solve(lambda, cluster, 0, 200).crossings()).isEmpty();
        assertThat(solve(lambda, cluster, 0, 200).intervals()).containsExactly(new Interval(0, 200, Side.SERVERLESS));
    }

    /**
     * The mirror image: Lambda at 100 plus 0.5 a request against a cluster at 1 a request cross at 200 too,
     * with the cluster cheaper below.
     */
    @Test
    void solve_crossingAtAnEndOfTheRangeIsNotInsideItWhenTheClusterIsCheaperBelow() {
        BillModel lambda = line(Side.SERVERLESS, "100", "0.5");
        BillModel cluster = line(Side.CLUSTER, "0", "1");

        assertThat(solve(lambda, cluster, 0, 1000).crossings()).singleElement()
                .satisfies(crossing -> assertThat(crossing.cheaperBelow()).isEqualTo(Side.CLUSTER));
        assertThat(solve(lambda, cluster, 200, 1000).intervals()).containsExactly(new Interval(200, 1000, Side.SERVERLESS));
        assertThat(solve(lambda, cluster, 0, 200).intervals()).containsExactly(new Interval(0, 200, Side.CLUSTER));
        assertThat(solve(lambda, cluster, 0, 200).crosses()).isFalse();
    }

    /**
     * A range one request wide just below the crossing at 200: from 198 to 199 the difference
     * N - (100 + 0.5 N) = 0.5 N - 100 runs from -1 to -0.5, so Lambda is cheaper throughout.
     */
    @Test
    void solve_narrowRangeBelowTheCrossing() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "0", "1"), line(Side.CLUSTER, "100", "0.5"), 198, 199);

        assertThat(result.crossings()).isEmpty();
        assertThat(result.intervals()).containsExactly(new Interval(198, 199, Side.SERVERLESS));
    }

    /**
     * Identical bills, 100 plus 1 a request on both sides, never differ: a tie goes to Lambda everywhere, as
     * in {@link org.breakeven.Comparison#cheaper()}, and with equal marginal costs of 1,000,000 per million the
     * cluster's base is never recovered.
     */
    @Test
    void solve_identicalBillsGoToLambda() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "100", "1"), line(Side.CLUSTER, "100", "1"), 0, 1000);

        assertThat(result.crosses()).isFalse();
        assertThat(result.intervals()).containsExactly(new Interval(0, 1000, Side.SERVERLESS));
        assertThat(result.explanation()).isEqualTo("Lambda is cheaper throughout and the bills never cross: Lambda's"
                + " marginal cost, USD 1,000,000.00 per million requests, is not above the cluster's, USD 1,000,000.00"
                + " per million (at a peak-to-average ratio of 1), so the cluster's base of USD 100.00/month is never"
                + " recovered.");
    }

    /**
     * Lambda at 200 plus 1 a request against a cluster at 100 plus 1: parallel lines, the cluster cheaper by
     * 100 everywhere.
     */
    @Test
    void explanation_clusterCheaperAndParallel() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "200", "1"), line(Side.CLUSTER, "100", "1"), 0, 1000);

        assertThat(result.intervals()).containsExactly(new Interval(0, 1000, Side.CLUSTER));
        assertThat(result.explanation()).isEqualTo("The cluster is cheaper throughout and the bills never cross: even at"
                + " 0 requests/month Lambda's fixed costs exceed the cluster's USD 100.00/month, and Lambda's marginal"
                + " cost, USD 1,000,000.00 per million requests, is not below the cluster's, USD 1,000,000.00 per million"
                + " (at a peak-to-average ratio of 1).");
    }

    /**
     * Lambda at 300 plus 0.5 a request against a cluster at 100 plus 1, searched from 0 to 200: the cluster is
     * cheaper throughout, but at 200 Lambda's 400 is only 100 above the cluster's 300 and closes the gap by
     * 1 - 0.5 = 0.5 a request, so the bills would cross at 200 + 100 / 0.5 = 400, where both cost 500.
     * The marginal costs are measured over the upper half of the range, 100 to 200.
     */
    @Test
    void explanation_clusterCheaperButLambdaWouldCrossAboveTheRange() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "300", "0.5"), line(Side.CLUSTER, "100", "1"), 0, 200);

        assertThat(result.crosses()).isFalse();
        assertThat(result.explanation()).isEqualTo("The cluster is cheaper throughout 0 to 200 requests/month, but"
                + " Lambda's marginal cost, USD 500,000.00 per million requests, is below the cluster's, USD 1,000,000.00"
                + " per million (at a peak-to-average ratio of 1), so Lambda would become cheaper near 400"
                + " requests/month, above the range.");
    }

    /**
     * Lambda at 1 a request against a cluster at 100 plus 0.5, searched from 0 to 100: at 100 Lambda is 50 below
     * the cluster's 150 and catches up 0.5 a request, so the bills would cross at 100 + 50 / 0.5 = 200.
     */
    @Test
    void explanation_lambdaCheaperButWouldCrossAboveTheRange() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "0", "1"), line(Side.CLUSTER, "100", "0.5"), 0, 100);

        assertThat(result.explanation()).isEqualTo("Lambda is cheaper throughout 0 to 100 requests/month. Its marginal"
                + " cost, USD 1,000,000.00 per million requests, is above the cluster's, USD 500,000.00 per million (at a"
                + " peak-to-average ratio of 1), so the bills would cross near 200 requests/month, above the range.");
    }

    /**
     * A tiered Lambda: 1 a request up to 500 requests, 0.5 above, against a flat cluster of 450, searched from
     * 200 to 600. The bills cross at 450, inside the first tier. The explanation's marginal cost is the average
     * over the upper half of the range, 400 to 600: Lambda costs 400 at 400 and 500 + 0.5 * 100 = 550 at 600,
     * so (550 - 400) / 200 = 0.75 a request, 750,000 per million; the peak-to-average ratio is shown as given.
     */
    @Test
    void explanation_marginalCostOverTheUpperHalfOfTheRange() {
        Rate tiered = Rate.tiered("test.perRequest", "USD per request", List.of(new Tier(BigDecimal.ZERO, dec("500"),
                BigDecimal.ONE), new Tier(dec("500"), null, dec("0.5"))), "test", "");
        BillModel lambda = new BillModel(Side.SERVERLESS, "USD", List.of(Charge.of("Requests",
                Quantity.perRequest(BigDecimal.ONE), "requests", tiered, BigDecimal.ZERO, false)));

        BreakevenResult result = BreakevenSolver.solve(lambda, line(Side.CLUSTER, "450", "0"), new RequestRange(200, 600),
                0, "test", 2.5);

        assertThat(result.breakEven().exactRequestsPerMonth()).isCloseTo(450, within(0.01));
        assertThat(result.explanation()).isEqualTo("Lambda is cheaper below 451 requests/month: the cluster costs"
                + " USD 450.00/month at 200 requests/month, and Lambda adds about USD 750,000.00 per million requests"
                + " against the cluster's USD 0.00 per million (at a peak-to-average ratio of 2.5).");
    }

    /**
     * Lambda at 50 plus 1 a request against 100 a node, one node per 100 requests, from 0 to 250. On the
     * first node Lambda's N + 50 reaches 100 at N = 50; at 100 the second node lifts the cluster from 100 to
     * 200 while Lambda is at 150, from 50 above it to 50 below: a node step. Lambda reaches 200 at 150, and at
     * 200 the third node lifts the cluster from 200 to 300 over Lambda's 250; from 200 to 250 Lambda stays
     * below. So the bills cross at 50, 100 (step), 150 and 200 (step). In whole requests: at 50 and 150 the
     * bills tie (Lambda's), so the cluster is cheaper from 51 and 151; at 100 and 200 the cluster still has
     * the fewer nodes, so Lambda is cheaper from 101 and 201.
     */
    @Test
    void solve_nodeStepsAndContinuousCrossingsAlternate() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "50", "1"), staircase(100), 0, 250);

        assertThat(result.crossings()).extracting(Crossing::exactRoot).satisfiesExactly(
                at -> assertThat(at).isCloseTo(50, within(0.01)), at -> assertThat(at).isEqualTo(100),
                at -> assertThat(at).isCloseTo(150, within(0.01)), at -> assertThat(at).isEqualTo(200));
        assertThat(result.crossings()).extracting(Crossing::requestsPerMonth).containsExactly(51L, 101L, 151L, 201L);
        assertThat(result.intervals()).containsExactly(new Interval(0, 50, Side.SERVERLESS),
                new Interval(51, 100, Side.CLUSTER), new Interval(101, 150, Side.SERVERLESS),
                new Interval(151, 200, Side.CLUSTER), new Interval(201, 250, Side.SERVERLESS));
        assertThat(result.crossings()).extracting(Crossing::atNodeStep).containsExactly(false, true, false, true);
        assertThat(result.crossings()).extracting(Crossing::cheaperBelow).containsExactly(Side.SERVERLESS, Side.CLUSTER,
                Side.SERVERLESS, Side.CLUSTER);
        assertThat(result.intervals()).extracting(Interval::cheaper).containsExactly(Side.SERVERLESS, Side.CLUSTER,
                Side.SERVERLESS, Side.CLUSTER, Side.SERVERLESS);
        assertThat(result.explanation()).endsWith(" The bills cross 4 times in 0 to 250 requests/month, where the"
                + " cluster adds nodes.");
        assertThat(result.toString()).endsWith("the bills cross 4 times in 0 to 250 requests/month: break-even at 51"
                + " requests/month (51), last crossing at 201 (201)");
    }

    /**
     * Lambda at 0.75 plus 1 a request against 100 a node, one node per 99.75 requests, from 0 to 150. Lambda
     * reaches the first node's 100 at 99.25, and at 99.75 the second node lifts the cluster to 200, far above
     * Lambda's 100.50. The cluster is cheaper only from 99.25 to 99.75, half a request between two whole
     * numbers (at 99 Lambda costs 99.75, at 100 it costs 100.75 against 200): that sliver is dropped, and
     * Lambda is cheaper throughout.
     */
    @Test
    void solve_dropsASliverNarrowerThanOneRequest() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "0.75", "1"), staircase(99.75), 0, 150);

        assertThat(result.crossings()).isEmpty();
        assertThat(result.intervals()).containsExactly(new Interval(0, 150, Side.SERVERLESS));
    }

    /**
     * Lambda at 0.5 plus 1 a request against 100 a node, one node per 100 requests: Lambda reaches 100 at 99.5
     * and the second node comes just above 100. The piece from 99.5 to 100 is half a request wide but holds the
     * whole number 100, where the cluster is cheaper (Lambda's 100.50 against one node's 100): it is kept,
     * with a crossing at 99.5 (the cluster cheaper from the 100th request) and a node-step crossing at 100
     * (Lambda cheaper again from the 101st).
     */
    @Test
    void solve_keepsANarrowPieceThatHoldsAWholeNumber() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "0.5", "1"), staircase(100), 0, 150);

        assertThat(result.crossings()).hasSize(2);
        assertThat(result.crossings().get(0).exactRoot()).isCloseTo(99.5, within(0.01));
        assertThat(result.crossings().get(0).requestsPerMonth()).isEqualTo(100);
        assertThat(result.crossings().get(0).cheaperAbove()).isEqualTo(Side.CLUSTER);
        assertThat(result.crossings().get(1).requestsPerMonth()).isEqualTo(101);
        assertThat(result.intervals()).extracting(Interval::fromRequestsPerMonth).containsExactly(0L, 100L, 101L);
        assertThat(result.crossings().get(1).atNodeStep()).isTrue();
        assertThat(result.crossings().get(1).cheaperAbove()).isEqualTo(Side.SERVERLESS);
    }

    /**
     * The same bills searched only up to 99.5: the cluster is cheaper from 99.25 to the end of the range, a
     * quarter of a request that holds no whole number (at 99 Lambda costs 99.75 against 100). In whole
     * requests, 0 to 99, Lambda is cheaper throughout: no crossing.
     */
    @Test
    void solve_dropsANarrowPieceAtTheEndOfTheRangeWithoutAWholeRequest() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "0.75", "1"), staircase(99.75), 0, 99.5);

        assertThat(result.crossings()).isEmpty();
        assertThat(result.intervals()).containsExactly(new Interval(0, 99, Side.SERVERLESS));
    }

    /**
     * Lambda at 0.25 plus 1 a request against one node of 100 per 150 requests, searched up to 100.5: Lambda
     * reaches 100 at 99.75, and the piece from there to the end of the range, under a request wide, holds the
     * whole number 100, where Lambda costs 100.25 against 100. It is kept: the cluster is cheaper at 100.
     */
    @Test
    void solve_keepsANarrowPieceAtTheEndThatHoldsAWholeRequest() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "0.25", "1"), staircase(150), 0, 100.5);

        assertThat(result.crossings()).singleElement().satisfies(crossing -> {
            assertThat(crossing.exactRoot()).isCloseTo(99.75, within(0.01));
            assertThat(crossing.requestsPerMonth()).isEqualTo(100);
            assertThat(crossing.cheaperAbove()).isEqualTo(Side.CLUSTER);
        });
        assertThat(result.intervals()).containsExactly(new Interval(0, 99, Side.SERVERLESS),
                new Interval(100, 100, Side.CLUSTER));
    }

    /**
     * Lambda at 1 plus 1 a request against 100 a node, one node per 100 requests: Lambda reaches 100 at 99 and
     * the second node comes at 100, a piece exactly one request wide where the cluster is cheaper (at 100
     * requests, Lambda's 101 against the cluster's 100). It is kept: crossings at 99 and at the step at 100,
     * in whole requests the cluster is cheaper at 100 only (Lambda ties at 99 and is cheaper again at 101).
     */
    @Test
    void solve_keepsAPieceOneRequestWide() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "1", "1"), staircase(100), 0, 150);

        assertThat(result.crossings()).extracting(Crossing::exactRoot).satisfiesExactly(
                at -> assertThat(at).isCloseTo(99, within(0.01)), at -> assertThat(at).isEqualTo(100));
        assertThat(result.crossings()).extracting(Crossing::requestsPerMonth).containsExactly(100L, 101L);
        assertThat(result.crossings()).extracting(Crossing::atNodeStep).containsExactly(false, true);
    }

    /**
     * Lambda at 1 a request, in two tiers that meet at 99.9 requests at the same price, against a flat
     * cluster of 99.5: the bills meet at N = 99.5, and the tier boundary at 99.9 is a breakpoint just above.
     * The cluster is cheaper from 99.5 on: in the piece from 99.5 to 99.9, which holds no whole request, and
     * beyond it. The crossing stays where the lines meet, at 99.5, and it is not a node step (the cluster
     * never jumps); in whole requests Lambda's 99 is below 99.5 and its 100 above, so the cluster is cheaper
     * from the 100th request.
     */
    @Test
    void solve_pieceWithoutAWholeRequestBeforeATierKeepsTheRoot() {
        Rate tiered = Rate.tiered("test.perRequest", "USD per request", List.of(new Tier(BigDecimal.ZERO, dec("99.9"),
                BigDecimal.ONE), new Tier(dec("99.9"), null, BigDecimal.ONE)), "test", "");
        BillModel lambda = new BillModel(Side.SERVERLESS, "USD", List.of(Charge.of("Requests",
                Quantity.perRequest(BigDecimal.ONE), "requests", tiered, BigDecimal.ZERO, false)));

        BreakevenResult result = solve(lambda, line(Side.CLUSTER, "99.5", "0"), 0, 1000);

        assertThat(result.crossings()).singleElement().satisfies(crossing -> {
            assertThat(crossing.exactRoot()).isEqualTo(99.5);
            assertThat(crossing.requestsPerMonth()).isEqualTo(100);
            assertThat(crossing.atNodeStep()).isFalse();
        });
        assertThat(result.intervals()).containsExactly(new Interval(0, 99, Side.SERVERLESS),
                new Interval(100, 1000, Side.CLUSTER));
    }

    /**
     * Lambda at 49.5 plus 0.5 a request plus 100 a step, one step per 99.5 requests (a Lambda charge that
     * jumps: today's Lambda bills have none, but the solver takes any bill model), against a cluster at 100
     * plus 1 a request, from 0 to 150. Below 99.5
     * Lambda costs 149.5 + 0.5 N against 100 + N: the difference 49.5 - 0.5 N is positive (the cluster
     * cheaper) up to N = 99, where both cost 199. From 99 to 99.5 Lambda is cheaper; at 99.5 its second step
     * lifts it to 49.5 + 49.75 + 200 = 299.25 against 199.5, and from there its 100.5 per 99.5 requests
     * outgrows the cluster's 1 a request. The piece where Lambda is cheaper holds only the whole number 99,
     * at which the bills tie, and ties go to Lambda: Lambda is cheaper at 99 requests only.
     */
    @Test
    void solve_tieAtTheOnlyWholeRequestOfANarrowPieceGoesToLambda() {
        BillModel lambda = new BillModel(Side.SERVERLESS, "USD", List.of(linear("49.5", "0.5"), steps("100", 99.5)));

        BreakevenResult result = solve(lambda, line(Side.CLUSTER, "100", "1"), 0, 150);

        assertThat(result.crossings()).extracting(Crossing::exactRoot).containsExactly(99.0, 99.5);
        assertThat(result.crossings()).extracting(Crossing::requestsPerMonth).containsExactly(99L, 100L);
        assertThat(result.intervals()).containsExactly(new Interval(0, 98, Side.CLUSTER),
                new Interval(99, 99, Side.SERVERLESS), new Interval(100, 150, Side.CLUSTER));
    }

    /**
     * Lambda at 100 plus 2 a request against a cluster at 1 a request plus 100 a node, one node per half
     * request, from 0 to 10. At 0 both cost 100: a tie, which goes to Lambda. Up to the second node at 0.5 the
     * difference (100 + 2 N) - (100 + N) = N is positive, the cluster cheaper; from there each node adds 100
     * per half request and Lambda is cheaper: at a whole n of at least 1, 100 + 2 n against n + 200 n. The
     * cluster is cheaper at no whole request, so there is no crossing and Lambda is cheaper throughout.
     */
    @Test
    void solve_tieAtTheStartOfTheRangeGoesToLambda() {
        BillModel cluster = new BillModel(Side.CLUSTER, "USD", List.of(linear("0", "1"), steps("100", 0.5)));

        BreakevenResult result = solve(line(Side.SERVERLESS, "100", "2"), cluster, 0, 10);

        assertThat(result.crossings()).isEmpty();
        assertThat(result.intervals()).containsExactly(new Interval(0, 10, Side.SERVERLESS));
    }

    /**
     * Lambda at 1 a request against a flat cluster of 0.75, from 0.5 to 10: the bills meet at 0.75, inside
     * the range, but the first whole request of the range, 1, already has the cluster cheaper (Lambda's 1
     * against 0.75). In whole requests, 1 to 10, the cluster is cheaper throughout.
     */
    @Test
    void solve_crossingBeforeTheFirstWholeRequestOfTheRangeIsNotOne() {
        BreakevenResult result = solve(line(Side.SERVERLESS, "0", "1"), line(Side.CLUSTER, "0.75", "0"), 0.5, 10);

        assertThat(result.crossings()).isEmpty();
        assertThat(result.intervals()).containsExactly(new Interval(1, 10, Side.CLUSTER));
    }

    /**
     * Lambda at 0.25 plus 1 a request against 1.5 a node, one node per 1.5 requests, from 0 to 6: on the k-th
     * node, from 1.5 (k - 1) to 1.5 k, the difference N + 0.25 - 1.5 k runs from -1.25 to 0.25, so the cluster
     * is cheaper only from 1.5 k - 0.25 up to the next node. From 1.25 to 1.5 that holds no whole request;
     * the whole requests are worked out one by one:
     * <pre>
     * n          0      1      2      3     4      5      6
     * Lambda     0.25   1.25   2.25   3.25  4.25   5.25   6.25
     * cluster    1.5    1.5    3      3     4.5    6      6
     * cheaper    Lambda Lambda Lambda clust Lambda Lambda cluster
     * </pre>
     * The change to the cluster at 1.25 is first seen two requests on, at 3, and the node at 1.5 changes the
     * side back before any whole request: the two cancel out. The crossings are at 2.75 (the cluster cheaper
     * from 3), at the node at 3 (Lambda from 4) and at 5.75 (the cluster from 6).
     */
    @Test
    void solve_changeOfSideSeenTwoRequestsOnCancelsWithTheChangeBack() {
        BillModel cluster = new BillModel(Side.CLUSTER, "USD", List.of(steps("1.5", 1.5)));

        BreakevenResult result = solve(line(Side.SERVERLESS, "0.25", "1"), cluster, 0, 6);

        assertThat(result.crossings()).extracting(Crossing::exactRoot).containsExactly(2.75, 3.0, 5.75);
        assertThat(result.crossings()).extracting(Crossing::requestsPerMonth).containsExactly(3L, 4L, 6L);
        assertThat(result.crossings()).extracting(Crossing::atNodeStep).containsExactly(false, true, false);
        assertThat(result.intervals()).containsExactly(new Interval(0, 2, Side.SERVERLESS),
                new Interval(3, 3, Side.CLUSTER), new Interval(4, 5, Side.SERVERLESS), new Interval(6, 6, Side.CLUSTER));
    }

    /**
     * Lambda at 2 a request plus 100 a step, one step per 100 requests, against a cluster at 300 plus 1 a
     * request, from 0 to 150. Up to 100 the difference (2 N + 100) - (300 + N) = N - 200 runs from -200 to
     * -100: Lambda cheaper. Just above 100 Lambda's second step lifts the difference by 100 to exactly 0, and
     * from there N - 100 grows: the cluster cheaper. The bills jump by 100 at the crossing, so it is a step
     * although the segment above starts at a tie. In whole requests: at 100 the difference is -100, at 101
     * it is 202 + 200 - 101 - 300 = 1, so the cluster is cheaper from 101.
     */
    @Test
    void solve_jumpOntoATieIsAStep() {
        BillModel lambda = new BillModel(Side.SERVERLESS, "USD", List.of(linear("0", "2"), steps("100", 100)));

        BreakevenResult result = solve(lambda, line(Side.CLUSTER, "300", "1"), 0, 150);

        assertThat(result.crossings()).singleElement().satisfies(crossing -> {
            assertThat(crossing.exactRoot()).isEqualTo(100);
            assertThat(crossing.requestsPerMonth()).isEqualTo(101);
            assertThat(crossing.atNodeStep()).isTrue();
        });
        assertThat(result.intervals()).containsExactly(new Interval(0, 100, Side.SERVERLESS),
                new Interval(101, 150, Side.CLUSTER));
    }

    /**
     * Lambda at 1.58 plus 0.79672 a request against a cluster at 1,440.76 plus 0.00422 a request: the bills
     * meet at N = (1,440.76 - 1.58) / (0.79672 - 0.00422) = 1,439.18 / 0.7925 = 1,816 exactly, where both cost
     * 1.58 + 1,446.84352 = 1,440.76 + 7.66352 = 1,448.42352. The tie goes to Lambda, so the cluster is cheaper
     * from 1,817. Searched up to 1B, the root is read from the segment's quarter points, 250M and 750M, and in
     * {@code double} comes out a hair below 1,816 (1,815.99999997), so the answer lies two whole requests
     * above its floor: the first whole request is still 1,817.
     */
    @Test
    void solve_rootComputedJustBelowAWholeTie() {
        BillModel lambda = line(Side.SERVERLESS, "1.58", "0.79672");
        BillModel cluster = line(Side.CLUSTER, "1440.76", "0.00422");

        BreakevenResult result = solve(lambda, cluster, 0, 1e9);

        assertThat(Comparison.of(lambda, cluster, 1816).difference()).isEqualByComparingTo("0");
        assertThat(result.crossings()).singleElement().satisfies(crossing -> {
            assertThat(crossing.exactRoot()).isCloseTo(1816, within(1e-6)).isLessThan(1816);
            assertThat(crossing.requestsPerMonth()).isEqualTo(1817);
            assertThat(crossing.bills().cheaper()).isEqualTo(Side.CLUSTER);
        });
        assertThat(result.intervals()).containsExactly(new Interval(0, 1816, Side.SERVERLESS),
                new Interval(1817, 1_000_000_000, Side.CLUSTER));
    }

    /**
     * The solver's rule for a node step is a jump of more than half a cent. A flat Lambda of 0.006 a month
     * against 0.005 a node, one node per 100 requests: on the first node the cluster is 0.001 cheaper, and
     * the second node, just above 100, makes it 0.004 dearer; the bills jump by 0.005, exactly half a cent,
     * so the crossing is reported as continuous. Lambda is cheaper from 101.
     */
    @Test
    void solve_jumpOfExactlyHalfACentIsNotAStep() {
        BillModel cluster = new BillModel(Side.CLUSTER, "USD", List.of(steps("0.005", 100)));

        BreakevenResult result = solve(line(Side.SERVERLESS, "0.006", "0"), cluster, 0, 250);

        assertThat(result.crossings()).singleElement().satisfies(crossing -> {
            assertThat(crossing.exactRoot()).isEqualTo(100);
            assertThat(crossing.requestsPerMonth()).isEqualTo(101);
            assertThat(crossing.cheaperBelow()).isEqualTo(Side.CLUSTER);
            assertThat(crossing.atNodeStep()).isFalse();
        });
    }

    /**
     * A cluster whose node carries two lines, as a node and its gp3 volume do: 60 and 40 a node, one node per
     * 100 requests, steps at the same request counts as {@link #solve_nodeStepsAndContinuousCrossingsAlternate}'s
     * 100 a node, and both lines report each step. Against Lambda at 50 plus 1 a request the answer is the
     * same: crossings at 50, 100 (a step), 150 and 200 (a step).
     */
    @Test
    void solve_nodeStepReportedByTwoLinesIsOneStep() {
        BillModel cluster = new BillModel(Side.CLUSTER, "USD", List.of(steps("60", 100), steps("40", 100)));

        BreakevenResult result = solve(line(Side.SERVERLESS, "50", "1"), cluster, 0, 250);

        assertThat(result.crossings()).extracting(Crossing::requestsPerMonth).containsExactly(51L, 101L, 151L, 201L);
        assertThat(result.crossings()).extracting(Crossing::atNodeStep).containsExactly(false, true, false, true);
    }
}
