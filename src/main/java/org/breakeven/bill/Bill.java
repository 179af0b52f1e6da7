package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One side's monthly bill at a given number of requests: its line items and totals.
 * <p>
 * The {@link #total()} is the sum of the lines rounded to cents, as on an AWS bill;
 * {@link #comparableTotal()} leaves out the lines that the other side pays as well, and is what a
 * break-even compares.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param side which side this is
 * @param requestsPerMonth the month's requests
 * @param items the line items, in the order of the model
 */
public record Bill(Side side, BigDecimal requestsPerMonth, List<LineItem> items) {

    /**
     * Creates a bill.
     *
     * @param side the side
     * @param requestsPerMonth the requests
     * @param items the lines, at least one
     */
    public Bill {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(requestsPerMonth, "requestsPerMonth");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a bill must have at least one line item");
        }
    }

    /**
     * Gets the currency of the bill.
     *
     * @return the ISO 4217 code
     */
    public String currency() {
        return items.get(0).amount().currency();
    }

    /**
     * Gets the total of the line items, each rounded half-up to cents first.
     *
     * @return the monthly total
     */
    public Money total() {
        Money total = Money.zero(currency());
        for (LineItem item : items) {
            total = total.plus(item.rounded());
        }
        return total;
    }

    /**
     * Gets the total at list prices: each line's list amount, rounded half-up to cents first. It equals
     * {@link #total()} when no commitment, Spot or discount changed a line.
     *
     * @return the monthly total at on-demand list prices
     */
    public Money listTotal() {
        Money total = Money.zero(currency());
        for (LineItem item : items) {
            total = total.plus(item.roundedList());
        }
        return total;
    }

    /**
     * Gets the exact total, without rounding any line.
     *
     * @return the unrounded monthly total
     */
    public Money exactTotal() {
        Money total = Money.zero(currency());
        for (LineItem item : items) {
            total = total.plus(item.amount());
        }
        return total;
    }

    /**
     * Gets the total of the lines that the other side would not pay, each rounded to cents.
     *
     * @return the monthly total that the comparison counts
     */
    public Money comparableTotal() {
        Money total = Money.zero(currency());
        for (LineItem item : items) {
            if (!item.paidByClusterToo()) {
                total = total.plus(item.rounded());
            }
        }
        return total;
    }

    /**
     * Gets a line item by name.
     *
     * @param name the name, such as {@code Requests}
     * @return the line item
     * @throws IllegalArgumentException if the bill has no such line
     */
    public LineItem item(String name) {
        Objects.requireNonNull(name, "name");
        for (LineItem item : items) {
            if (item.name().equals(name)) {
                return item;
            }
        }
        throw new IllegalArgumentException("no line item named '" + name + "' in the " + side.label() + " bill; it has: "
                + items.stream().map(LineItem::name).toList());
    }

    /**
     * Outputs the bill as one line per item and the totals.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(side.label()).append(" bill at ")
                .append(Format.whole(requestsPerMonth.doubleValue())).append(" requests/month: ")
                .append(total()).append("/month");
        if (!comparableTotal().equals(total())) {
            text.append(" (").append(comparableTotal()).append("/month not paid by the cluster too)");
        }
        if (!listTotal().equals(total())) {
            text.append(" (").append(listTotal()).append("/month at list prices)");
        }
        for (LineItem item : items) {
            text.append(System.lineSeparator()).append("  ").append(item);
        }
        return text.toString();
    }
}
