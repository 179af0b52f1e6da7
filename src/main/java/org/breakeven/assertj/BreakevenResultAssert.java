package org.breakeven.assertj;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.breakeven.BreakevenResult;
import org.breakeven.Crossing;

/**
 * Assertions on a whole result: every crossing of the bills in the scenario's range.
 * <pre>{@code
 * assertThat(Breakeven.defaultScenario().solve()).hasNoCrossingBelow(50_000_000);   // passes
 * assertThat(Breakeven.defaultScenario().solve()).hasNoCrossingBelow(60_000_000);   // fails
 * }</pre>
 * <p>
 * This class is not thread-safe, as no AssertJ assertion is.
 */
// AssertJ is required static, not transitive (see module-info): a user of these assertions requires it.
@SuppressWarnings("exports")
public final class BreakevenResultAssert extends AbstractAssert<BreakevenResultAssert, BreakevenResult> {

    private static final String NL = System.lineSeparator();

    BreakevenResultAssert(BreakevenResult actual) {
        super(actual, BreakevenResultAssert.class);
    }

    /**
     * Returns an assertion on the first break-even of this result.
     *
     * @return the break-even assertion
     */
    public BreakEvenAssert breakEven() {
        isNotNull();
        return new BreakEvenAssert(actual.breakEven(), null, actual);
    }

    /**
     * Verifies that the bills do not cross below a number of requests (exclusive): the cheaper side at the
     * bottom of the range stays the cheaper one up to there.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario().solve()).hasNoCrossingBelow(50_000_000);   // passes
     * // fails: "Expecting no crossing of the bills below 60,000,000 requests/month on pricing ...
     * //         but they cross at: [52.4M requests/month (52,411,544): Lambda cheaper below, cluster above]"
     * assertThat(Breakeven.defaultScenario().solve()).hasNoCrossingBelow(60_000_000);
     * }</pre>
     *
     * @param requestsPerMonth the bound, in requests per month
     * @return this assertion
     */
    public BreakevenResultAssert hasNoCrossingBelow(long requestsPerMonth) {
        isNotNull();
        List<Crossing> below = actual.crossings().stream().filter(c -> c.requestsPerMonth() < requestsPerMonth).toList();
        if (!below.isEmpty()) {
            failWithMessage("%s", "Expecting no crossing of the bills below " + Messages.requests(requestsPerMonth)
                    + " on pricing " + actual.pricingVersion() + NL + "but they cross at:" + NL + "  " + below
                    + Messages.behind(actual.breakEven(), actual.current()));
        }
        return this;
    }

    /**
     * Verifies that the bills do not cross above a number of requests (exclusive), up to the top of the range.
     * <pre>{@code
     * assertThat(Breakeven.defaultScenario().solve()).hasNoCrossingAbove(60_000_000);   // passes
     * assertThat(Breakeven.defaultScenario().solve()).hasNoCrossingAbove(50_000_000);   // fails
     * }</pre>
     *
     * @param requestsPerMonth the bound, in requests per month
     * @return this assertion
     */
    public BreakevenResultAssert hasNoCrossingAbove(long requestsPerMonth) {
        isNotNull();
        List<Crossing> above = actual.crossings().stream().filter(c -> c.requestsPerMonth() > requestsPerMonth).toList();
        if (!above.isEmpty()) {
            failWithMessage("%s", "Expecting no crossing of the bills above " + Messages.requests(requestsPerMonth)
                    + " on pricing " + actual.pricingVersion() + NL + "but they cross at:" + NL + "  " + above
                    + Messages.behind(actual.breakEven(), actual.current()));
        }
        return this;
    }

    /**
     * Verifies the number of crossings in the range.
     *
     * @param expected the number of crossings
     * @return this assertion
     */
    public BreakevenResultAssert hasCrossings(int expected) {
        isNotNull();
        if (actual.crossings().size() != expected) {
            failWithMessage("%s", "Expecting " + expected + " crossings of the bills on pricing "
                    + actual.pricingVersion() + NL + "but there " + (actual.crossings().size() == 1 ? "is 1" : "are "
                    + actual.crossings().size()) + ": " + actual.breakEven().summary());
        }
        return this;
    }
}
