package org.breakeven.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

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
     * Reads a number of requests as {@link #brief} prints it and as people write it: {@code 950},
     * {@code 30.3K}, {@code 52.4M}, {@code 1.2B}, {@code 10.0T}, {@code 1,000,000}, {@code 1_000_000},
     * {@code 1e6}; the suffix in either case. This is the one reader of short numbers: the command line,
     * {@code RequestRange.parse} and anyone else use it.
     * <p>
     * The suffix scales the written decimal exactly ({@code 52.4M} is 52,400,000) before the one rounding
     * to {@code double}. {@code brief} rounds to one decimal, so {@code parseRequests(brief(x))} is
     * {@code x} only when {@code x} has no more digits than {@code brief} shows; {@link #exact} prints every
     * digit and reads back exactly.
     * <pre>{@code
     * jshell> Format.parseRequests("52.4M")
     * $1 ==> 5.24E7
     * }</pre>
     *
     * @param text the text, such as {@code 2.5B}
     * @return the number, finite (the caller checks its range)
     * @throws IllegalArgumentException if the text is not such a number
     */
    public static double parseRequests(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip().replace(",", "").replace("_", "").toUpperCase(Locale.ROOT);
        int power = digits.isEmpty() ? 0 : switch (digits.charAt(digits.length() - 1)) {
            case 'K' -> 3;
            case 'M' -> 6;
            case 'B' -> 9;
            case 'T' -> 12;
            default -> 0;
        };
        if (power > 0) {
            digits = digits.substring(0, digits.length() - 1);
        }
        double value;
        try {
            value = new BigDecimal(digits).scaleByPowerOfTen(power).doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a number of requests such as 1000000, 1e6, 2.5M or 10K");
        }
        return value;
    }

    /**
     * Formats a number exactly, with thousands separators: the shortest decimal that reads back as the same
     * {@code double} ({@link Double#toString}'s digits), without exponent: {@code 52,411,544},
     * {@code 1,234.5}, {@code 0.25}.
     *
     * @param value the number, finite
     * @return the text
     */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return grouped(plain(BigDecimal.valueOf(value)));
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
