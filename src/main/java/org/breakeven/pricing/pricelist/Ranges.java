package org.breakeven.pricing.pricelist;

import java.math.BigDecimal;

/**
 * Parses the decimal strings of a price dimension: prices such as {@code "0.0000166667"} and ranges such
 * as {@code "6000000000"} or {@code "Inf"}. Always {@link BigDecimal}, never {@code double}.
 */
final class Ranges {

    private Ranges() {
    }

    /** Parses a price per unit, which must not be negative. */
    static BigDecimal price(String text, String file, String where) {
        return decimal(text, file, where, "a price");
    }

    /** Parses the start of a band, which must be a number, not {@code Inf}. */
    static BigDecimal begin(String text, String file, String where) {
        return decimal(text, file, where, "the start of a band");
    }

    /** Parses the end of a band: null for {@code Inf}. */
    static BigDecimal end(String text, String file, String where) {
        if (text != null && text.trim().equalsIgnoreCase("Inf")) {
            return null;
        }
        return decimal(text, file, where, "the end of a band");
    }

    private static BigDecimal decimal(String text, String file, String where, String what) {
        if (text == null || text.isBlank()) {
            throw new OfferFormatException(file, where, what + " is required here but it is missing");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new OfferFormatException(file, where, what + " must be a decimal number such as \"0.0000166667\""
                    + (what.startsWith("the end") ? " or \"Inf\"" : "") + " but was: \"" + text + "\"");
        }
        if (value.signum() < 0) {
            throw new OfferFormatException(file, where, what + " must be at least 0 but was: " + text);
        }
        return value;
    }
}
