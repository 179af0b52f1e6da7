package org.breakeven.assertj;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.breakeven.BreakevenResult;
import org.breakeven.Scenario;
import org.breakeven.bill.Side;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;

/**
 * Assertions on a scenario: its break-even, the cheaper side at a traffic, and either monthly bill, on its own
 * pricing table or on another.
 * <pre>{@code
 * assertThat(Breakeven.defaultScenario()).isCheaperOn(Side.SERVERLESS).at(20_000_000);   // passes
 * assertThat(Breakeven.defaultScenario()).isCheaperOn(Side.CLUSTER).at(20_000_000);      // fails
 * }</pre>
 * <p>
 * The scenario is solved at most once per assertion. This class is not thread-safe, as no AssertJ assertion is.
 */
// AssertJ is required static, not transitive (see module-info): a user of these assertions requires it.
@SuppressWarnings("exports")
public final class ScenarioAssert extends AbstractAssert<ScenarioAssert, Scenario> {

    private BreakevenResult solved;

    ScenarioAssert(Scenario actual) {
        super(actual, ScenarioAssert.class);
    }

    /**
     * Returns an assertion on the same scenario priced on a shipped table.
     * <pre>{@code
     * assertThat(scenario).withPricing("aws/us-east-1@2024-11-01").breakEven().isBetween(40_000_000, 65_000_000);
     * }</pre>
     *
     * @param label the table's label, such as {@code aws/us-east-1@2024-11-01} or {@code aws/us-east-1@latest}
     * @return the assertion on the repriced scenario
     * @throws IllegalArgumentException if that version is not shipped
     */
    public ScenarioAssert withPricing(String label) {
        return withPricing(PricingTables.version(Objects.requireNonNull(label, "label")));
    }

    /**
     * Returns an assertion on the same scenario priced on a given table, such as one read from a file.
     *
     * @param table the table
     * @return the assertion on the repriced scenario
     */
    public ScenarioAssert withPricing(PricingTable table) {
        Objects.requireNonNull(table, "table");
        isNotNull();
        return carry(new ScenarioAssert(actual.withPricing(table)));
    }

    /**
     * Returns an assertion on the scenario's break-even.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).breakEven().isBetween(40_000_000, 65_000_000);   // passes
     * }</pre>
     *
     * @return the break-even assertion
     */
    public BreakEvenAssert breakEven() {
        isNotNull();
        return carry(new BreakEvenAssert(solved().breakEven(), actual, solved()));
    }

    /**
     * Returns an assertion on the scenario's whole result: every crossing in its range.
     *
     * @return the result assertion
     */
    public BreakevenResultAssert result() {
        isNotNull();
        return carry(new BreakevenResultAssert(solved()));
    }

    /**
     * Starts verifying that a side is the cheaper one: finish with {@link CheaperAssert#at(long)}.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).isCheaperOn(Side.SERVERLESS).at(20_000_000);   // passes
     * assertThat(Breakeven.defaultScenario()).isCheaperOn(Side.SERVERLESS).at(80_000_000);   // fails
     * }</pre>
     *
     * @param side the side expected to cost less
     * @return the assertion to finish
     */
    public CheaperAssert isCheaperOn(Side side) {
        Objects.requireNonNull(side, "side");
        isNotNull();
        return new CheaperAssert(this, side);
    }

    /**
     * Returns an assertion on the Lambda bill at a number of requests.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).serverlessBillAt(1_000_000).hasTotalBelow("USD 5.00");   // passes
     * }</pre>
     *
     * @param requestsPerMonth the month's requests
     * @return the bill assertion
     * @throws IllegalArgumentException if the requests are negative or above the maximum
     */
    public BillAssert serverlessBillAt(long requestsPerMonth) {
        return billAt(Side.SERVERLESS, requestsPerMonth);
    }

    /**
     * Returns an assertion on the cluster bill at a number of requests.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).clusterBillAt(1_000_000).hasTotalBelow("USD 200.00");   // passes
     * }</pre>
     *
     * @param requestsPerMonth the month's requests
     * @return the bill assertion
     * @throws IllegalArgumentException if the requests are negative or above the maximum
     */
    public BillAssert clusterBillAt(long requestsPerMonth) {
        return billAt(Side.CLUSTER, requestsPerMonth);
    }

    /**
     * Returns an assertion on one side's bill at a number of requests.
     *
     * @param side the side
     * @param requestsPerMonth the month's requests
     * @return the bill assertion
     * @throws IllegalArgumentException if the requests are negative or above the maximum
     */
    public BillAssert billAt(Side side, long requestsPerMonth) {
        Objects.requireNonNull(side, "side");
        isNotNull();
        var bills = actual.at(requestsPerMonth);
        return carry(new BillAssert(side == Side.SERVERLESS ? bills.serverless() : bills.cluster(),
                actual.pricing().version()));
    }

    BreakevenResult solved() {
        if (solved == null) {
            solved = actual.solve();
        }
        return solved;
    }

    void fail(String message) {
        failWithMessage("%s", message);
    }

    private <A extends AbstractAssert<A, ?>> A carry(A next) {
        // The description given with as(...) and a message given with withFailMessage(...) carry over.
        if (info.hasDescription()) {
            next.as(info.description());
        }
        if (info.overridingErrorMessage() != null) {
            next.withFailMessage(info.overridingErrorMessage());
        }
        return next;
    }
}
