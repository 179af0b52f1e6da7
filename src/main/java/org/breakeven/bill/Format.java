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
        Objects.requireNonNull(amount, "amount");
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
     * Formats a quantity with thousands separators and its real fraction, to at most six decimal places (half-up)
     * without trailing zeros: {@code 1,460}, {@code 0.25}, {@code 1,200,000.5}.
     *
     * @param value the quantity
     * @return the text
     */
    public static String quantity(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal rounded = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return grouped((rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString());
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
        Objects.requireNonNull(value, "value");
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

    /**
     * Returns text safe to print on one line of a terminal or a log: every character that is not printable
     * (control characters such as ESC, which starts a terminal escape sequence, line breaks, DEL, the C1
     * controls, invisible format characters such as bidirectional overrides, line and paragraph separators,
     * and unpaired surrogates) is written as a Java escape, <code>&#92;u001B</code>; everything else, a
     * backslash included, is kept as it is. Every message and report that shows text from a file goes through
     * this.
     * <pre>
     * jshell&gt; Format.printable("t3" + (char) 27 + "[31m.medium")
     * $1 ==&gt; "t3&#92;u001B[31m.medium"
     * </pre>
     *
     * @param text the text, not null
     * @return the text with its unprintable characters escaped
     */
    public static String printable(String text) {
        Objects.requireNonNull(text, "text");
        int i = 0;
        while (i < text.length() && isPrintable(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isPrintable(text, i)) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(i)));
                c = text.charAt(i);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /**
     * Returns text safe to print, as {@link #printable(String)} does, and shortened to its first
     * {@code maxChars} characters when it is longer, followed by how long it was:
     * {@code 1000000000000000000000... (2,000 characters)}. A message that shows a value from a file uses this,
     * so that a huge value never makes a huge message.
     * <pre>{@code
     * jshell> Format.printable("x".repeat(2000), 5)
     * $1 ==> "xxxxx... (2,000 characters)"
     * }</pre>
     *
     * @param text the text, not null
     * @param maxChars the most characters of it to keep, at least 1
     * @return the text, escaped and shortened
     */
    public static String printable(String text, int maxChars) {
        Objects.requireNonNull(text, "text");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1 but was: " + maxChars);
        }
        if (text.length() <= maxChars) {
            return printable(text);
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return printable(text.substring(0, end)) + "... (" + whole(text.length()) + " characters)";
    }

    private static boolean isPrintable(String text, int index) {
        int c = text.codePointAt(index);
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> true;
        };
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
