package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.issues.Issue8Tables;
import org.breakeven.pricing.PricingDiff;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DynamoDB on-demand price cut of 2024-11-01 (aws-rates.md §3), priced on a scenario whose requests
 * each read and write one DynamoDB item that the cluster would not pay for.
 * <p>
 * The arithmetic, from the shipped tables (us-east-1, 730 hours a month):
 * <ul>
 * <li>Cluster: one t3.medium node and one EKS control plane, 730 x 0.0416 + 730 x 0.10 = 30.368 + 73 =
 * USD 103.368 a month, whatever the traffic and in both tables.</li>
 * <li>Lambda per request, 128 MB for 100 ms on x86_64 without the free tier: request 0.0000002; duration
 * 0.1 s x 0.125 GB = 0.0125 GB-s x 0.0000166667 = 0.00000020833375 (the first tier holds up to 6e9 GB-s,
 * 480 billion requests); so 0.00000040833375 plus DynamoDB.</li>
 * <li>DynamoDB per request: before the cut 0.00000025 (RRU) + 0.00000125 (WRU); after it 0.000000125 +
 * 0.000000625.</li>
 * <li>Both bills are linear with no fixed Lambda part, so the break-even is 103.368 / (Lambda per request).</li>
 * </ul>
 */
class PricingImpactTest {

    private static final PricingTable JULY = PricingTables.version("aws", "us-east-1", "2024-07-01");
    private static final PricingTable NOVEMBER = PricingTables.version("aws", "us-east-1", "2024-11-01");
    private static final BigDecimal CLUSTER = new BigDecimal("103.368");
    private static final BigDecimal LAMBDA_ONLY = new BigDecimal("0.00000040833375");
    private static final BigDecimal RRU_BEFORE = new BigDecimal("0.00000025");
    private static final BigDecimal WRU_BEFORE = new BigDecimal("0.00000125");
    private static final BigDecimal RRU_AFTER = new BigDecimal("0.000000125");
    private static final BigDecimal WRU_AFTER = new BigDecimal("0.000000625");
    private static final long REQUESTS = 10_000_000;

    private static Scenario dynamoScenario() {
        LambdaFunction function = LambdaFunction.of(128, 100).withDownstream(Downstream.items(
                new DownstreamItem(DownstreamKind.DYNAMODB_READ, 1, false),
                new DownstreamItem(DownstreamKind.DYNAMODB_WRITE, 1, false)));
        return Breakeven.defaultScenario().withPricing(JULY).withFunction(function)
                .withCluster(Cluster.of("t3.medium", NodeSizing.fixed(1))).withWorkload(Workload.of(REQUESTS));
    }

    @Test
    void of_dynamoDbPriceCutMovesTheBreakEvenUp() {
        PricingImpact impact = PricingImpact.of(dynamoScenario(), NOVEMBER);

        BigDecimal perRequestBefore = LAMBDA_ONLY.add(RRU_BEFORE).add(WRU_BEFORE);  // 0.00000190833375
        assertThat(impact.before().breakEven().exactRequestsPerMonth())
                .isCloseTo(breakEven(perRequestBefore), within(1.0));                    // 54,166,... requests
        assertThat(impact.effects()).hasSize(2);

        PricingImpact.Effect read = impact.effect("rate dynamodb.readRequestUnit").orElseThrow();
        BigDecimal perRequestRead = LAMBDA_ONLY.add(RRU_AFTER).add(WRU_BEFORE);       // 0.00000178333375
        assertThat(read.breakEvenBefore().exactRequestsPerMonth()).isCloseTo(breakEven(perRequestBefore), within(1.0));
        assertThat(read.breakEvenAfter().orElseThrow().exactRequestsPerMonth()).isCloseTo(breakEven(perRequestRead), within(1.0));
        assertThat(read.breakEvenShift().getAsLong()).isPositive();
        assertBills(read, perRequestBefore, perRequestRead);

        PricingImpact.Effect write = impact.effect("rate dynamodb.writeRequestUnit").orElseThrow();
        BigDecimal perRequestWrite = LAMBDA_ONLY.add(RRU_BEFORE).add(WRU_AFTER);      // 0.00000128333375
        assertThat(write.breakEvenAfter().orElseThrow().exactRequestsPerMonth()).isCloseTo(breakEven(perRequestWrite), within(1.0));
        assertThat(write.breakEvenShift().getAsLong()).isGreaterThan(read.breakEvenShift().getAsLong());
        assertBills(write, perRequestBefore, perRequestWrite);

        PricingImpact.Effect total = impact.total();
        BigDecimal perRequestAfter = LAMBDA_ONLY.add(RRU_AFTER).add(WRU_AFTER);       // 0.00000115833375
        assertThat(total.change()).isEqualTo("all 2 changes");
        assertThat(total.breakEvenAfter().orElseThrow().exactRequestsPerMonth()).isCloseTo(breakEven(perRequestAfter), within(1.0));
        assertBills(total, perRequestBefore, perRequestAfter);
    }

    @Test
    void of_dynamoDbPriceCutExactBills() {
        PricingImpact.Effect total = PricingImpact.of(dynamoScenario(), NOVEMBER).total();

        // 10,000,000 x 0.00000190833375 = 19.0833375; 10,000,000 x 0.00000115833375 = 11.5833375.
        assertThat(total.billsBefore().serverless().exactTotal().amount()).isEqualByComparingTo("19.0833375");
        assertThat(total.billsAfter().orElseThrow().serverless().exactTotal().amount()).isEqualByComparingTo("11.5833375");
        assertThat(total.billsAfter().orElseThrow().serverless().total().amount()).isEqualByComparingTo("11.58");
        assertThat(total.billsAfter().orElseThrow().cluster().exactTotal().amount()).isEqualByComparingTo("103.368");
    }

    @Test
    void toString_dynamoDbPriceCut() {
        String nl = System.lineSeparator();

        assertThat(PricingImpact.of(dynamoScenario(), NOVEMBER)).hasToString(
                "PricingImpact aws/us-east-1@2024-07-01 -> aws/us-east-1@2024-11-01 at 10,000,000 requests/month" + nl
                        + "  before: break-even at 54.2M requests/month (54,166,626); Lambda USD 19.08/month, cluster USD 103.37/month" + nl
                        + "  rate dynamodb.readRequestUnit: break-even 54.2M -> 58.0M requests/month (+3.8M);"
                        + " Lambda USD 19.08 -> USD 17.83/month, cluster USD 103.37 -> USD 103.37/month" + nl
                        + "  rate dynamodb.writeRequestUnit: break-even 54.2M -> 80.5M requests/month (+26.4M);"
                        + " Lambda USD 19.08 -> USD 12.83/month, cluster USD 103.37 -> USD 103.37/month" + nl
                        + "  all 2 changes: break-even 54.2M -> 89.2M requests/month (+35.1M);"
                        + " Lambda USD 19.08 -> USD 11.58/month, cluster USD 103.37 -> USD 103.37/month");
    }

    @Test
    void of_changesTheScenarioDoesNotPrice() {
        Scenario scenario = Breakeven.defaultScenario().withPricing(JULY);

        PricingImpact impact = PricingImpact.of(scenario, NOVEMBER);

        assertThat(impact.effects()).noneMatch(PricingImpact.Effect::moves);
        assertThat(impact.total().moves()).isFalse();
        assertThat(impact.total().breakEvenShift().getAsLong()).isZero();
        assertThat(impact.total()).hasToString("all 2 changes: no effect on this scenario");
    }

    @Test
    void of_tableWithoutARateTheScenarioNeeds() {
        Scenario scenario = dynamoScenario().withPricing(NOVEMBER);

        PricingImpact impact = PricingImpact.of(scenario, PricingTables.version("aws", "eu-west-1", "2026-10-01"));

        PricingImpact.Effect read = impact.effect("rate dynamodb.readRequestUnit").orElseThrow();
        assertThat(read.isPriced()).isFalse();
        assertThat(read.breakEvenAfter()).isEmpty();
        assertThat(read.billsAfter()).isEmpty();
        assertThat(read.failure()).startsWith("rate dynamodb.readRequestUnit is not in pricing table");
        assertThat(impact.total().isPriced()).isFalse();
        assertThat(impact.total().failure())
                .startsWith("rate dynamodb.readRequestUnit is not in pricing table aws/eu-west-1@2026-10-01");
        // aws-ec2-rates.md: t3.medium 0.0416 -> 0.0456 per hour, so the cluster costs 730 x 0.004 = 2.92 more.
        PricingImpact.Effect node = impact.effect("instance type t3.medium").orElseThrow();
        assertThat(node.billsAfter().orElseThrow().cluster().exactTotal().amount()
                .subtract(node.billsBefore().cluster().exactTotal().amount())).isEqualByComparingTo("2.92");
        assertThat(node.breakEvenShift().getAsLong()).isPositive();
    }

    /**
     * With DynamoDB reads only, the write price cut changes nothing the scenario pays: the summary names the
     * read change and the total, and counts the write change as one that does not move the scenario.
     */
    @Test
    void toString_countsTheChangesThatDoNotMove() {
        Scenario scenario = dynamoScenario().withFunction(LambdaFunction.of(128, 100).withDownstream(Downstream.items(
                new DownstreamItem(DownstreamKind.DYNAMODB_READ, 1, false))));

        PricingImpact impact = PricingImpact.of(scenario, NOVEMBER);

        assertThat(impact.scenario()).isSameAs(scenario);
        assertThat(impact.diff().changes()).hasSize(2);
        assertThat(impact.effect("rate dynamodb.writeRequestUnit").orElseThrow().moves()).isFalse();
        assertThat(impact.effect("rate dynamodb.readRequestUnit").orElseThrow().moves()).isTrue();
        assertThat(impact.effect("rate lambda.requests")).isEmpty();
        assertThat(impact.toString()).endsWith(System.lineSeparator() + "  1 other change does not move this scenario");
    }

    /**
     * A table one change away from the newer one: the total is "the 1 change". July's table with November's
     * read price differs from November's only in the write price.
     */
    @Test
    void of_oneChange() {
        PricingDiff diff = PricingDiff.between(JULY, NOVEMBER);
        PricingTable readCut = diff.apply(diff.rates().get(0));

        PricingImpact impact = PricingImpact.of(dynamoScenario().withPricing(readCut), NOVEMBER);

        assertThat(impact.total().change()).isEqualTo("the 1 change");
        assertThat(impact.effects()).extracting(PricingImpact.Effect::change)
                .containsExactly("rate dynamodb.writeRequestUnit");
    }

    /**
     * Searched only up to 1,000,000 requests, neither table gives a break-even (54.2M and 89.2M, above), so there
     * is no shift to report; the bills at 10,000,000 requests still move from 19.08 to 11.58, as in
     * {@link #of_dynamoDbPriceCutExactBills}.
     */
    @Test
    void toString_withoutBreakEvens() {
        Scenario scenario = dynamoScenario().withRange(new org.breakeven.workload.RequestRange(0, 1_000_000));

        PricingImpact.Effect total = PricingImpact.of(scenario, NOVEMBER).total();

        assertThat(total.breakEvenShift()).isEmpty();
        assertThat(total).hasToString("all 2 changes: break-even none -> none requests/month; Lambda USD 19.08 ->"
                + " USD 11.58/month, cluster USD 103.37 -> USD 103.37/month");
    }

    /**
     * eu-west-1 has no DynamoDB rates: the older table with only the read rate removed keeps its own version,
     * and lacks the rate.
     */
    @Test
    void toString_changeThatCannotBePriced() {
        PricingImpact impact = PricingImpact.of(dynamoScenario().withPricing(NOVEMBER),
                PricingTables.version("aws", "eu-west-1", "2026-10-01"));

        PricingImpact.Effect read = impact.effect("rate dynamodb.readRequestUnit").orElseThrow();

        assertThat(read.moves()).isTrue();
        assertThat(read.toString()).startsWith("rate dynamodb.readRequestUnit: cannot be priced: rate"
                + " dynamodb.readRequestUnit is not in pricing table aws/us-east-1@2024-11-01; it has: ");
    }

    /**
     * Issue 8's table (lambda.requests split at 1B at the same price, nat.hour in another unit) against the default
     * scenario, which has no NAT gateway: the one change does not move it, the total is "the 1 change" (the diff's
     * count) and does not move it either, and the unit change is still listed.
     */
    @Test
    void of_issue8_defaultScenarioNotMovedAndTheUnitChangeListed(@TempDir Path dir) {
        PricingTable issue8 = PricingTables.fromFile(Issue8Tables.write(dir));

        PricingImpact impact = PricingImpact.of(Breakeven.defaultScenario().withPricing(NOVEMBER), issue8);

        assertThat(impact.effects()).singleElement().satisfies(effect -> {
            assertThat(effect.change()).isEqualTo("rate nat.hour");
            assertThat(effect.moves()).isFalse();
        });
        assertThat(impact.total().change()).isEqualTo("the 1 change");
        assertThat(impact.total().moves()).isFalse();
        assertThat(impact.toString()).endsWith(System.lineSeparator() + "  rate nat.hour: unit USD per gateway-hour ->"
                + " USD per NAT gateway-hour; no effect on this scenario, which does not use the rate"
                + System.lineSeparator() + "  the 1 change: no effect on this scenario");
    }

    /**
     * A scenario with a NAT gateway uses nat.hour in USD per gateway-hour: with the rate in another unit it cannot
     * be priced, neither the change on its own nor the total, and both say why, naming the two units.
     */
    @Test
    void of_issue8_natScenarioCannotBePricedInAnotherUnit(@TempDir Path dir) {
        PricingTable issue8 = PricingTables.fromFile(Issue8Tables.write(dir));
        Scenario nat = Breakeven.defaultScenario().withPricing(NOVEMBER);
        nat = nat.withCluster(nat.cluster().withNat(1, 0));

        PricingImpact impact = PricingImpact.of(nat, issue8);

        String why = "rate nat.hour in pricing table aws/us-east-1@2024-11-01 must be in USD per gateway-hour but is in"
                + " USD per NAT gateway-hour";
        PricingImpact.Effect effect = impact.effect("rate nat.hour").orElseThrow();
        assertThat(effect.isPriced()).isFalse();
        assertThat(effect).hasToString("rate nat.hour: cannot be priced: " + why);
        assertThat(impact.total().isPriced()).isFalse();
        assertThat(impact.total()).hasToString("the 1 change: cannot be priced: " + why);
        assertThat(impact.toString()).endsWith(System.lineSeparator() + "  rate nat.hour: cannot be priced: " + why
                + System.lineSeparator() + "  the 1 change: cannot be priced: " + why);
    }

    private static double breakEven(BigDecimal perRequest) {
        return CLUSTER.divide(perRequest, MathContext.DECIMAL64).doubleValue();
    }

    private static void assertBills(PricingImpact.Effect effect, BigDecimal perRequestBefore, BigDecimal perRequestAfter) {
        BigDecimal n = BigDecimal.valueOf(REQUESTS);
        Comparison after = effect.billsAfter().orElseThrow();
        assertThat(effect.billsBefore().serverless().exactTotal().amount()).isEqualByComparingTo(n.multiply(perRequestBefore));
        assertThat(after.serverless().exactTotal().amount()).isEqualByComparingTo(n.multiply(perRequestAfter));
        assertThat(after.serverless().exactTotal().amount()).isLessThan(effect.billsBefore().serverless().exactTotal().amount());
        assertThat(after.cluster().exactTotal().amount()).isEqualByComparingTo(CLUSTER);
        assertThat(effect.billsBefore().cluster().exactTotal().amount()).isEqualByComparingTo(CLUSTER);
        assertThat(effect.moves()).isTrue();
    }
}
