package org.breakeven.pricing.pricelist;

import java.math.BigDecimal;
import java.util.Locale;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingValueException;

/**
 * Parses the decimal strings of a price dimension: prices such as {@code "0.0000166667"} and ranges such
 * as {@code "6000000000"} or {@code "Inf"}. Always {@link BigDecimal}, never {@code double}. Each value is
 * checked where it is read against the bounds of a pricing table ({@link PricingTable#checkPrice},
 * {@link PricingTable#checkQuantity}), before anything computes with it or prints it: a price of
 * {@code 1E-999999999} fails at once rather than after minutes and gigabytes.
 */
final class Ranges {

    /**
     * The longest decimal string parsed: 1,000 characters, as in a pricing table. A number of millions of
     * digits takes minutes to parse.
     */
    static final int MAX_DECIMAL_CHARS = 1_000;

    private Ranges() {
    }

    /** Parses a price per unit, within the bounds of a price in a table. */
    static BigDecimal price(String text, String file, String where) {
        BigDecimal value = decimal(text, file, where, "a price");
        try {
            return PricingTable.checkPrice("a price", value);
        } catch (PricingValueException e) {
            throw new OfferFormatException(file, where, e.getMessage(), e);
        }
    }

    /** Parses the start of a band, which must be a number, not {@code Inf}. */
    static BigDecimal begin(String text, String file, String where) {
        return quantity(text, file, where, "the start of a band");
    }

    /** Parses the end of a band: null for {@code Inf}. */
    static BigDecimal end(String text, String file, String where) {
        if (text != null && text.trim().equalsIgnoreCase("Inf")) {
            return null;
        }
        return quantity(text, file, where, "the end of a band");
    }

    /** Parses a decimal of at most {@link #MAX_DECIMAL_CHARS} characters. */
    static BigDecimal decimal(String text, String file, String where, String what) {
        if (text == null || text.isBlank()) {
            throw new OfferFormatException(file, where, what + " is required here but it is missing");
        }
        String trimmed = text.trim();
        String example = "such as \"0.0000166667\"" + (what.startsWith("the end") ? " or \"Inf\"" : "");
        if (trimmed.length() > MAX_DECIMAL_CHARS) {
            throw new OfferFormatException(file, where, String.format(Locale.ROOT, "%s must be a decimal number of at"
                    + " most %,d characters, %s, but was: \"%s\"", what, MAX_DECIMAL_CHARS, example, Text.shown(text)));
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new OfferFormatException(file, where, what + " must be a decimal number " + example + " but was: \""
                    + Text.shown(text) + "\"");
        }
    }

    private static BigDecimal quantity(String text, String file, String where, String what) {
        BigDecimal value = decimal(text, file, where, what);
        try {
            return PricingTable.checkQuantity(what, value);
        } catch (PricingValueException e) {
            throw new OfferFormatException(file, where, e.getMessage(), e);
        }
    }
}
