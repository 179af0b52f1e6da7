package org.breakeven.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breakeven.assertj.BreakevenAssertions.assertThat;
import static org.breakeven.assertj.BreakevenAssertions.latest;
import static org.breakeven.assertj.BreakevenAssertions.percent;
import static org.breakeven.assertj.BreakevenAssertions.version;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.breakeven.Breakeven;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.breakeven.bill.Side;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/**
 * Each assertion passes where it should and fails with the bound, the value, the pricing version and the line
 * items behind it.
 * <p>
 * The default scenario breaks even at 52,411,544 requests/month on aws/us-east-1@2026-10-01 (README, "The answer";
 * pinned with its arithmetic in BreakevenTest): Lambda is cheaper below, the cluster above, and the cluster's
 * bill at 1,000,000 requests/month is USD 180.62 (README).
 */
class BreakevenAssertionsTest {

    private static final Scenario DEFAULT = Breakeven.defaultScenario();

    /**
     * The default scenario with one DynamoDB write request unit per request on Lambda only, from
     * aws/us-east-1@2024-07-01, when a write request unit cost USD 1.25 per million; AWS halved it to USD 0.625 on
     * 2024-11-01 (the tables' sources). Lambda's marginal cost per million requests: requests USD 0.20, duration
     * 0.2 s x 0.25 GB x 10^6 x USD 0.0000166667 = USD 0.8333, downstream 3 x 0.8333 = USD 2.50, writes 1.25 (2024-07)
     * or 0.625: USD 4.7833 or 4.1583. Against the cluster's USD 180.53 at zero plus about USD 0.09 per million
     * (LCUs), the bills cross near 180.53 / 4.6933 = 38.5M and 180.53 / 4.0683 = 44.4M requests/month; the solver
     * gives 38,455,828 and 44,362,003, a move of 5,906,175 / 44,362,003 = 13.31%.
     */
    private static Scenario dynamoDbWrites() {
        return ScenarioFile.read(resource("dynamodb-writes.json"));
    }

    private static Path resource(String name) {
        try {
            return Paths.get(BreakevenAssertionsTest.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void isBetween_holds() {
        assertThat(DEFAULT).breakEven().isBetween(40_000_000, 65_000_000).isBetween(52_411_544, 52_411_544);
    }

    @Test
    void isBetween_above_namesBoundValueVersionAndLineItems() {
        assertThatThrownBy(() -> assertThat(DEFAULT).breakEven().isBetween(10_000_000, 20_000_000))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(String.join(System.lineSeparator(),
                        "Expecting the break-even on pricing aws/us-east-1@2026-10-01:",
                        "  52.4M requests/month (52,411,544)",
                        "to be between:",
                        "  10,000,000 requests/month and 20,000,000 requests/month",
                        // 52,411,544 - 20,000,000
                        "but it is above the upper bound by 32,411,544 requests/month",
                        "Why: Lambda is cheaper below 52.4M requests/month"))
                .hasMessageContaining("The bills at the break-even:")
                .hasMessageContaining("Nodes (t3.medium): 2,190 instance-hours -> USD 91.10/month")
                .hasMessageContaining("Requests: 52,411,544 requests -> USD 10.48/month");
    }

    @Test
    void isBetween_below() {
        assertThatThrownBy(() -> assertThat(DEFAULT).breakEven().isBetween(60_000_000, 65_000_000))
                // 60,000,000 - 52,411,544
                .hasMessageContaining("but it is below the lower bound by 7,588,456 requests/month");
    }

    @Test
    void isBetween_none() {
        // Lambda is still cheaper at the top of 0 to 10M requests/month.
        Scenario small = DEFAULT.withRange(new RequestRange(0, 10_000_000));
        assertThat(small).breakEven().doesNotExist();
        assertThatThrownBy(() -> assertThat(small).breakEven().isBetween(1, 2))
                .hasMessageContaining("no break-even in 0 to 10.0M requests/month: Lambda cheaper throughout")
                .hasMessageContaining("but there is none")
                .hasMessageContaining("The bills at the workload's requests:");
        assertThatThrownBy(() -> assertThat(small).breakEven().exists())
                .hasMessageStartingWith("Expecting a break-even on pricing aws/us-east-1@2026-10-01");
    }

    @Test
    void isBetween_reversedBounds() {
        assertThatThrownBy(() -> assertThat(DEFAULT).breakEven().isBetween(2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the bounds must satisfy 0 <= fromInclusive <= toInclusive but were: 2 and 1");
    }

    @Test
    void isBelow_isAbove() {
        assertThat(DEFAULT).breakEven().isBelow(52_411_545).isAbove(52_411_543);
        assertThatThrownBy(() -> assertThat(DEFAULT).breakEven().isBelow(52_411_544))
                .hasMessageContaining("to be below:" + System.lineSeparator() + "  52,411,544 requests/month");
        assertThatThrownBy(() -> assertThat(DEFAULT).breakEven().isAbove(52_411_544))
                .hasMessageContaining("to be above:" + System.lineSeparator() + "  52,411,544 requests/month");
        assertThatThrownBy(() -> assertThat(DEFAULT).breakEven().doesNotExist())
                .hasMessageContaining("but there is one: 52.4M requests/month (52,411,544)");
    }

    @Test
    void isCheaperOn_holds() {
        assertThat(DEFAULT).isCheaperOn(Side.SERVERLESS).at(20_000_000).isCheaperOn(Side.CLUSTER).at(80_000_000);
    }

    @Test
    void isCheaperOn_otherSide() {
        // At 80M: Lambda 80 x (0.20 + 0.8333 + 2.50) = USD 282.67; the cluster 91.10 + 73.00 + 16.43 + 7.11 LCUs.
        assertThatThrownBy(() -> assertThat(DEFAULT).isCheaperOn(Side.SERVERLESS).at(80_000_000))
                .hasMessageStartingWith(String.join(System.lineSeparator(),
                        "Expecting Lambda to be the cheaper side at 80,000,000 requests/month on pricing"
                                + " aws/us-east-1@2026-10-01",
                        "but the cluster is: Lambda USD 282.67/month vs cluster USD 187.64/month; break-even at 52.4M"
                                + " requests/month (52,411,544): Lambda cheaper below, cluster above",
                        "The bills at 80,000,000 requests/month:",
                        "  Lambda bill at 80,000,000 requests/month: USD 282.67/month"))
                .hasMessageContaining("Load balancer capacity units (ALB): 889 LCU-hours -> USD 7.11/month");
    }

    @Test
    void movedLessThan_holds() {
        // The default scenario uses no rate that changed between the us-east-1 tables.
        assertThat(DEFAULT).withPricing("aws/us-east-1@2024-11-01").breakEven()
                .movedLessThan(percent(10)).comparedTo(latest());
        // 13.31% < 14% (dynamoDbWrites()).
        assertThat(dynamoDbWrites()).breakEven().movedLessThan(percent(14)).comparedTo(latest());
        assertThat(dynamoDbWrites()).withPricing("aws/us-east-1@2024-11-01").breakEven()
                .movedLessThan(percent(0.001)).comparedTo("aws/us-east-1@latest");
    }

    @Test
    void movedLessThan_tooFar_namesTheChangeThatMovedIt() {
        assertThatThrownBy(() -> assertThat(dynamoDbWrites()).breakEven().movedLessThan(percent(10))
                .comparedTo(latest()))
                .hasMessageStartingWith(String.join(System.lineSeparator(),
                        "Expecting the break-even on pricing aws/us-east-1@2024-07-01:",
                        "  38.5M requests/month (38,455,828)",
                        "to have moved less than 10% from the one on pricing aws/us-east-1@2026-10-01:",
                        "  44.4M requests/month (44,362,003)",
                        "but it moved 13.31% (-5,906,175 requests/month)",
                        "What moved it:"))
                .hasMessageContaining("rate dynamodb.writeRequestUnit: break-even 44.4M -> 38.5M requests/month (-5.9M);"
                        + " Lambda USD 4.16 -> USD 4.78/month");
    }

    @Test
    void movedLessThan_againstAnOlderVersion() {
        assertThatThrownBy(() -> assertThat(dynamoDbWrites()).withPricing("aws/us-east-1@2026-10-01").breakEven()
                .movedLessThan(percent(13.31)).comparedTo(version("aws/us-east-1@2024-07-01")))
                // 5,906,175 / 38,455,828 = 15.36%
                .hasMessageContaining("but it moved 15.36% (+5,906,175 requests/month)");
    }

    @Test
    void movedLessThan_withoutScenario() {
        assertThatThrownBy(() -> assertThat(DEFAULT.solve()).breakEven().movedLessThan(percent(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("movedLessThan needs the scenario");
    }

    @Test
    void hasNoCrossingBelow() {
        assertThat(DEFAULT.solve()).hasNoCrossingBelow(52_411_544).hasNoCrossingAbove(52_411_544).hasCrossings(1);
        assertThatThrownBy(() -> assertThat(DEFAULT.solve()).hasNoCrossingBelow(60_000_000))
                .hasMessageStartingWith(String.join(System.lineSeparator(),
                        "Expecting no crossing of the bills below 60,000,000 requests/month on pricing"
                                + " aws/us-east-1@2026-10-01",
                        "but they cross at:",
                        "  [52.4M requests/month (52,411,544): Lambda cheaper below, cluster above]"))
                .hasMessageContaining("The bills at the break-even:");
        assertThatThrownBy(() -> assertThat(DEFAULT).result().hasNoCrossingAbove(50_000_000))
                .hasMessageContaining("above 50,000,000 requests/month");
        assertThatThrownBy(() -> assertThat(DEFAULT.solve()).hasCrossings(2))
                .hasMessageContaining("but there is 1: break-even at 52.4M requests/month (52,411,544)");
    }

    @Test
    void bills() {
        // README: the cluster costs USD 180.62/month and Lambda USD 3.53/month at 1,000,000 requests/month.
        assertThat(DEFAULT).clusterBillAt(1_000_000).hasTotalBelow("USD 180.63").hasTotalAbove("USD 180.61")
                .hasTotalBetween("USD 180.62", "USD 180.62");
        assertThat(DEFAULT).serverlessBillAt(1_000_000).hasTotalBelow("USD 5.00");
        assertThat(DEFAULT.at(1_000_000).serverless()).hasTotalBetween("USD 3.53", "USD 3.53");
        assertThatThrownBy(() -> assertThat(DEFAULT).clusterBillAt(1_000_000).hasTotalBelow("USD 100.00"))
                .hasMessageStartingWith(String.join(System.lineSeparator(),
                        "Expecting the cluster bill at 1,000,000 requests/month on pricing aws/us-east-1@2026-10-01 to be",
                        "  below USD 100.00/month",
                        "but it is USD 180.62/month:",
                        "  cluster bill at 1,000,000 requests/month: USD 180.62/month",
                        "    Nodes (t3.medium): 2,190 instance-hours -> USD 91.10/month"));
        assertThatThrownBy(() -> assertThat(DEFAULT).billAt(Side.SERVERLESS, 1_000_000).hasTotalAbove("USD 3.53"))
                .hasMessageContaining("  above USD 3.53/month");
        assertThatThrownBy(() -> assertThat(DEFAULT).clusterBillAt(1_000_000).hasTotalBetween("USD 1", "USD 2"))
                .hasMessageContaining("  between USD 1.00 and USD 2.00/month");
    }

    @Test
    void description_carriesOver() {
        assertThatThrownBy(() -> assertThat(DEFAULT).as("checkout service").breakEven().isBelow(1))
                .hasMessageStartingWith("[checkout service] Expecting the break-even");
    }
}
