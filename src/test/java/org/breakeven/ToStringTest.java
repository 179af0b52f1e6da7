package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.FixedCost;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.serverless.LambdaFunction;
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
        Cluster cluster = Cluster.of("t3.medium", NodeSizing.fixed(3)).withControlPlanes(0, false)
                .withFixedCosts(java.util.List.of(FixedCost.of("Load balancer", "16")));
        Scenario scenario = Breakeven.defaultScenario().withFunction(LambdaFunction.of(1024, 200)).withCluster(cluster);

        assertThat(scenario.solve()).hasToString("Lambda USD 3.53/month vs cluster USD 107.10/month at 1,000,000 "
                + "requests/month; break-even at 30.3M requests/month");
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
        assertThat(scenario.pricing()).hasToString("PricingTable aws/us-east-1@2024-11-01 (25 rates, 5 allowances, "
                + "34 instance types)");
        assertThat(scenario.pricing().rate("lambda.duration.x86_64")).hasToString("lambda.duration.x86_64 "
                + "0.0000166667 to 6000000000 | 0.000015 to 15000000000 | 0.0000133334 above 15000000000 "
                + "USD per GB-second");
        assertThat(scenario.pricing().instance("t3.medium")).hasToString("t3.medium (2 vCPU, 4 GiB, x86_64) 0.0416/hour");
    }
}
