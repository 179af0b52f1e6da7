package org.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How this package prints a decimal and checks its bounds: plain digits, no exponent, no trailing zeros;
 * and in a message, a value of any size shortened. The bill kernel has its own formatting; this package
 * depends on nothing of ours, so it keeps its own small copy.
 */
final class Decimals {

    private Decimals() {
    }

    /**
     * Formats a decimal as plain digits without trailing zeros: {@code 0.0000166667}, {@code 1000000}.
     *
     * @param value the value
     * @return the text
     */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * Formats a decimal of any size for a message: as written in plain digits ({@code -0.0416}) when that is
     * short, else in scientific notation ({@code 1E-999999999}, {@code 1E+300}), cut short when even that is
     * long. It never writes out the 10^9 zeros of a plain {@code 1E-999999999}.
     *
     * @param value the value
     * @return the text, at most about a hundred characters
     */
    static String shown(BigDecimal value) {
        long digits = value.precision();
        long scale = value.scale();
        long plainLength = (scale <= 0 ? digits - scale : Math.max(digits, scale + 1) + 1) + (value.signum() < 0 ? 1 : 0);
        return Text.shown(plainLength <= Text.SHOWN ? value.toPlainString() : value.toString());
    }

    /**
     * Checks that a decimal is from 0 to a maximum, with at most {@link PricingTable#MAX_DECIMALS} decimal places. Both
     * are checked before any arithmetic on the value: a scale of a billion is refused as it is, and compared
     * with the maximum by its digits and exponent only.
     *
     * @param field the field at fault, for the exception
     * @param name what the value is, for the message, such as {@code price} or {@code hourlyPrice of t3.medium}
     * @param value the value
     * @param max the highest value allowed
     * @param unit what follows the maximum in the message, such as {@code " per unit"}, or empty
     * @return the value
     * @throws PricingValueException if the value is negative, above the maximum or has too many decimals
     */
    static BigDecimal check(String field, String name, BigDecimal value, BigDecimal max, String unit) {
        if (value.signum() < 0 || value.scale() > PricingTable.MAX_DECIMALS || value.compareTo(max) > 0) {
            throw new PricingValueException(field, name + " must be between 0 and " + grouped(max) + unit + ", with at"
                    + " most " + PricingTable.MAX_DECIMALS + " decimal places, but was: " + shown(value));
        }
        return value;
    }

    /** Formats a whole bound with thousands separators: {@code 1,000,000}. */
    static String grouped(BigDecimal bound) {
        return String.format(Locale.ROOT, "%,d", bound.toBigIntegerExact());
    }
}
