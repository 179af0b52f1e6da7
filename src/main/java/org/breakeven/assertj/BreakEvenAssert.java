package org.breakeven.assertj;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Percentage;
import org.breakeven.BreakEven;
import org.breakeven.BreakevenResult;
import org.breakeven.Scenario;

/**
 * Assertions on a break-even: where it is, whether there is one, and how far a pricing change moves it.
 * <pre>{@code
 * // passes: the default scenario breaks even at 52,411,544 requests/month
 * assertThat(Breakeven.defaultScenario()).breakEven().isBetween(40_000_000, 65_000_000);
 * // fails: "Expecting the break-even on pricing aws/us-east-1@2026-10-01: 52.4M requests/month (52,411,544)
 * //         to be between: 10,000,000 and 20,000,000 requests/month but it is above the upper bound ..."
 * assertThat(Breakeven.defaultScenario()).breakEven().isBetween(10_000_000, 20_000_000);
 * }</pre>
 * <p>
 * This class is not thread-safe, as no AssertJ assertion is.
 */
// AssertJ is required static, not transitive (see module-info): a user of these assertions requires it.
@SuppressWarnings("exports")
public final class BreakEvenAssert extends AbstractAssert<BreakEvenAssert, BreakEven> {

    private final Scenario scenario;
    private final BreakevenResult result;

    BreakEvenAssert(BreakEven actual, Scenario scenario, BreakevenResult result) {
        super(actual, BreakEvenAssert.class);
        this.scenario = scenario;
        this.result = result;
    }

    /**
     * Verifies that the bills cross in the scenario's range.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).breakEven().exists();   // passes
     * // fails with "Expecting a break-even ... but there is none: no break-even in 0 to 10.0M requests/month ..."
     * assertThat(Breakeven.defaultScenario().withRange(new RequestRange(0, 1e7))).breakEven().exists();
     * }</pre>
     *
     * @return this assertion
     */
    public BreakEvenAssert exists() {
        isNotNull();
        if (!actual.exists()) {
            failWithMessage("%s", "Expecting a break-even" + on() + NL + "but there is none: " + actual + behind());
        }
        return this;
    }

    /**
     * Verifies that the bills do not cross in the scenario's range.
     * <pre>{@code
     * // passes: Lambda is cheaper throughout 0 to 10.0M requests/month
     * assertThat(Breakeven.defaultScenario().withRange(new RequestRange(0, 1e7))).breakEven().doesNotExist();
     * assertThat(Breakeven.defaultScenario()).breakEven().doesNotExist();   // fails: there is one at 52.4M
     * }</pre>
     *
     * @return this assertion
     */
    public BreakEvenAssert doesNotExist() {
        isNotNull();
        if (actual.exists()) {
            failWithMessage("%s", "Expecting no break-even" + on() + NL + "but there is one: " + actual + behind());
        }
        return this;
    }

    /**
     * Verifies that there is a break-even and that it lies between two bounds, both inclusive.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).breakEven().isBetween(40_000_000, 65_000_000);   // passes
     * assertThat(Breakeven.defaultScenario()).breakEven().isBetween(10_000_000, 20_000_000);   // fails
     * }</pre>
     *
     * @param fromInclusive the lowest break-even that holds, in requests per month
     * @param toInclusive the highest break-even that holds, in requests per month
     * @return this assertion
     * @throws IllegalArgumentException if a bound is negative or the bounds are the wrong way round
     */
    public BreakEvenAssert isBetween(long fromInclusive, long toInclusive) {
        if (fromInclusive < 0 || toInclusive < fromInclusive) {
            throw new IllegalArgumentException("the bounds must satisfy 0 <= fromInclusive <= toInclusive but were: "
                    + fromInclusive + " and " + toInclusive);
        }
        isNotNull();
        String expected = "Expecting the break-even" + on() + ":" + NL + "  " + actual + NL + "to be between:" + NL
                + "  " + Messages.requests(fromInclusive) + " and " + Messages.requests(toInclusive) + NL;
        if (!actual.exists()) {
            failWithMessage("%s", expected + "but there is none" + behind());
        } else if (actual.requestsPerMonth() < fromInclusive) {
            failWithMessage("%s", expected + "but it is below the lower bound by "
                    + Messages.requests(fromInclusive - actual.requestsPerMonth()) + behind());
        } else if (actual.requestsPerMonth() > toInclusive) {
            failWithMessage("%s", expected + "but it is above the upper bound by "
                    + Messages.requests(actual.requestsPerMonth() - toInclusive) + behind());
        }
        return this;
    }

    /**
     * Verifies that there is a break-even below a number of requests (exclusive).
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).breakEven().isBelow(60_000_000);   // passes
     * assertThat(Breakeven.defaultScenario()).breakEven().isBelow(50_000_000);   // fails
     * }</pre>
     *
     * @param requestsPerMonth the bound, in requests per month
     * @return this assertion
     */
    public BreakEvenAssert isBelow(long requestsPerMonth) {
        isNotNull();
        if (!actual.exists() || actual.requestsPerMonth() >= requestsPerMonth) {
            failWithMessage("%s", "Expecting the break-even" + on() + ":" + NL + "  " + actual + NL + "to be below:"
                    + NL + "  " + Messages.requests(requestsPerMonth) + behind());
        }
        return this;
    }

    /**
     * Verifies that there is a break-even above a number of requests (exclusive).
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario()).breakEven().isAbove(50_000_000);   // passes
     * assertThat(Breakeven.defaultScenario()).breakEven().isAbove(60_000_000);   // fails
     * }</pre>
     *
     * @param requestsPerMonth the bound, in requests per month
     * @return this assertion
     */
    public BreakEvenAssert isAbove(long requestsPerMonth) {
        isNotNull();
        if (!actual.exists() || actual.requestsPerMonth() <= requestsPerMonth) {
            failWithMessage("%s", "Expecting the break-even" + on() + ":" + NL + "  " + actual + NL + "to be above:"
                    + NL + "  " + Messages.requests(requestsPerMonth) + behind());
        }
        return this;
    }

    /**
     * Starts verifying that the break-even moved less than a share of itself against another pricing table:
     * finish with {@link MoveAssert#comparedTo(Baseline)}. Needs the scenario, so start from
     * {@code assertThat(scenario)}.
     * <pre>{@code
     * assertThat(scenario).withPricing("aws/us-east-1@2024-11-01").breakEven()
     *         .movedLessThan(percent(10)).comparedTo(latest());
     * }</pre>
     *
     * @param percentage the largest move that holds (exclusive), as a share of the baseline's break-even
     * @return the assertion to finish
     * @throws IllegalStateException if this assertion was not started from a scenario
     */
    public MoveAssert movedLessThan(Percentage percentage) {
        Objects.requireNonNull(percentage, "percentage");
        if (scenario == null) {
            throw new IllegalStateException("movedLessThan needs the scenario to price it on the baseline table:"
                    + " start from assertThat(scenario), not from a result or a break-even");
        }
        return new MoveAssert(this, scenario, percentage);
    }

    void fail(String message) {
        failWithMessage("%s", message);
    }

    String on() {
        String version = result != null ? result.pricingVersion() : scenario != null ? scenario.pricing().version() : null;
        return version == null ? "" : " on pricing " + version;
    }

    private String behind() {
        if (result == null) {
            return actual.exists() ? Messages.bills("The bills at the break-even", actual.bills())
                    : NL + "Why: " + actual.why();
        }
        return Messages.behind(actual, result.current());
    }

    private static final String NL = System.lineSeparator();
}
