package org.breakeven.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Locale-independent number formatting for {@code toString} and reports: a dot for decimals, commas
 * between thousands, half-up rounding.
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
        return grouped(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * Formats a number rounded half-up to a whole number with thousands separators: {@code 1,000,000}.
     *
     * @param value the number
     * @return the text
     */
    public static String whole(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return grouped(BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * Formats a number of requests briefly: {@code 950}, {@code 30.3K}, {@code 30.3M}, {@code 1.2B}, {@code 10.0T}.
     *
     * @param value the number
     * @return the text
     */
    public static String brief(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double abs = Math.abs(value);
        if (abs >= 999.95e9) {
            return grouped(oneDecimal(value / 1e12)) + "T";
        } else if (abs >= 999.95e6) {
            return oneDecimal(value / 1e9) + "B";
        } else if (abs >= 999.95e3) {
            return oneDecimal(value / 1e6) + "M";
        } else if (abs >= 999.5) {
            return oneDecimal(value / 1e3) + "K";
        }
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
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

    /**
     * Formats a fraction as a percentage from its decimal digits, without the sign: {@code 0.57} gives
     * {@code 57} (not the {@code 56.99...} of a multiplication in {@code double}), {@code 0.075} gives {@code 7.5}.
     *
     * @param fraction the fraction, such as a utilisation or a share of requests
     * @return the percentage, without trailing zeros
     */
    public static String percent(double fraction) {
        return plain(BigDecimal.valueOf(fraction).movePointRight(2));
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Inserts commas between the thousands of a plain decimal string such as {@code -1234567.89}. */
    private static String grouped(String plain) {
        int sign = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        int digits = end - sign;
        if (digits <= 3) {
            return plain;
        }
        StringBuilder text = new StringBuilder(plain.length() + digits / 3);
        text.append(plain, 0, sign);
        for (int i = sign; i < end; i++) {
            if (i > sign && (end - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, end, plain.length()).toString();
    }
}
