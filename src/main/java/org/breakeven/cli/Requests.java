package org.breakeven.cli;

import org.breakeven.bill.Format;
import org.breakeven.workload.Workload;
import picocli.CommandLine;

/**
 * Reads a number of requests per month as people write it ({@code 1000000}, {@code 1,000,000},
 * {@code 1e6}, {@code 1M}, {@code 2.5B}, {@code 10K}) through {@link Format#parseRequests}, and checks
 * that it is a month's worth.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Requests implements CommandLine.ITypeConverter<Double> {

    /**
     * The longest text read as a number of requests: room for {@code 10,000,000,000,000} with decimals, and
     * a bound on what a message quotes and what {@link Format#parseRequests} reads.
     */
    static final int MAX_LENGTH = 40;

    private static final String EXPECTED = "requests must be a number from 0 to 10^13 per month such as 1000000, 1e6,"
            + " 2.5M or 10K";

    @Override
    public Double convert(String value) {
        return parse(value);
    }

    /**
     * Parses a number of requests.
     *
     * @param text the text
     * @return the number, 0 to 10^13
     * @throws CommandLine.TypeConversionException if it is empty, longer than {@link #MAX_LENGTH} characters,
     *     not such a number, or out of range
     */
    static double parse(String text) {
        if (text.isBlank()) {
            throw new CommandLine.TypeConversionException(EXPECTED + " but was empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new CommandLine.TypeConversionException(EXPECTED + ", at most " + MAX_LENGTH
                    + " characters long, but was: " + Messages.quote(text));
        }
        double value;
        try {
            value = Format.parseRequests(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(EXPECTED + " but was: " + Messages.quote(text));
        }
        if (!(value >= 0 && value <= Workload.MAX_REQUESTS_PER_MONTH)) {
            throw new CommandLine.TypeConversionException(EXPECTED + " but was: " + Messages.quote(text));
        }
        return value;
    }

    /** Reads a whole number of requests, rounded half-up. */
    static final class Whole implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return Math.round(parse(value));
        }
    }
}
