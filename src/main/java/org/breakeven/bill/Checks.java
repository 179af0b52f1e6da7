package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Argument checks shared by the value types of every package.
 * <p>
 * Each check throws an {@link IllegalArgumentException} whose message names the field, the unit,
 * the allowed range and the value, for example
 * {@code "memoryMb must be between 128 and 10240 MB but was: 20000"}.
 * Users do not need this class; it is public only so that the sub-packages share one wording.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks that a value is finite and within a closed range.
     *
     * @param field the field name as the user wrote it
     * @param value the value to check
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param unit the unit, for the message (may be empty)
     * @return the value
     * @throws IllegalArgumentException if the value is NaN, infinite or out of range
     */
    public static double between(String field, double value, double min, double max, String unit) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + number(min) + " and "
                    + number(max) + unitSuffix(unit) + " but was: " + number(value));
        }
        return value;
    }

    /**
     * Checks that a value is finite, greater than zero and at most a maximum.
     *
     * @param field the field name as the user wrote it
     * @param value the value to check
     * @param max the largest allowed value
     * @param unit the unit, for the message (may be empty)
     * @return the value
     * @throws IllegalArgumentException if the value is NaN, infinite, not positive or above the maximum
     */
    public static double positiveAtMost(String field, double value, double max, String unit) {
        if (!Double.isFinite(value) || value <= 0 || value > max) {
            throw new IllegalArgumentException(field + " must be greater than 0 and at most " + number(max)
                    + unitSuffix(unit) + " but was: " + number(value));
        }
        return value;
    }

    /**
     * Checks that a value is finite and strictly positive.
     *
     * @param field the field name
     * @param value the value to check
     * @param unit the unit, for the message (may be empty)
     * @return the value
     * @throws IllegalArgumentException if the value is NaN, infinite, zero or negative
     */
    public static double positive(String field, double value, String unit) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(field + " must be a finite number greater than 0"
                    + unitSuffix(unit) + " but was: " + number(value));
        }
        return value;
    }

    /**
     * Checks that a decimal is not negative.
     *
     * @param field the field name
     * @param value the value to check
     * @param unit the unit, for the message (may be empty)
     * @return the value
     * @throws IllegalArgumentException if the value is null or negative
     */
    public static BigDecimal nonNegative(String field, BigDecimal value, String unit) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must be given" + (unit == null || unit.isEmpty() ? ""
                    : " (in " + unit + ")") + " but was missing");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be at least 0" + unitSuffix(unit)
                    + " but was: " + value.toPlainString());
        }
        return value;
    }

    /**
     * Checks a decimal read from a file or given by a caller before any arithmetic is done with it: not null,
     * within a closed range, and written with at most {@code maxDecimals} decimal places. The checks only
     * compare, so that a value such as {@code 1E-999999999}, which would take minutes and gigabytes to round
     * or print in full, fails at once; the message shows the value in scientific notation when that is shorter,
     * and at most its first 40 characters.
     *
     * @param field the field name as the user wrote it
     * @param value the value to check
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param maxDecimals the most decimal places allowed
     * @param unit the unit, for the message (may be empty)
     * @return the value
     * @throws IllegalArgumentException if the value is null, out of range or has too many decimal places
     */
    public static BigDecimal decimal(String field, BigDecimal value, long min, long max, int maxDecimals,
            String unit) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must be given" + (unit == null || unit.isEmpty() ? ""
                    : " (in " + unit + ")") + " but was missing");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
                || value.scale() > maxDecimals) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + unitSuffix(unit)
                    + ", with at most " + maxDecimals + " decimal places, but was: " + shown(value));
        }
        return value;
    }

    /**
     * Checks a number of requests per month given to a bill: not NaN, not negative and at most
     * {@link BillModel#MAX_REQUESTS_PER_MONTH}. It is one comparison on the solver's path, with no allocation
     * unless it fails.
     *
     * @param requestsPerMonth the month's requests
     * @return the value
     * @throws IllegalArgumentException if it is NaN, negative, infinite or above the maximum
     */
    public static double requests(double requestsPerMonth) {
        if (!(requestsPerMonth >= 0) || requestsPerMonth > BillModel.MAX_REQUESTS_PER_MONTH) {
            throw badRequests(number(requestsPerMonth));
        }
        return requestsPerMonth;
    }

    /**
     * Checks a whole number of requests per month given to a bill: not negative and at most
     * {@link BillModel#MAX_REQUESTS_PER_MONTH}.
     *
     * @param requestsPerMonth the month's requests
     * @return the value
     * @throws IllegalArgumentException if it is negative or above the maximum
     */
    public static long requests(long requestsPerMonth) {
        if (requestsPerMonth < 0 || requestsPerMonth > BillModel.MAX_REQUESTS_PER_MONTH) {
            throw badRequests(Long.toString(requestsPerMonth));
        }
        return requestsPerMonth;
    }

    /**
     * Checks an exact number of requests per month given to a bill: not null, not negative, at most
     * {@link BillModel#MAX_REQUESTS_PER_MONTH} and with at most 20 decimal places (a break-even point
     * between two whole requests needs no more).
     *
     * @param requestsPerMonth the month's requests
     * @return the value
     * @throws IllegalArgumentException if it is null, negative, above the maximum or has more decimal places
     */
    public static BigDecimal requests(BigDecimal requestsPerMonth) {
        return decimal("requestsPerMonth", requestsPerMonth, 0, BillModel.MAX_REQUESTS_PER_MONTH, 20,
                "requests/month");
    }

    private static IllegalArgumentException badRequests(String shown) {
        return new IllegalArgumentException("requestsPerMonth must be between 0 and "
                + BillModel.MAX_REQUESTS_PER_MONTH + " requests/month but was: " + shown);
    }

    /** A decimal for a message: as written when short, else in scientific notation, at most 40 characters. */
    private static String shown(BigDecimal value) {
        String plain = value.scale() >= 0 && value.scale() <= 40 && value.precision() <= 40 ? value.toPlainString()
                : value.toString();
        return Format.printable(plain, 40);
    }

    private static String unitSuffix(String unit) {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }

    /**
     * Formats a number for an error message: integers without a fraction, others as given.
     *
     * @param value the number
     * @return the text
     */
    static String number(double value) {
        if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Double.toString(value);
    }
}
