package org.breakeven.assertj;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.assertj.core.data.Percentage;
import org.breakeven.BreakEven;
import org.breakeven.PricingImpact;
import org.breakeven.Scenario;
import org.breakeven.bill.Format;
import org.breakeven.pricing.PricingTable;

/**
 * The second half of {@link BreakEvenAssert#movedLessThan(Percentage)}: the table to compare with.
 * <p>
 * The move is {@link BreakEven#percentMovedFrom(BreakEven)}, {@code |b - a| / a}, where {@code a} is the break-even on the baseline table and {@code b} the
 * break-even on the scenario's own table; a failure lists each pricing change between the two tables that moves
 * the scenario ({@link PricingImpact}).
 * <p>
 * This class is not thread-safe, as no AssertJ assertion is.
 */
public final class MoveAssert {

    private static final String NL = System.lineSeparator();

    private final BreakEvenAssert owner;
    private final Scenario scenario;
    private final Percentage percentage;

    MoveAssert(BreakEvenAssert owner, Scenario scenario, Percentage percentage) {
        this.owner = owner;
        this.scenario = scenario;
        this.percentage = percentage;
    }

    /**
     * Verifies the move against a baseline table.
     * <pre>{@code
     * // passes if the break-even on 2024-11-01 is within 10 % of the one on the latest us-east-1 table
     * assertThat(scenario).withPricing("aws/us-east-1@2024-11-01").breakEven()
     *         .movedLessThan(percent(10)).comparedTo(latest());
     * }</pre>
     *
     * @param baseline the table to compare with, such as {@link BreakevenAssertions#latest()}
     * @return the break-even assertion, to chain more checks
     * @throws AssertionError if the break-even moved by the percentage or more, or exists on one table only
     */
    public BreakEvenAssert comparedTo(Baseline baseline) {
        Objects.requireNonNull(baseline, "baseline");
        PricingTable base = baseline.resolve(scenario.pricing());
        Scenario before = scenario.withPricing(base);
        BreakEven was = before.solve().breakEven();
        BreakEven now = owner.actual();
        String head = "Expecting the break-even on pricing " + scenario.pricing().version() + ":" + NL + "  " + now + NL
                + "to have moved less than " + percentage + " from the one on pricing " + base.version() + ":" + NL
                + "  " + was + NL;
        String fault = null;
        if (was.exists() != now.exists()) {
            fault = "but there is a break-even on one table only";
        } else if (was.exists()) {
            BigDecimal moved = now.percentMovedFrom(was).orElse(null);
            if (moved == null || moved.compareTo(BigDecimal.valueOf(percentage.value)) >= 0) {
                long diff = now.requestsPerMonth() - was.requestsPerMonth();
                fault = "but it moved " + (moved == null ? "from zero" : moved.setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() + "%") + " (" + (diff > 0 ? "+" : "") + Format.whole(diff) + " requests/month)";
            }
        }
        if (fault != null) {
            owner.fail(head + fault + NL + "What moved it:" + NL + "  "
                    + PricingImpact.of(before, scenario.pricing()).toString().replace(NL, NL + "  "));
        }
        return owner;
    }

    /**
     * Verifies the move against a shipped table by label, such as {@code aws/us-east-1@2024-07-01}.
     *
     * @param label the label
     * @return the break-even assertion
     * @throws IllegalArgumentException if that version is not shipped
     */
    public BreakEvenAssert comparedTo(String label) {
        return comparedTo(Baseline.version(label));
    }
}
