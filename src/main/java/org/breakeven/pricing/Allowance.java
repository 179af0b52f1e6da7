package org.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity that a provider gives at no charge, such as the Lambda free tier's 1,000,000 requests
 * per month, with its unit and source.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id the key in the pricing table, such as {@code lambda.freeTier.requests}
 * @param quantity the quantity, exact as published
 * @param unit the unit, such as {@code requests per month}
 * @param source the key of the source in the pricing table
 * @param note a remark on scope, may be empty
 */
public record Allowance(String id, BigDecimal quantity, String unit, String source, String note) {

    /**
     * Creates an allowance, checking that the quantity is from 0 to {@link PricingTable#MAX_QUANTITY}, with at most
     * {@link PricingTable#MAX_DECIMALS} decimal places.
     *
     * @param id the key
     * @param quantity the quantity
     * @param unit the unit
     * @param source the source key
     * @param note a remark, may be empty
     * @throws PricingValueException if the quantity is outside its bounds
     */
    public Allowance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
        Decimals.check("quantity", "quantity of allowance " + Text.shown(id), quantity, PricingTable.MAX_QUANTITY, "");
    }

    /**
     * Outputs the allowance as {@code lambda.freeTier.requests 1000000 requests per month}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return id + " " + Decimals.plain(quantity) + " " + unit;
    }
}
