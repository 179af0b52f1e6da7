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
