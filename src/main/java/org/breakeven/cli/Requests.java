package org.breakeven.cli;

import java.math.BigDecimal;
import java.util.Locale;
import org.breakeven.workload.Workload;
import picocli.CommandLine;

/**
 * Reads a number of requests per month as people write it: {@code 1000000}, {@code 1,000,000},
 * {@code 1e6}, {@code 1M}, {@code 2.5B}, {@code 10K}.
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
        String t = text.strip().replace(",", "").replace("_", "").toUpperCase(Locale.ROOT);
        double scale = 1;
        if (t.endsWith("K")) {
            scale = 1e3;
        } else if (t.endsWith("M")) {
            scale = 1e6;
        } else if (t.endsWith("B")) {
            scale = 1e9;
        } else if (t.endsWith("T")) {
            scale = 1e12;
        }
        if (scale > 1) {
            t = t.substring(0, t.length() - 1);
        }
        double value;
        try {
            value = new BigDecimal(t).doubleValue() * scale;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text
                    + "' is not a number of requests such as 1000000, 1e6, 2.5M or 10K");
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
