package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.Objects;
import org.breakeven.pricing.Rate;

/**
 * One line of a monthly bill: what was used, what of it was billable, the rate and the amount.
 * <p>
 * The {@linkplain #amount() amount} is the effective cost, what the account is billed; the
 * {@linkplain #listAmount() list amount} is the same usage at the on-demand list rate, and the
 * {@linkplain #adjustment() adjustment} says what made the difference (a commitment that covers part of the
 * usage, Spot, a negotiated discount), empty when there is none. A commitment's own fee has a list amount of
 * zero: at list prices nobody commits.
 * <p>
 * The amount is kept exact; {@link #rounded()} rounds it half-up to cents, as AWS's worked examples
 * do for each line before adding them up.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name the line's name, such as {@code Duration (x86_64)}
 * @param quantity the usage in the month, before any allowance
 * @param billableQuantity the usage after the allowance
 * @param unit the unit of the quantities, such as {@code GB-seconds}
 * @param rate the rate that priced the billable quantity
 * @param amount the exact monthly amount
 * @param paidByClusterToo true if a cluster would pay this line as well
 * @param listAmount the exact monthly amount at the on-demand list rate, before commitments, Spot and discounts
 * @param adjustment what made the effective amount differ from the list amount, or empty
 */
public record LineItem(String name, BigDecimal quantity, BigDecimal billableQuantity, String unit, Rate rate,
        Money amount, boolean paidByClusterToo, Money listAmount, String adjustment) {

    /**
     * Creates a line item.
     *
     * @param name the name
     * @param quantity the usage
     * @param billableQuantity the billable usage
     * @param unit the unit
     * @param rate the rate
     * @param amount the exact amount
     * @param paidByClusterToo whether the cluster pays it too
     * @param listAmount the exact amount at list price
     * @param adjustment what made the difference, or empty
     */
    public LineItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(billableQuantity, "billableQuantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(listAmount, "listAmount");
        Objects.requireNonNull(adjustment, "adjustment");
    }

    /**
     * Creates a line item billed at its list price: the list amount is the amount and there is no adjustment.
     *
     * @param name the name
     * @param quantity the usage
     * @param billableQuantity the billable usage
     * @param unit the unit
     * @param rate the rate
     * @param amount the exact amount
     * @param paidByClusterToo whether the cluster pays it too
     */
    public LineItem(String name, BigDecimal quantity, BigDecimal billableQuantity, String unit, Rate rate,
            Money amount, boolean paidByClusterToo) {
        this(name, quantity, billableQuantity, unit, rate, amount, paidByClusterToo, amount, "");
    }

    /**
     * Checks whether the effective amount differs from the list amount.
     *
     * @return true if a commitment, Spot or a discount changed this line
     */
    public boolean adjusted() {
        return amount.amount().compareTo(listAmount.amount()) != 0 || !adjustment.isEmpty();
    }

    /**
     * Gets the list amount rounded half-up to cents.
     *
     * @return the rounded list amount
     */
    public Money roundedList() {
        return listAmount.roundedToCents();
    }

    /**
     * Gets the amount rounded half-up to cents.
     *
     * @return the rounded amount
     */
    public Money rounded() {
        return amount.roundedToCents();
    }

    /**
     * Outputs the line as {@code Requests: 1,000,000 requests -> USD 0.20/month}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String used = Format.whole(quantity.doubleValue()).equals(Format.whole(billableQuantity.doubleValue()))
                ? Format.whole(quantity.doubleValue())
                : Format.whole(billableQuantity.doubleValue()) + " billable of " + Format.whole(quantity.doubleValue());
        return name + ": " + used + " " + unit + " -> " + amount + "/month"
                + (adjusted() ? " (list " + listAmount + "/month; " + adjustment + ")" : "")
                + (paidByClusterToo ? " (cluster pays too)" : "");
    }
}
