package org.breakeven;

import org.breakeven.bill.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every scenario in {@code examples/} and checks its answer against arithmetic done by hand from
 * the rates of the shipped table {@code aws/us-east-1@2024-11-01} (examples/README.md says what each
 * scenario assumes).
 * <p>
 * Where the cluster keeps the same node count up to the crossing, both bills are lines in requests N:
 * Lambda {@code N * m} (the lines the cluster does not pay too) and the cluster {@code C + N * c}, where
 * {@code c} is the ALB's capacity units. The bills meet at {@code N = C / (m - c)}, and Lambda is cheaper
 * below, so the break-even is the first whole request above it, {@code floor(N) + 1}: the solver must give
 * exactly that, and the exact root to within one request.
 */
class ExamplesTest {

    private static final double HOURS = 730;
    /** lambda.requests, USD per request. */
    private static final double REQUEST = 0.0000002;
    /** lambda.duration.x86_64, first tier, USD per GB-second. */
    private static final double X86_GBS = 0.0000166667;
    /** lambda.duration.arm64, first tier, USD per GB-second. */
    private static final double ARM_GBS = 0.0000133334;
    /** apigateway.http, first 300M, USD per request. */
    private static final double HTTP_API = 0.000001;
    /** eks.cluster.standard + elb.alb.hour, USD per month. */
    private static final double EKS_AND_ALB = HOURS * 0.10 + HOURS * 0.0225;
    /** One new connection per request: LCU-hours per request = 1 / (3600 s * 25 connections/s), at 0.008 USD. */
    private static final double LCU_PER_REQUEST = 0.008 / (3600 * 25);

    private static BreakevenResult solve(String file) {
        return ScenarioFile.read(Path.of("examples", file)).solve();
    }

    private static void assertBreakEven(String file, double fixedClusterCost, double lambdaPerRequest,
            double clusterPerRequest) {
        BreakevenResult result = solve(file);
        double expected = fixedClusterCost / (lambdaPerRequest - clusterPerRequest);
        assertThat(result.crossings()).hasSize(1);
        assertThat(result.crossings().get(0).cheaperBelow()).isEqualTo(Side.SERVERLESS);
        assertThat(result.breakEven().exactRequestsPerMonth()).isCloseTo(expected, within(1.0));
        assertThat(result.breakEven().requestsPerMonth()).isEqualTo((long) Math.floor(expected) + 1);
    }

    @Test
    void everyExample_hasATest() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            Set<String> scenarios = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml"))
                    .collect(Collectors.toSet());
            assertThat(scenarios).containsExactlyInAnyOrder("default.json", "low-traffic-rest-api.yaml",
                    "webhook-processor-spiky.yaml", "steady-high-throughput.json", "arm64-graviton.yaml",
                    "provisioned-concurrency.yaml", "diurnal-autoscaled.yaml", "production-baseline.yaml",
                    "committed-cluster.yaml", "four-ways.yaml", "eks-auto-mode.yaml");
        }
    }

    @Test
    void committedCluster_commitmentsAndSpotMoveTheBreakEven() {
        // Cluster, 4 fixed m6i.xlarge (0.192/h), half of the node-hours on Spot:
        //   on demand 2 * 730 = 1,460 instance-hours, all covered by the Compute Savings Plan sized to the on-demand
        //   minimum (0.5 * 4 = 2 nodes), so the line pays 0; the plan's fee is 2 * 0.192 * (1 - 0.36) * 730
        //   = 2 * 0.12288 * 730 = 179.4048;
        //   Spot 1,460 instance-hours at 0.192 * (1 - 0.60) * (1 + 0.10) = 0.08448: 123.3408;
        //   EKS + ALB 89.425; fixed total 179.4048 + 123.3408 + 89.425 = 392.1706; per request 2e-6 LCU-h * 0.008.
        // Lambda: fee 0.05 * 730 = 36.50, covering 36.50 / 0.88 = 41.4772727... of on-demand duration, which is
        //   1 GB * 0.04 s * X86_GBS = 6.66668e-7 per request: covered up to 41.4772727 / 6.66668e-7 = 62.2M requests,
        //   where Lambda (36.50 + 62.2M * 1.2e-6 = 111.16) is far below the cluster (393.17). Above it Lambda is
        //   36.50 - 41.4772727 + N * (REQUEST + duration + HTTP_API) and the bills meet at
        //   N = (392.1706 + 4.9772727) / (REQUEST + duration + HTTP_API - 2e-6 * 0.008) = 214.6M.
        double duration = 0.04 * X86_GBS;
        double covered = 0.05 * HOURS / 0.88;
        double cluster = 2 * 0.192 * 0.64 * HOURS + 2 * HOURS * 0.192 * 0.4 * 1.1 + EKS_AND_ALB;
        assertBreakEven("committed-cluster.yaml", cluster + covered - 0.05 * HOURS,
                REQUEST + duration + HTTP_API, 2e-6 * 0.008);
        BreakevenResult result = solve("committed-cluster.yaml");
        assertThat(result.breakEven().requestsPerMonth()).isBetween(214_000_000L, 215_000_000L);
        // At 0 requests the cluster's commitment is paid in full while its node line is 0.
        Comparison zero = ScenarioFile.read(Path.of("examples", "committed-cluster.yaml")).at(0);
        assertThat(zero.cluster().item("Nodes on demand (m6i.xlarge)").amount().amount()).isEqualByComparingTo("0");
        assertThat(zero.cluster().item("Compute Savings Plan commitment (1-year, noUpfront, nodes)").rounded())
                .hasToString("USD 179.40");
        // At list prices: 280.32 on demand + 280.32 Spot + 73.00 EKS + 16.43 ALB (16.425 rounded half-up), fee 0.
        assertThat(zero.cluster().listTotal().amount()).isEqualByComparingTo("650.07");
    }

    @Test
    void default_isTheBuiltInScenario() {
        // 3 x t3.medium (0.0416/h) + EKS + ALB = 91.104 + 73 + 16.425 = 180.529 USD/month.
        // Lambda per request: 0.2e-6 + 0.25 GB * 0.2 s * X86_GBS, plus 3x that compute: 3.53334e-6.
        double compute = 0.25 * 0.2 * X86_GBS;
        assertBreakEven("default.json", 3 * HOURS * 0.0416 + EKS_AND_ALB, REQUEST + compute * 4, LCU_PER_REQUEST);
        assertThat(solve("default.json").toString()).isEqualTo(Breakeven.defaultScenario().solve().toString());
    }

    @Test
    void lowTrafficRestApi_lambdaCheaperUntil71M() {
        // 2 x t3.medium + EKS + ALB = 60.736 + 89.425 = 150.161 USD/month.
        // Lambda: requests + 0.5 GB * 0.12 s + one HTTP API request; the DynamoDB reads are paid on both sides.
        assertBreakEven("low-traffic-rest-api.yaml", 2 * HOURS * 0.0416 + EKS_AND_ALB,
                REQUEST + 0.5 * 0.12 * X86_GBS + HTTP_API, LCU_PER_REQUEST);
        assertThat(solve("low-traffic-rest-api.yaml").breakEven().requestsPerMonth()).isBetween(70_000_000L, 72_000_000L);
    }

    @Test
    void provisionedConcurrency_pcFeeIsAFixedCost() {
        // Provisioned Concurrency: 10 environments * 2 GB * 730 h * 3600 s = 52,560,000 GB-s at 0.0000041667
        // = 219.0018 USD/month whatever the traffic. It serves up to 10 * 2,628,000 s / 0.15 s = 175.2M
        // requests at the provisioned duration rate, 2 GB * 0.15 s * 0.0000097222 each, far above the answer.
        // Cluster: 3 x m6i.large (0.096/h) + EKS + ALB = 210.24 + 89.425 = 299.665 USD/month.
        double pcFee = 10 * 2 * HOURS * 3600 * 0.0000041667;
        double cluster = 3 * HOURS * 0.096 + EKS_AND_ALB;
        assertBreakEven("provisioned-concurrency.yaml", cluster - pcFee, REQUEST + 2 * 0.15 * 0.0000097222,
                LCU_PER_REQUEST);
    }

    @Test
    void arm64_gravitonNodesStayAtTheMinimum() {
        // m7g.large: 2 vCPU * 1000 / 15 CPU-ms = 133.3 requests/s per node, planned at 60% = 80 requests/s at
        // the peak; at a peak twice the average one node carries 80 * 730 * 3600 / 2 = 105,120,000
        // requests/month, so the 2-node minimum holds to 210M, above the answer.
        // Cluster: 2 x m7g.large (0.0816/h) + EKS + ALB = 119.136 + 89.425 = 208.561 USD/month.
        // Lambda arm64: requests + 1 GB * 0.06 s * ARM_GBS + one HTTP API request.
        assertBreakEven("arm64-graviton.yaml", 2 * HOURS * 0.0816 + EKS_AND_ALB, REQUEST + 0.06 * ARM_GBS + HTTP_API,
                LCU_PER_REQUEST);
        assertThat(solve("arm64-graviton.yaml").breakEven().requestsPerMonth()).isLessThan(105_120_000L * 2);
    }

    @Test
    void steadyHighThroughput_clusterCheaperAbove275M() {
        // m6i.xlarge: 4 vCPU * 1000 / 8 CPU-ms = 500 requests/s per node, at 65% = 325; at a peak of 1.5x
        // one node carries 325 * 2,628,000 / 1.5 = 569,400,000 requests/month: 3 nodes up to 1.7B.
        // Cluster: 3 x m6i.xlarge (0.192/h) + EKS + ALB = 420.48 + 89.425 = 509.905 USD/month; the ALB bills
        // the larger LCU dimension: 1 / (3600 * 100 * 25) LCU-h by connections or 2 KB / 1 GB = 2e-6 LCU-h
        // by bytes, so 2e-6 * 0.008 per request.
        // Lambda: requests + 1 GB * 0.04 s * X86_GBS + one HTTP API request (first tier up to 300M).
        assertBreakEven("steady-high-throughput.json", 3 * HOURS * 0.192 + EKS_AND_ALB,
                REQUEST + 0.04 * X86_GBS + HTTP_API, 2e-6 * 0.008);
        BreakevenResult result = solve("steady-high-throughput.json");
        assertThat(result.current().cheaper()).isEqualTo(Side.CLUSTER);
    }

    @Test
    void webhookProcessorSpiky_neverCrosses() {
        // c6i.large sized for a peak 25x the average at 150 requests/s * 60%: one node per
        // 90 * 2,628,000 / 25 = 9,460,800 requests/month, so each request costs the cluster
        // 730 * 0.085 / 9,460,800 = 6.56 USD per million in nodes alone, plus the ALB's 0.09, while Lambda
        // costs at most 0.2 + 0.25 GB * 0.4 s * X86_GBS * 1e6 + 1.0 = 2.87 USD per million (the SQS calls are
        // paid on both sides). The cluster starts higher (2 nodes + EKS + ALB = 213.525 USD) and grows faster,
        // so Lambda is cheaper everywhere.
        // But not able to serve everything: at bursts of 25x the average and 400 ms a request, Lambda's 1,000
        // concurrent executions are reached at N / 2,628,000 s * 25 * 0.4 s = 1,000, N = 262,800,000 requests a
        // month; above it Lambda throttles.
        BreakevenResult result = solve("webhook-processor-spiky.yaml");
        assertThat(result.crosses()).isFalse();
        assertThat(result.breakEven().beyondRange()).isEmpty();
        assertThat(result.explanation()).startsWith("Lambda is cheaper throughout and the bills never cross");
        assertThat(result.saturatesAt(Side.SERVERLESS)).hasValue(262_800_001L);
        assertThat(result.intervals()).extracting(Interval::cheaper).containsExactly(Side.SERVERLESS, Side.SERVERLESS);
        assertThat(result.intervals().get(1)).hasToString("262.8M to 10.0B requests/month: Lambda saturated (cheaper"
                + " on paper); only the cluster serves the peak");
        assertThat(result.breakEven().sentence()).isEqualTo("no break-even in 0 to 10.0B requests/month: Lambda cheaper"
                + " throughout; Lambda throttles above 262.8M requests/month (the regional concurrency limit of 1,000"
                + " at 400 ms a request)");
        assertThat(result.current().cluster().total().amount().doubleValue())
                .isCloseTo(4 * HOURS * 0.085 + EKS_AND_ALB + 30e6 * LCU_PER_REQUEST, within(0.02));
    }

    /**
     * Issue 9's business-hours API. An m6i.large has 2 vCPUs: at 100 CPU-ms a request one node serves
     * 2 * 1000 / 100 = 20 requests/s, 12 at 60%, or 43,200 requests in an hour. The businessHours profile puts
     * N * 7 * 24 / (84 * 730) = 2N / 730 requests in each of its 10 busy hours and 2N / 5110 in each of its 14
     * quiet ones, so a busy hour needs one more node every 43,200 * 365 = 15,768,000 requests a month and a
     * quiet one every 43,200 * 2,555 = 110,376,000.
     * <p>
     * Between 5 * 15.768M = 78.84M and 6 * 15.768M = 94.608M the busy hours run 6 nodes and the quiet ones the
     * minimum of 2 (a quiet hour needs 1 below 110.4M): 10 * 6 + 14 * 2 = 88 node-hours a day, 88 * 730 / 24 =
     * 2,676.67 a month at 0.096 USD, plus EKS and the ALB; the ALB's capacity units grow with N as in every
     * example. Lambda: requests + 1,769 / 1,024 GB * 0.1 s * X86_GBS + one HTTP API request (first tier).
     * The bills meet at about 86.8M, inside that stretch: issue 9's "near 87M".
     * <p>
     * At 1B: busy hours hold 2,739,726 requests, ceil(63.4) = 64 nodes; quiet hours 391,389, ceil(9.06) = 10;
     * (10 * 64 + 14 * 10) * 730 / 24 = 23,725 node-hours, 2,277.60 USD, and the cluster bill 2,277.60 + 73 +
     * 16.43 + 11,111.1 LCU-hours * 0.008 = 2,455.92 USD. Lambda: 200 + 172,753,906 GB-s * X86_GBS = 2,879.24,
     * plus 300M * 1.00 + 700M * 0.90 per million = 930 for the HTTP API: 4,009.24 USD. The cluster is
     * 1 - 2,455.92 / 4,009.24 = 38.7% cheaper (the issue's "about 39%").
     * <p>
     * Sized for the peak all month instead, 64 nodes * 730 h = 46,720 node-hours, 4,485.12 USD, and the cluster
     * bill 4,663.44 USD at 1B: Lambda is cheaper throughout (the issue's "$4,009 vs $4,663").
     */
    @Test
    void diurnalAutoscaled_theIssuesBusinessHoursApi() {
        double lambdaPerRequest = REQUEST + 1769 / 1024.0 * 0.1 * X86_GBS + HTTP_API;
        assertBreakEven("diurnal-autoscaled.yaml", 88 * HOURS / 24 * 0.096 + EKS_AND_ALB, lambdaPerRequest,
                LCU_PER_REQUEST);
        assertThat(solve("diurnal-autoscaled.yaml").breakEven().requestsPerMonth()).isBetween(78_840_001L, 94_608_000L);

        Scenario scenario = ScenarioFile.read(Path.of("examples", "diurnal-autoscaled.yaml"));
        Comparison atOneBillion = scenario.at(1_000_000_000L);
        assertThat(atOneBillion.serverless().total().amount()).isEqualByComparingTo("4009.24");
        assertThat(atOneBillion.cluster().total().amount()).isEqualByComparingTo("2455.92");
        assertThat(scenario.nodesByHour(1_000_000_000L).peak()).isEqualTo(64);
        assertThat(scenario.nodesByHour(1_000_000_000L).nodeHours()).isEqualByComparingTo("23725");
        assertThat(scenario.solve().current().cheaper()).isEqualTo(Side.CLUSTER);

        Scenario peakSized = scenario.withCluster(scenario.cluster()
                .withNodes(org.breakeven.cluster.NodeSizing.byCpu(2, 100, 0.6)));
        assertThat(peakSized.at(1_000_000_000L).cluster().total().amount()).isEqualByComparingTo("4663.44");
        assertThat(peakSized.solve().crosses()).isFalse();
        assertThat(peakSized.solve().intervals()).extracting(Interval::cheaper).containsExactly(Side.SERVERLESS);
    }

    /**
     * The default service on the default cluster with issue 9's production overheads. The cluster's fixed costs
     * are the default's 91.104 + 73 + 16.425 = 180.529 USD plus one NAT gateway, 730 h * 0.045 = 32.85; four
     * public IPv4 addresses (the ALB's one in each of three zones and the NAT gateway's Elastic IP), 4 * 730 h *
     * 0.005 = 14.60; and 20 GB root volumes on three nodes, 60 GB-months * 0.08 = 4.80: 232.779 USD a month. Both
     * slopes are the default's, so the break-even moves by 232.779 / 180.529 = 1.2894: from 52.4M to 67.6M, 28.9%
     * later.
     * <p>
     * The issue's "one NAT gateway and three addresses moves its break-even by about 27%": with three addresses
     * and no root volume, (180.529 + 32.85 + 10.95) / 180.529 = 1.2426, 24.3%; adding the three 20 GB root volumes
     * gives (180.529 + 32.85 + 10.95 + 4.80) / 180.529 = 1.2692, 26.9%, the issue's figure. The example counts the
     * NAT gateway's own address too, which AWS charges since 2024-02-01.
     */
    @Test
    void productionBaseline_overheadsMoveTheDefaultsBreakEven() {
        double compute = 0.25 * 0.2 * X86_GBS;
        double lambdaPerRequest = REQUEST + compute * 4;
        double defaults = 3 * HOURS * 0.0416 + EKS_AND_ALB;
        double overheads = HOURS * 0.045 + 4 * HOURS * 0.005 + 3 * 20 * 0.08;
        assertBreakEven("production-baseline.yaml", defaults + overheads, lambdaPerRequest, LCU_PER_REQUEST);
        assertThat(solve("production-baseline.yaml").breakEven().requestsPerMonth()).isEqualTo(67_580_870L);
        assertThat(solve("production-baseline.yaml").current().cluster().total().amount())
                .isEqualByComparingTo("232.87");

        Scenario scenario = Breakeven.defaultScenario();
        double before = scenario.solve().breakEven().exactRequestsPerMonth();
        double after = solve("production-baseline.yaml").breakEven().exactRequestsPerMonth();
        assertThat(after / before).isCloseTo((defaults + overheads) / defaults, within(1e-6));
        assertThat(after / before - 1).isCloseTo(0.289, within(0.0005));
        org.breakeven.cluster.Cluster threeAddresses = scenario.cluster().withNat(1, 0).withStorageGbPerNode(20)
                .withNetwork(org.breakeven.cluster.Network.NONE.withPublicIpv4Addresses(3));
        double issue = scenario.withCluster(threeAddresses).solve().breakEven().exactRequestsPerMonth();
        assertThat(issue / before - 1).isCloseTo(0.269, within(0.0005));
    }

    @Test
    void examplesReadme_namesTheJsonExamples() throws IOException {
        // (Each YAML example reads to the same scenario as its JSON twin: ScenarioFileYamlTest.)
        assertThat(Files.readString(Path.of("examples", "README.md"))).contains("steady-high-throughput.json",
                "default.json");
    }

    /** Reads an example with options, priced by the table it names: aws/us-east-1@2026-10-01. */
    private static Scenario withOptions(String file) throws IOException {
        Scenario scenario = ScenarioFile.read(Path.of("examples", file));
        assertThat(scenario.pricing().version()).isEqualTo("aws/us-east-1@2026-10-01");
        return scenario;
    }

    private static String totals(Envelope envelope, long requests) {
        return envelope.options().stream().map(o -> o.name() + " " + o.model().bill(requests).comparableTotal().amount())
                .collect(Collectors.joining(", "));
    }

    /**
     * Four ways at 3B requests a month, 1.5x peak: 3,000,000,000 / (730 * 3,600) * 1.5 = 1,712.33 requests/s.
     * <pre>
     * lambda-http  requests 3e9 * 0.2e-6 = 600.00; duration 3e9 * 0.04 s * 1 GB = 120M GB-s * 0.0000166667
     *              = 2,000.00; HTTP API 300M * 1e-6 + 2.7B * 0.9e-6 = 2,730.00; total 5,330.00
     * lmi-alb      5 per vCPU * 4 vCPU * 1,000 / 40 ms = 500 requests/s an instance, at 65% 325: ceil(5.27) = 6
     *              instances, 4,380 h: EC2 * 0.1632 = 714.82, fee * 0.02448 = 107.22; requests 600.00; ALB hours
     *              730 * 0.0225 = 16.43; LCUs: 2 KB / (10^6 * 0.4 GB) = 5e-6 a request (above 1 / (3,600 * 100 *
     *              25)), 15,000 LCU-hours * 0.008 = 120.00; total 1,558.47
     * ecs-fargate  125 * 65% = 81.25 requests/s a task: ceil(21.07) = 22 tasks, 16,060 task-hours: vCPU * 0.03238
     *              = 520.02, 32,120 GB-hours * 0.00356 = 114.35; ALB 16.43 + 6,000 LCU-hours (1 GB each) * 0.008 =
     *              48.00; total 698.80
     * eks-m7g      1,712.33 * 8 ms = 13.70 vCPU, 1.3 a node at 65%: ceil(10.54) = 11 nodes, 8,030 h * 0.0816 =
     *              655.25; control plane 73.00; ALB 16.43 + 48.00; total 792.68
     * </pre>
     * At 10M Lambda's 2.00 + 6.67 + 10.00 = 18.67 is cheapest; Fargate's two-task floor, 2 * 730 * (0.03238 + 2 *
     * 0.00356) = 57.67, plus the ALB's 16.43 and LCUs, overtakes it at 40,036,895.
     */
    @Test
    void fourWays_cheapestByTraffic() throws IOException {
        Envelope envelope = withOptions("four-ways.yaml").envelope();

        assertThat(totals(envelope, 3_000_000_000L)).isEqualTo(
                "lambda-http 5330.00, lmi-alb 1558.47, ecs-fargate 698.80, eks-m7g 792.68");
        assertThat(envelope.cheapestAt(10_000_000).name()).isEqualTo("lambda-http");
        assertThat(totals(envelope, 10_000_000)).startsWith("lambda-http 18.67,");
        assertThat(envelope.cheapestAt(100_000_000).name()).isEqualTo("ecs-fargate");
        assertThat(envelope.cheapestAt(1_000_000_000).name()).isEqualTo("ecs-fargate");
        assertThat(envelope.cheapestAt(3_000_000_000L).name()).isEqualTo("ecs-fargate");
        assertThat(envelope.switches()).extracting(Switch::toString)
                .containsExactly("ecs-fargate cheaper than lambda-http from 40,036,895 requests/month");
        assertThat(envelope.crossings("lmi-alb", "lambda-http")).extracting(Switch::requestsPerMonth)
                .containsExactly(262_772_859L);
    }

    /**
     * Auto Mode on m7g.large against the team's m6i.large, at 1B (570.78 requests/s at peak, 4.57 vCPU, 1.3 a node:
     * 4 nodes, 2,920 node-hours): m6i 2,920 * 0.096 = 280.32 against m7g 2,920 * 0.0816 = 238.27 plus the Auto Mode
     * fee 2,920 * 0.00979 = 28.59, so Auto Mode is 280.32 - 266.86 = 13.46 a month cheaper on nodes; both pay 73.00
     * for the control plane and 16.43 + 16.00 for the ALB.
     */
    @Test
    void eksAutoMode_onGravitonPaysForItsFee() throws IOException {
        Envelope envelope = withOptions("eks-auto-mode.yaml").envelope();

        assertThat(totals(envelope, 1_000_000_000)).isEqualTo(
                "eks-m6i 385.75, eks-auto-m7g 372.29, lambda-http 1796.67");
        assertThat(envelope.cheapestAt(1_000_000_000).name()).isEqualTo("eks-auto-m7g");
        assertThat(envelope.bandAt(1_000_000_000).runnerUp().name()).isEqualTo("eks-m6i");
        assertThat(envelope.switches()).extracting(Switch::toString)
                .containsExactly("eks-auto-m7g cheaper than lambda-http from 120,418,358 requests/month");
    }
}
