package org.breakeven.cluster;

import org.breakeven.bill.Checks;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A flat monthly amount on the cluster bill that the model does not derive, such as a monitoring stack
 * or a figure taken from an article.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name the line's name
 * @param monthlyAmount the amount per month, in the pricing table's currency, 0 to 10^9 with at most 10 decimal
 *     places
 */
public record FixedCost(String name, BigDecimal monthlyAmount) {

    /** The highest monthly amount: 1,000,000,000 a month, far above any one line of a real cluster bill. */
    public static final long MAX_MONTHLY_AMOUNT = 1_000_000_000;

    /**
     * Creates a fixed cost.
     *
     * @param name not blank
     * @param monthlyAmount 0 to 10^9, with at most 10 decimal places
     */
    public FixedCost {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a fixed monthly cost needs a name, such as \"Monitoring\", but it was: "
                    + (name == null ? "missing" : "blank"));
        }
        Checks.decimal("monthlyAmount of " + name, monthlyAmount, 0, MAX_MONTHLY_AMOUNT, 10, "per month");
    }

    /**
     * Obtains a fixed cost.
     *
     * @param name the name
     * @param monthlyAmount the amount as a decimal string, such as {@code "16.00"}
     * @return the fixed cost
     */
    public static FixedCost of(String name, String monthlyAmount) {
        return new FixedCost(name, new BigDecimal(Objects.requireNonNull(monthlyAmount, "monthlyAmount")));
    }
}
