package org.breakeven.workload;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Format;

/**
 * A range of monthly request counts in which to look for break-even points, or to chart or sweep.
 * <p>
 * {@code toString} shows the ends briefly, as {@link Format#brief} does ({@code 0 to 10.0B requests/month}).
 * When the brief form would lose digits it adds the exact ends in parentheses, as {@link Format#exact} prints
 * them: {@code 52.4M to 10.0B requests/month (52,411,544 to 10,000,000,000)}. {@link #parse} reads both
 * forms, so {@code RequestRange.parse(range.toString())} equals {@code range} for every range.
 * <pre>{@code
 * jshell> RequestRange.parse("1M to 1B requests/month")
 * $1 ==> 1.0M to 1.0B requests/month
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromRequestsPerMonth the low end, inclusive, at least 0
 * @param toRequestsPerMonth the high end, inclusive, above the low end and at most 10^13
 */
public record RequestRange(double fromRequestsPerMonth, double toRequestsPerMonth) {

    /** From 0 to 10 billion requests a month. */
    public static final RequestRange DEFAULT = new RequestRange(0, 10_000_000_000d);

    /** Two short numbers, then optionally the two exact ones in parentheses. */
    private static final Pattern TEXT = Pattern.compile("(\\S+) to (\\S+) requests/month(?: \\((\\S+) to (\\S+)\\))?");

    /**
     * Creates a range, checking its ends.
     *
     * @param fromRequestsPerMonth the low end, 0 to 10^13
     * @param toRequestsPerMonth the high end, above the low end and at most 10^13
     */
    public RequestRange {
        Checks.between("fromRequestsPerMonth", fromRequestsPerMonth, 0, Workload.MAX_REQUESTS_PER_MONTH,
                "requests/month");
        Checks.between("toRequestsPerMonth", toRequestsPerMonth, 0, Workload.MAX_REQUESTS_PER_MONTH, "requests/month");
        if (toRequestsPerMonth <= fromRequestsPerMonth) {
            throw new IllegalArgumentException("toRequestsPerMonth must be greater than fromRequestsPerMonth ("
                    + Format.whole(fromRequestsPerMonth) + " requests/month) but was: "
                    + Format.whole(toRequestsPerMonth));
        }
        // -0.0 passes the check above; adding 0.0 makes it 0.0, so that equal ranges are equal records.
        fromRequestsPerMonth += 0.0;
    }

    /**
     * Obtains a range to show on a logarithmic scale, such as a chart's x axis or a sweep's points, which
     * must start at 1 request or more. This and the constructor are the one check of a range of requests.
     *
     * @param fromRequestsPerMonth the low end, 1 to 10^13
     * @param toRequestsPerMonth the high end, above the low end and at most 10^13
     * @return the range
     * @throws IllegalArgumentException if the range is not valid or starts below 1
     */
    public static RequestRange logScale(double fromRequestsPerMonth, double toRequestsPerMonth) {
        RequestRange range = new RequestRange(fromRequestsPerMonth, toRequestsPerMonth);
        Checks.between("fromRequestsPerMonth", fromRequestsPerMonth, 1, Workload.MAX_REQUESTS_PER_MONTH,
                "requests/month on a log scale");
        return range;
    }

    /**
     * Obtains a range from the text that {@link #toString} prints: {@code 0 to 10.0B requests/month}, or
     * with the exact ends, {@code 52.4M to 10.0B requests/month (52,411,544 to 10,000,000,000)}. Each end is
     * read by {@link Format#parseRequests}, so {@code 1,000,000}, {@code 1e6} and {@code 1M} all work; when
     * the exact ends are given they are the ends, and each must show as its short form does.
     *
     * @param text the text, not null
     * @return the range
     * @throws IllegalArgumentException if the text is not such a range, an end is not a number of requests,
     *     an exact end does not match its short form, or the range is not valid
     */
    public static RequestRange parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher parts = TEXT.matcher(text);
        if (!parts.matches()) {
            throw new IllegalArgumentException("a request range must read like 0 to 10.0B requests/month, or with"
                    + " exact ends like 52.4M to 10.0B requests/month (52,411,544 to 10,000,000,000), but was: "
                    + text);
        }
        if (parts.group(3) == null) {
            return new RequestRange(Format.parseRequests(parts.group(1)), Format.parseRequests(parts.group(2)));
        }
        return new RequestRange(exactEnd(parts.group(1), parts.group(3), text),
                exactEnd(parts.group(2), parts.group(4), text));
    }

    /** Reads an exact end and checks that it shows as its short form does. */
    private static double exactEnd(String brief, String exact, String text) {
        double value = Format.parseRequests(exact);
        if (!Format.brief(value).equals(Format.brief(Format.parseRequests(brief)))) {
            throw new IllegalArgumentException("the exact end " + exact + " does not match its short form " + brief
                    + " in: " + text);
        }
        return value;
    }

    /**
     * Outputs {@code 0 to 10.0B requests/month}, adding the exact ends when the brief form loses digits:
     * {@code 52.4M to 10.0B requests/month (52,411,544 to 10,000,000,000)}.
     *
     * @return the text, which {@link #parse} reads back to an equal range
     */
    @Override
    public String toString() {
        String brief = Format.brief(fromRequestsPerMonth) + " to " + Format.brief(toRequestsPerMonth)
                + " requests/month";
        if (shownExactly(fromRequestsPerMonth) && shownExactly(toRequestsPerMonth)) {
            return brief;
        }
        return brief + " (" + Format.exact(fromRequestsPerMonth) + " to " + Format.exact(toRequestsPerMonth) + ")";
    }

    private static boolean shownExactly(double requests) {
        return Format.parseRequests(Format.brief(requests)) == requests;
    }
}
