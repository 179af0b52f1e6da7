package org.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of a tiered price: the price per unit for usage from {@code fromInclusive} up to
 * {@code toExclusive} units in a month (open-ended when {@code toExclusive} is empty).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromInclusive where the band starts, in the rate's usage unit per month
 * @param toExclusive where the band ends, or null for the last, open-ended band
 * @param price the price per unit inside the band, exact as published
 */
public record Tier(BigDecimal fromInclusive, BigDecimal toExclusive, BigDecimal price) {

    /**
     * Creates a tier, checking that the band starts and ends between 0 and {@link PricingTable#MAX_QUANTITY},
     * with at most {@link PricingTable#MAX_DECIMALS} decimal places, is not empty and has a price of at least 0.
     * How high a price in a pricing table may be is the table's rule ({@link PricingTable#checkPrice}): a tier
     * also prices what a scenario gives, such as a fixed monthly cost.
     *
     * @param fromInclusive where the band starts
     * @param toExclusive where the band ends, or null when open-ended
     * @param price the price per unit
     * @throws PricingValueException if the band starts or ends outside its bounds or ends where or before it
     *     starts, or the price is negative
     */
    public Tier {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(price, "price");
        Decimals.check("fromInclusive", "tier start", fromInclusive, PricingTable.MAX_QUANTITY, "");
        if (toExclusive != null) {
            Decimals.check("toExclusive", "tier end", toExclusive, PricingTable.MAX_QUANTITY, "");
            if (toExclusive.compareTo(fromInclusive) <= 0) {
                throw new PricingValueException("toExclusive", "tier end must be greater than its start ("
                        + fromInclusive.toPlainString() + ") but was: " + toExclusive.toPlainString());
            }
        }
        if (price.signum() < 0) {
            throw new PricingValueException("price", "price must be at least 0 but was: " + Decimals.shown(price));
        }
    }

    /**
     * Gets the end of the band, empty for the last band.
     *
     * @return the exclusive end, if any
     */
    public Optional<BigDecimal> end() {
        return Optional.ofNullable(toExclusive);
    }
}
