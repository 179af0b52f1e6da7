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

    @Override
    public Double convert(String value) {
        return parse(value);
    }

    /**
     * Parses a number of requests.
     *
     * @param text the text
     * @return the number, 0 to 10^13
     * @throws CommandLine.TypeConversionException if it is not such a number
     */
    static double parse(String text) {
        double value;
        try {
            value = Format.parseRequests(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
        if (!(value >= 0 && value <= Workload.MAX_REQUESTS_PER_MONTH)) {
            throw new CommandLine.TypeConversionException("requests must be between 0 and 10^13 per month but was: "
                    + text);
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
