package org.breakeven.cluster;

import org.breakeven.bill.Checks;

import java.math.BigDecimal;

/**
 * A flat monthly amount on the cluster bill that the model does not derive, such as a monitoring stack
 * or a figure taken from an article.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name the line's name
 * @param monthlyAmount the amount per month, in the pricing table's currency
 */
public record FixedCost(String name, BigDecimal monthlyAmount) {

    /**
     * Creates a fixed cost.
     *
     * @param name not blank
     * @param monthlyAmount at least 0
     */
    public FixedCost {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a fixed monthly cost needs a name, such as \"Monitoring\", but it was: "
                    + (name == null ? "missing" : "blank"));
        }
        Checks.nonNegative("monthlyAmount of " + name, monthlyAmount, "per month");
    }

    /**
     * Obtains a fixed cost.
     *
     * @param name the name
     * @param monthlyAmount the amount as a decimal string, such as {@code "16.00"}
     * @return the fixed cost
     */
    public static FixedCost of(String name, String monthlyAmount) {
        return new FixedCost(name, new BigDecimal(monthlyAmount));
    }
}
