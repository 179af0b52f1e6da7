package org.breakeven;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Locale-independent number formatting for {@code toString} and reports.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Format {

    private Format() {
    }

    /**
     * Formats an amount rounded half-up to cents with thousands separators: {@code 1,234.50}.
     *
     * @param amount the amount
     * @return the text
     */
    public static String cents(BigDecimal amount) {
        return pattern("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Formats a whole number of requests with thousands separators: {@code 1,000,000}.
     *
     * @param value the number, rounded half-up to a whole number
     * @return the text
     */
    public static String whole(double value) {
        return pattern("#,##0").format(Math.rint(value));
    }

    /**
     * Formats a number of requests briefly: {@code 950}, {@code 30.3K}, {@code 30.3M}, {@code 1.2B}.
     *
     * @param value the number
     * @return the text
     */
    public static String brief(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return pattern("#,##0.0").format(value / 1e9) + "B";
        } else if (abs >= 1e6) {
            return pattern("0.0").format(value / 1e6) + "M";
        } else if (abs >= 1e3) {
            return pattern("0.0").format(value / 1e3) + "K";
        }
        return pattern("0").format(value);
    }

    /**
     * Formats a decimal without exponent and without trailing zeros: {@code 0.0000166667}.
     *
     * @param value the decimal
     * @return the text
     */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
