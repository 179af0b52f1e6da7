package org.breakeven.assertj;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Money;

/**
 * Assertions on one monthly bill's total, as {@link Bill#total()} gives it: every line item, after
 * commitments and discounts, rounded to cents.
 * <pre>{@code
 * assertThat(Breakeven.defaultScenario()).clusterBillAt(1_000_000).hasTotalBelow("USD 200.00");   // passes
 * // fails: "Expecting the cluster bill at 1,000,000 requests/month on pricing aws/us-east-1@2026-10-01 to be
 * //         below USD 100.00/month but it is USD 180.62/month: cluster bill at ... (its line items)"
 * assertThat(Breakeven.defaultScenario()).clusterBillAt(1_000_000).hasTotalBelow("USD 100.00");
 * }</pre>
 * <p>
 * This class is not thread-safe, as no AssertJ assertion is.
 */
// AssertJ is required static, not transitive (see module-info): a user of these assertions requires it.
@SuppressWarnings("exports")
public final class BillAssert extends AbstractAssert<BillAssert, Bill> {

    private final String pricingVersion;

    BillAssert(Bill actual, String pricingVersion) {
        super(actual, BillAssert.class);
        this.pricingVersion = pricingVersion;
    }

    /**
     * Verifies that the bill's monthly total is below an amount (exclusive).
     *
     * @param amount the amount, such as {@code USD 200.00}, read by {@link Money#parse}
     * @return this assertion
     * @throws IllegalArgumentException if the amount does not read as money
     */
    public BillAssert hasTotalBelow(String amount) {
        return hasTotalBelow(Money.parse(Objects.requireNonNull(amount, "amount")));
    }

    /**
     * Verifies that the bill's monthly total is below an amount (exclusive).
     *
     * @param amount the amount
     * @return this assertion
     * @throws IllegalArgumentException if the amount is in another currency than the bill
     */
    public BillAssert hasTotalBelow(Money amount) {
        isNotNull();
        if (actual.total().compareTo(amount) >= 0) {
            failWithMessage("%s", expecting() + "below " + amount + "/month" + but());
        }
        return this;
    }

    /**
     * Verifies that the bill's monthly total is above an amount (exclusive).
     *
     * @param amount the amount, such as {@code USD 200.00}
     * @return this assertion
     * @throws IllegalArgumentException if the amount does not read as money
     */
    public BillAssert hasTotalAbove(String amount) {
        Money bound = Money.parse(Objects.requireNonNull(amount, "amount"));
        isNotNull();
        if (actual.total().compareTo(bound) <= 0) {
            failWithMessage("%s", expecting() + "above " + bound + "/month" + but());
        }
        return this;
    }

    /**
     * Verifies that the bill's monthly total lies between two amounts, both inclusive.
     *
     * @param fromInclusive the lowest total that holds, such as {@code USD 100.00}
     * @param toInclusive the highest total that holds
     * @return this assertion
     * @throws IllegalArgumentException if an amount does not read as money
     */
    public BillAssert hasTotalBetween(String fromInclusive, String toInclusive) {
        Money from = Money.parse(Objects.requireNonNull(fromInclusive, "fromInclusive"));
        Money to = Money.parse(Objects.requireNonNull(toInclusive, "toInclusive"));
        isNotNull();
        if (actual.total().compareTo(from) < 0 || actual.total().compareTo(to) > 0) {
            failWithMessage("%s", expecting() + "between " + from + " and " + to + "/month" + but());
        }
        return this;
    }

    private String expecting() {
        return "Expecting the " + actual.side().label() + " bill at " + Messages.requests(actual.requestsPerMonth()
                .longValue()) + " on pricing " + pricingVersion + " to be" + System.lineSeparator() + "  ";
    }

    private String but() {
        return System.lineSeparator() + "but it is " + actual.total() + "/month:" + System.lineSeparator()
                + Messages.indent(actual);
    }
}
