package org.breakeven;

import org.breakeven.bill.Money;
import org.breakeven.bill.Charge;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.Side;

import org.breakeven.bill.Bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.FixedCost;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.serverless.Architecture;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.junit.jupiter.api.Test;

/** The toString forms that people read in JShell and that reports print. */
class ToStringTest {

    /**
     * The example: the article's Lambda ($3.53 at 1M requests of 200 ms at 1,024 MB) against the
     * article's cluster (3 t3.medium, $91.10, plus a $16 load balancer, no EKS fee): break-even at
     * 107.10 / 0.00000353334 = 30.3M requests a month.
     */
    @Test
    void breakevenResult_articleExample() {
        // 3 x 730 x 0.0416 + 16 = 107.104 a month against 0.0000002 + 0.2 GB-s x 0.0000166667 = 0.00000353334 a
        // request: they meet at 107.104 / 0.00000353334 = 30,312,395.6, so the cluster is cheaper from 30,312,396.
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3)).withControlPlanes(0, false)
                .withFixedCosts(java.util.List.of(FixedCost.of("Load balancer", "16")));
        Scenario scenario = Breakeven.defaultScenario().withFunction(LambdaFunction.of(1024, 200)).withCluster(cluster);

        assertThat(scenario.solve()).hasToString("Lambda USD 3.53/month vs cluster USD 107.10/month at 1,000,000 "
                + "requests/month; break-even at 30.3M requests/month (30,312,396)");
    }

    @Test
    void bill_listsItsLines() {
        Bill bill = Breakeven.defaultScenario().at(1_000_000).serverless();

        assertThat(bill).hasToString(String.join(System.lineSeparator(),
                "Lambda bill at 1,000,000 requests/month: USD 3.53/month",
                "  Requests: 1,000,000 requests -> USD 0.20/month",
                "  Duration (x86_64): 50,000 GB-seconds -> USD 0.83/month",
                "  Downstream services (3x compute): 1 USD of compute -> USD 2.50/month"));
    }

    @Test
    void comparison_showsSharedServicesApart() {
        Scenario scenario = Breakeven.defaultScenario().withFunction(LambdaFunction.of(256, 200).withDownstream(
                org.breakeven.serverless.Downstream.items(org.breakeven.serverless.DownstreamItem.of(
                        org.breakeven.serverless.DownstreamKind.DYNAMODB_WRITE, 1))));

        // 1M write units at 0.000000625 = 0.625 -> 0.63, paid by the cluster too.
        assertThat(scenario.at(1_000_000)).hasToString("Lambda USD 1.03/month (USD 1.66 with shared services) vs "
                + "cluster USD 180.62/month at 1,000,000 requests/month");
    }

    @Test
    void crossingAndInterval_readAsSentences() {
        BreakevenResult result = Breakeven.defaultScenario().solve();

        assertThat(result.crossings().get(0)).hasToString("52.4M requests/month (52,411,544): Lambda cheaper below, "
                + "cluster above");
        assertThat(result.intervals()).extracting(Object::toString).containsExactly(
                "0 to 52.4M requests/month: Lambda cheaper", "52.4M to 10.0B requests/month: cluster cheaper");
    }

    @Test
    void money_roundsForDisplayOnly() {
        Money money = Money.of("USD", new BigDecimal("1234.565"));

        assertThat(money).hasToString("USD 1,234.57");
        assertThat(money.amount()).isEqualByComparingTo("1234.565");
        assertThat(money.roundedToCents().amount()).isEqualByComparingTo("1234.57");
    }

    @Test
    void valueTypes_describeThemselves() {
        Scenario scenario = Breakeven.defaultScenario();

        assertThat(scenario.function()).hasToString("Lambda 256 MB x86_64, 200.0 ms, downstream 3.0x compute");
        assertThat(scenario.cluster()).hasToString("EKS x1, 3 nodes t3.medium, 1 ALB");
        assertThat(scenario.pricing()).hasToString("PricingTable aws/us-east-1@2026-10-01 (50 rates, 22 allowances, "
                + "49 instance types)");
        assertThat(scenario.pricing().rate("lambda.duration.x86_64")).hasToString("lambda.duration.x86_64 "
                + "0.0000166667 to 6000000000 | 0.000015 to 15000000000 | 0.0000133334 above 15000000000 "
                + "USD per GB-second");
        assertThat(scenario.pricing().instance("t3.medium")).hasToString("t3.medium (2 vCPU, 4 GiB, x86_64) 0.0416/hour");
    }

    /**
     * Every optional part of a function and a cluster, with fractions shown in percent from their decimal
     * digits: 0.07 is 7%, 0.57 is 57% and 1/6 is 16.666666666666666%, not 7.000000000000001%,
     * 56.99999999999999% or 16.666666666666664% as {@code fraction * 100} in double would print them.
     */
    @Test
    void valueTypes_describeEveryPart() {
        LambdaFunction function = new LambdaFunction(1024, 50, Architecture.ARM64, 1024, true, 0.07, 400,
                new ProvisionedConcurrency(2, 720, 1.0 / 6, 50), new Downstream(List.of(DownstreamItem.of(
                        DownstreamKind.DYNAMODB_READ, 2)), 1, false));
        Cluster cluster = Cluster.of("m7g.large", NodeSizing.byCpu(2, 20, 0.57)).withControlPlanes(1, true)
                .withLoadBalancers(new LoadBalancers("ALB", 2, 10, 4)).withNat(1, 2).withStorageGbPerNode(30)
                .withOps(OpsHeadcount.of(0.5, 150_000)).withFixedCosts(List.of(FixedCost.of("Monitoring", "120.00")));

        assertThat(function).hasToString("Lambda 1024 MB arm64, 50.0 ms, 1024 MB ephemeral, free tier, 7% cold starts of"
                + " 400.0 ms, PC 2 environments for 720.0 h/month, taking 16.666666666666666% of requests at 50.0 ms,"
                + " downstream [DynamoDB reads 2.0 read request units/request (cluster pays too)] and 1.0x compute");
        assertThat(cluster).hasToString("EKS x1 (extended support), at least 2 nodes, 20.0 CPU-ms/request at 57% m7g.large,"
                + " 2 ALB, 1 NAT, 30.0 GB gp3/node, ops 0.5 FTE at 150000/year, 1 fixed costs");
        assertThat(NodeSizing.byCapacity(3, 100, 0.5)).hasToString("at least 3 nodes of 100.0 requests/s at 50%");
        assertThat(ProvisionedConcurrency.allMonth(1, 730, 200))
                .hasToString("1 environments for 730.0 h/month, taking 100% of requests at 200.0 ms");
        assertThat(ProvisionedConcurrency.NONE).hasToString("none");
        assertThat(NodeSizing.fixed(3)).hasToString("3 nodes");
        assertThat(new org.breakeven.workload.RequestRange(52_411_544, 10_000_000_000d))
                .hasToString("52.4M to 10.0B requests/month (52,411,544 to 10,000,000,000)");
    }

    /** Downstream items alone, a multiplier alone, and nothing: no stray spaces, nothing shown for nothing. */
    @Test
    void downstream_itemsOrMultiplier() {
        Downstream items = Downstream.items(DownstreamItem.of(DownstreamKind.API_GATEWAY_HTTP, 1));

        assertThat(items).hasToString("[API Gateway HTTP API 1.0 requests/request]");
        assertThat(Downstream.multiplier(3)).hasToString("3.0x compute");
        assertThat(LambdaFunction.of(128, 100).withDownstream(items))
                .hasToString("Lambda 128 MB x86_64, 100.0 ms, downstream [API Gateway HTTP API 1.0 requests/request]");
        assertThat(LambdaFunction.of(128, 100).withDownstream(Downstream.NONE)).hasToString("Lambda 128 MB x86_64, 100.0 ms");
        assertThat(Cluster.of("t3.medium", NodeSizing.fixed(3))).hasToString("EKS x1, 3 nodes t3.medium");
    }

    /**
     * A bill that has a line the cluster pays too shows both totals. 256 MB for 200 ms with one DynamoDB write
     * per request, at 1,000,000 requests: requests 0.20; 50,000 GB-s * 0.0000166667 = 0.833335 -> 0.83; 1,000,000
     * write units * 0.000000625 = 0.625 -> 0.63, paid by the cluster too; total 1.66, of which 1.03 counts.
     */
    @Test
    void bill_showsSharedLinesApart() {
        Scenario scenario = Breakeven.defaultScenario().withFunction(LambdaFunction.of(256, 200).withDownstream(
                Downstream.items(DownstreamItem.of(DownstreamKind.DYNAMODB_WRITE, 1))));

        assertThat(scenario.at(1_000_000).serverless()).hasToString(String.join(System.lineSeparator(),
                "Lambda bill at 1,000,000 requests/month: USD 1.66/month (USD 1.03/month not paid by the cluster too)",
                "  Requests: 1,000,000 requests -> USD 0.20/month",
                "  Duration (x86_64): 50,000 GB-seconds -> USD 0.83/month",
                "  DynamoDB writes: 1,000,000 write request units -> USD 0.63/month (cluster pays too)"));
    }

    /** AWS example 1's requests: 3,000,000 less 1,000,000 free are 2,000,000 billable at 0.0000002 = 0.40. */
    @Test
    void lineItem_showsTheBillablePart() {
        Scenario scenario = Breakeven.defaultScenario().withFunction(LambdaFunction.of(1536, 120).withFreeTier(true));

        assertThat(scenario.at(3_000_000).serverless().item("Requests"))
                .hasToString("Requests: 2,000,000 billable of 3,000,000 requests -> USD 0.40/month");
    }

    @Test
    void billModelAndScenario_describeThemselves() {
        Scenario scenario = Breakeven.defaultScenario();
        BillModel cluster = scenario.clusterModel();

        assertThat(cluster).hasToString("cluster bill model with 4 lines");
        assertThat(cluster.side()).isEqualTo(Side.CLUSTER);
        assertThat(cluster.side().other()).isEqualTo(Side.SERVERLESS);
        assertThat(Side.SERVERLESS.other()).isEqualTo(Side.CLUSTER);
        assertThat(cluster.charges()).extracting(Charge::name).containsExactly("Nodes (t3.medium)",
                "EKS control plane (standard support)", "Load balancer hours (ALB)", "Load balancer capacity units (ALB)");
        assertThat(scenario).hasToString("Scenario[1,000,000 requests/month, peak 1.0x average; Lambda 256 MB x86_64,"
                + " 200.0 ms, downstream 3.0x compute; EKS x1, 3 nodes t3.medium, 1 ALB; aws/us-east-1@2026-10-01,"
                + " 730 h/month, 1 ms billing; search 0 to 10.0B requests/month]");
        assertThat(scenario.withConventions(new Conventions(744, 1)).conventions().hoursPerMonth()).isEqualTo(744);
    }
}
