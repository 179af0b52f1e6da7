package org.breakeven.assertj;

import org.assertj.core.data.Percentage;
import org.breakeven.BreakEven;
import org.breakeven.BreakevenResult;
import org.breakeven.Scenario;
import org.breakeven.bill.Bill;

/**
 * The entry point of breakeven's AssertJ assertions, in the style of AssertJ's own {@code Assertions}: import it
 * statically beside AssertJ's.
 * <pre>{@code
 * import static org.breakeven.assertj.BreakevenAssertions.*;
 *
 * Scenario scenario = Breakeven.defaultScenario();
 * assertThat(scenario).breakEven().isBetween(40_000_000, 65_000_000);
 * assertThat(scenario).isCheaperOn(Side.SERVERLESS).at(20_000_000);
 * assertThat(scenario).withPricing("aws/us-east-1@2024-11-01").breakEven()
 *         .movedLessThan(percent(10)).comparedTo(latest());
 * assertThat(scenario.solve()).hasNoCrossingBelow(1_000_000);
 * assertThat(scenario).clusterBillAt(1_000_000).hasTotalBelow("USD 200.00");
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
// AssertJ is required static, not transitive (see module-info): a user of these assertions requires it.
@SuppressWarnings("exports")
public final class BreakevenAssertions {

    private BreakevenAssertions() {
    }

    /**
     * Creates an assertion on a scenario: its break-even, the cheaper side at a traffic, its bills.
     *
     * @param actual the scenario
     * @return the assertion
     */
    public static ScenarioAssert assertThat(Scenario actual) {
        return new ScenarioAssert(actual);
    }

    /**
     * Creates an assertion on a result: its crossings and its break-even.
     *
     * @param actual the result
     * @return the assertion
     */
    public static BreakevenResultAssert assertThat(BreakevenResult actual) {
        return new BreakevenResultAssert(actual);
    }

    /**
     * Creates an assertion on a break-even alone. Its failure messages cannot name the pricing version, and it
     * cannot be compared with another table: prefer {@code assertThat(scenario).breakEven()}.
     *
     * @param actual the break-even
     * @return the assertion
     */
    public static BreakEvenAssert assertThat(BreakEven actual) {
        return new BreakEvenAssert(actual, null, null);
    }

    /**
     * Creates an assertion on a bill. Its failure messages cannot name the pricing version: prefer
     * {@code assertThat(scenario).serverlessBillAt(n)} or {@code clusterBillAt(n)}.
     *
     * @param actual the bill
     * @return the assertion
     */
    public static BillAssert assertThat(Bill actual) {
        return new BillAssert(actual, "(not known from a bill alone)");
    }

    /**
     * Obtains a percentage, for {@link BreakEvenAssert#movedLessThan(Percentage)}.
     *
     * @param value the percentage, such as {@code 10} for 10 %
     * @return the percentage
     * @throws IllegalArgumentException if it is negative
     */
    public static Percentage percent(double value) {
        return Percentage.withPercentage(value);
    }

    /**
     * Obtains the latest shipped table of the scenario's own provider and region, as a baseline.
     *
     * @return the baseline
     */
    public static Baseline latest() {
        return Baseline.latest();
    }

    /**
     * Obtains a shipped table by label as a baseline, such as {@code aws/us-east-1@2024-07-01}.
     *
     * @param label the label
     * @return the baseline
     * @throws IllegalArgumentException if that version is not shipped
     */
    public static Baseline version(String label) {
        return Baseline.version(label);
    }
}
