package org.breakeven.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.breakeven.bill.Format;

/**
 * The shape of a service's traffic over a day or a week: one weight per hour, 24 of them (a day, hour 0 =
 * 00:00 UTC) or 168 (a week, hour 0 = Monday 00:00 UTC), that spread the month's requests over the hours
 * of the month. The month repeats the profile {@code H / L} times, where {@code H} is the month's hours
 * (730 by default) and {@code L} the profile's length.
 * <p>
 * <b>The one formula.</b> The requests in one occurrence of profile hour {@code h}, for {@code N} requests a
 * month, are
 * <pre>
 *     requests(h) = N &times; w(h) &times; L / (&Sigma;w &times; H)
 * </pre>
 * that is, {@code N} times the hour's share of the profile, {@code w(h) / Σw}, times {@code L / H}: a flat
 * profile puts {@code N / H} requests in every hour, and the requests of every hour of the month add up
 * to {@code N}. {@link #requestsInHour(int, BigDecimal, int)} evaluates it exactly,
 * {@link #requestsInHour(int, double, int)} in {@code double}, and
 * {@link #requestsPerMonthFor(int, BigDecimal, int)} solves it for {@code N}; every per-hour bill (node
 * counts, and load-balancer units or Provisioned Concurrency schedules on top of them) goes through these
 * three methods.
 * <p>
 * Weights are relative: {@code [1, 1, ...]} and {@code [3, 3, ...]} are the same (flat) profile, and are
 * kept as given, as decimals to 34 significant digits, so that a step in a bill falls where the arithmetic puts
 * it. Each must be finite, 0 or from 10<sup>-15</sup> to 10<sup>15</sup>, and at least one must be above 0.
 * <p>
 * <b>Built-in shapes</b> ({@link #shape(String)}) are modelling choices, written out below, not
 * measurements of anyone's traffic; a measured profile comes from {@link #fromCsv(Path)}:
 * <ul>
 * <li>{@code flat}: every hour alike (the default); peak = average.</li>
 * <li>{@code businessHours}: 24 hours; weight 7 from 08:00 to 17:59 UTC (10 hours), 1 otherwise: the
 * busy hours are twice the day's average and the quiet ones two sevenths of it.</li>
 * <li>{@code businessWeek}: 168 hours; Monday to Friday as {@code businessHours}, Saturday and Sunday at
 * 1 all day: the busy hours are 7 &times; 168 / 468 = 2.51 times the week's average.</li>
 * <li>{@code eveningPeak}: 24 hours of a consumer service, from 00:00 UTC:
 * {@code 4 3 2 1 1 1 2 3 4 4 4 5 6 5 5 5 6 7 8 10 10 10 10 6}; the peak (19:00 to 22:59) is
 * 10 &times; 24 / 122 = 1.97 times the average.</li>
 * <li>{@code nightlyBatch}: 24 hours; weight 12 from 01:00 to 04:59 UTC (a batch window), 1 otherwise: the
 * batch hours are 12 &times; 24 / 68 = 4.24 times the average.</li>
 * </ul>
 * <pre>{@code
 * jshell> HourlyProfile.shape("businessHours")
 * $1 ==> 24-hour profile, peak 2x the average from hour 8
 * jshell> $1.requestsInHour(8, 730_000_000d, 730)
 * $2 ==> 2000000.0
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class HourlyProfile {

    /** The hours of a day profile. */
    public static final int DAY = 24;
    /** The hours of a week profile, from Monday 00:00 UTC. */
    public static final int WEEK = 168;
    /** The largest allowed weight: 10^15 (a count of requests in an hour, at most). */
    public static final BigDecimal MAX_WEIGHT = BigDecimal.TEN.pow(15);

    private static final MathContext DIVISION = MathContext.DECIMAL128;
    /** The longest row of a traffic file, in characters. */
    private static final int MAX_LINE = 1000;
    /** The most rows a traffic file may hold. */
    private static final int MAX_CSV_ROWS = 100_000;
    /** The smallest weight above 0: 10^-15, so that no sum of weights needs more than about 64 digits. */
    private static final BigDecimal MIN_WEIGHT = BigDecimal.ONE.movePointLeft(15);

    /** Every hour alike: the default, and the profile of a workload that only gives a peak-to-average ratio. */
    public static final HourlyProfile FLAT = repeat(DAY, 1);

    private static final Map<String, HourlyProfile> SHAPES = shapes();

    private final BigDecimal[] weights;
    private final BigDecimal total;
    private final double[] shares;
    private final int peakHour;
    private final double peakToAverage;

    private HourlyProfile(BigDecimal[] weights) {
        if (weights.length != DAY && weights.length != WEEK) {
            throw new IllegalArgumentException("a profile must have 24 hourly weights (a day) or 168 (a week from"
                    + " Monday 00:00 UTC) but had: " + weights.length);
        }
        BigDecimal sum = BigDecimal.ZERO;
        int peak = 0;
        for (int h = 0; h < weights.length; h++) {
            BigDecimal w = weights[h];
            if (w == null) {
                throw new NullPointerException("weights[" + h + "]");
            }
            if (w.signum() < 0 || w.compareTo(MAX_WEIGHT) > 0) {
                throw new IllegalArgumentException("weights[" + h + "] must be between 0 and " + MAX_WEIGHT.toPlainString()
                        + " but was: " + shown(w));
            }
            if (w.signum() > 0 && w.compareTo(MIN_WEIGHT) < 0) {
                throw new IllegalArgumentException("weights[" + h + "] must be 0 or at least " + MIN_WEIGHT.toPlainString()
                        + " but was: " + shown(w));
            }
            w = w.round(DIVISION);
            weights[h] = w;
            sum = sum.add(w);
            if (w.compareTo(weights[peak]) > 0) {
                peak = h;
            }
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be 0 (a profile needs traffic in at least one"
                    + " hour) but all " + weights.length + " were");
        }
        this.weights = weights;
        this.total = sum;
        this.peakHour = peak;
        this.shares = new double[weights.length];
        for (int h = 0; h < weights.length; h++) {
            shares[h] = weights[h].divide(sum, DIVISION).doubleValue();
        }
        // Kept: every solve names it in its explanation.
        this.peakToAverage = weights[peak].multiply(BigDecimal.valueOf(weights.length)).divide(sum, DIVISION)
                .doubleValue();
    }

    /**
     * Shows a decimal for a message: plainly if that is short, else in scientific notation (so that 1E-999999999
     * is not written out in a billion digits).
     */
    private static String shown(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.abs(stripped.scale()) > 30 || stripped.precision() > 40 ? stripped.toString() : Format.plain(stripped);
    }

    /**
     * Obtains a profile from its weights, 24 (a day from 00:00 UTC) or 168 (a week from Monday 00:00 UTC).
     * Weights are kept to 34 significant digits.
     *
     * @param weights the relative traffic of each hour, each 0 or 10^-15 to 10^15, not all 0
     * @return the profile
     * @throws IllegalArgumentException if there are not 24 or 168 weights, or a weight is out of range, or all are 0
     */
    public static HourlyProfile of(List<BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        return new HourlyProfile(weights.toArray(new BigDecimal[0]));
    }

    /**
     * Obtains a profile from its weights, 24 (a day from 00:00 UTC) or 168 (a week from Monday 00:00 UTC).
     * Each {@code double} is taken as the decimal that {@link Double#toString} shows.
     *
     * @param weights the relative traffic of each hour, each finite, 0 to 10^15, not all 0
     * @return the profile
     * @throws IllegalArgumentException if there are not 24 or 168 weights, or a weight is NaN, infinite or out
     *     of range, or all are 0
     */
    public static HourlyProfile of(double... weights) {
        Objects.requireNonNull(weights, "weights");
        BigDecimal[] exact = new BigDecimal[weights.length];
        for (int h = 0; h < weights.length; h++) {
            if (!Double.isFinite(weights[h])) {
                throw new IllegalArgumentException("weights[" + h + "] must be between 0 and "
                        + MAX_WEIGHT.toPlainString() + " but was: " + weights[h]);
            }
            exact[h] = BigDecimal.valueOf(weights[h]);
        }
        return new HourlyProfile(exact);
    }

    /**
     * Obtains a built-in shape by name: {@code flat}, {@code businessHours}, {@code businessWeek},
     * {@code eveningPeak} or {@code nightlyBatch} (the class description gives each one's weights).
     *
     * @param name the shape's name
     * @return the profile
     * @throws IllegalArgumentException if there is no such shape
     */
    public static HourlyProfile shape(String name) {
        Objects.requireNonNull(name, "name");
        HourlyProfile profile = SHAPES.get(name);
        if (profile == null) {
            throw new IllegalArgumentException("shape must be one of " + String.join(", ", SHAPES.keySet())
                    + " but was: " + printable(name));
        }
        return profile;
    }

    /**
     * Gets the names of the built-in shapes.
     *
     * @return the names, in the order the class description gives them
     */
    public static Set<String> shapeNames() {
        return Collections.unmodifiableSet(SHAPES.keySet());
    }

    private static Map<String, HourlyProfile> shapes() {
        Map<String, HourlyProfile> shapes = new LinkedHashMap<>();
        shapes.put("flat", FLAT);
        double[] business = new double[DAY];
        Arrays.fill(business, 1);
        Arrays.fill(business, 8, 18, 7);
        shapes.put("businessHours", of(business));
        double[] week = new double[WEEK];
        Arrays.fill(week, 1);
        for (int day = 0; day < 5; day++) {
            System.arraycopy(business, 0, week, day * DAY, DAY);
        }
        shapes.put("businessWeek", of(week));
        shapes.put("eveningPeak", of(4, 3, 2, 1, 1, 1, 2, 3, 4, 4, 4, 5, 6, 5, 5, 5, 6, 7, 8, 10, 10, 10, 10, 6));
        double[] batch = new double[DAY];
        Arrays.fill(batch, 1);
        Arrays.fill(batch, 1, 5, 12);
        shapes.put("nightlyBatch", of(batch));
        return shapes;
    }

    private static HourlyProfile repeat(int hours, long weight) {
        BigDecimal[] weights = new BigDecimal[hours];
        Arrays.fill(weights, BigDecimal.valueOf(weight));
        return new HourlyProfile(weights);
    }

    /**
     * Obtains a week profile from a CSV file of hourly request counts, as exported from a CloudWatch metric
     * with a period of one hour and the Sum statistic (such as an ALB's {@code RequestCount} or API Gateway's
     * {@code Count}): see {@link #fromCsv(Reader, String)}.
     *
     * @param file the CSV file, UTF-8
     * @return the profile, 168 hours from Monday 00:00 UTC
     * @throws IllegalArgumentException naming the file and line if a row is malformed, an hour is missing or
     *     repeated, or the file holds less than a week
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HourlyProfile fromCsv(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromCsv(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read traffic file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Obtains a week profile from hourly request counts in CSV: one row per hour, a timestamp and a count,
     * such as {@code 2024-05-06T09:00:00Z,18250}. The first row may be a header. The timestamp is ISO 8601
     * with a {@code T} or a space between date and time and an offset ({@code Z}, {@code +02:00}) or none
     * (UTC), on the hour; the count is a decimal number, 0 or 10^-15 to 10^15; either may be in double
     * quotes. Rows may
     * come in any order (CloudWatch does not sort them) but must cover consecutive hours without a gap or a
     * repeat, a week (168 hours) or more, and at most 100,000 hours, each row at most 1,000 characters (what
     * a message quotes of a row is escaped and shortened). Each hour of the week (Monday 00:00 UTC = hour 0) gets the average
     * of its counts.
     *
     * @param in the CSV text
     * @param name the name for messages, such as the file's
     * @return the profile, 168 hours from Monday 00:00 UTC
     * @throws IllegalArgumentException naming the file and line if a row is malformed, an hour is missing or
     *     repeated, or the text holds less than a week
     * @throws UncheckedIOException if the text cannot be read
     */
    public static HourlyProfile fromCsv(Reader in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        List<CsvRow> rows = new ArrayList<>();
        try {
            BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
            String line;
            int number = 0;
            StringBuilder buffer = new StringBuilder();
            while ((line = readLine(lines, buffer, name, number + 1)) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                CsvRow row = CsvRow.parse(line, number, name, rows.isEmpty() && number == 1);
                if (row != null) {
                    if (rows.size() == MAX_CSV_ROWS) {
                        throw new IllegalArgumentException(name + ":" + number + ": a traffic file may hold at most "
                                + MAX_CSV_ROWS + " hourly counts (over 11 years; CloudWatch keeps hourly data for 455"
                                + " days) but has more");
                    }
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read traffic file " + name + ": " + e.getMessage(), e);
        }
        if (rows.size() < WEEK) {
            throw new IllegalArgumentException(name + ": a traffic file needs hourly counts for at least a week (168"
                    + " hours) but had: " + rows.size());
        }
        rows.sort((a, b) -> a.hour.compareTo(b.hour));
        BigDecimal[] sums = new BigDecimal[WEEK];
        int[] counts = new int[WEEK];
        Arrays.fill(sums, BigDecimal.ZERO);
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = rows.get(i);
            if (i > 0) {
                CsvRow before = rows.get(i - 1);
                if (row.hour.equals(before.hour)) {
                    CsvRow first = before.line < row.line ? before : row;
                    CsvRow second = before.line < row.line ? row : before;
                    throw new IllegalArgumentException(name + ":" + second.line + ": a second count for " + row.hour
                            + " (the first is on line " + first.line + ")");
                }
                Instant expected = before.hour.plusSeconds(3600);
                if (!row.hour.equals(expected)) {
                    throw new IllegalArgumentException(name + ":" + row.line + ": the counts have a gap: no row for "
                            + expected + ", the hour after " + before.hour + " (line " + before.line + "), before this"
                            + " row's " + row.hour);
                }
            }
            int hourOfWeek = hourOfWeek(row.hour);
            sums[hourOfWeek] = sums[hourOfWeek].add(row.count);
            counts[hourOfWeek]++;
        }
        BigDecimal[] weights = new BigDecimal[WEEK];
        for (int h = 0; h < WEEK; h++) {
            weights[h] = sums[h].divide(BigDecimal.valueOf(counts[h]), DIVISION);
        }
        try {
            return new HourlyProfile(weights);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one line of at most {@link #MAX_LINE} characters, ended by a line feed or the end of the text, without
     * its carriage returns; null at the end of the text.
     */
    private static String readLine(BufferedReader in, StringBuilder line, String name, int number) throws IOException {
        line.setLength(0);
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (c != '\r') {
                if (line.length() == MAX_LINE) {
                    throw new IllegalArgumentException(name + ":" + number + ": a row must be at most " + MAX_LINE
                            + " characters long, but this one is longer");
                }
                line.append((char) c);
            }
            c = in.read();
        }
        return line.toString();
    }

    /**
     * Shows text from a file or a caller in a message: control characters escaped as {@code \u0007}, and at most
     * 100 characters of it.
     */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length() && i < 100; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return text.length() > 100 ? shown + "... (" + text.length() + " characters)" : shown.toString();
    }

    /** The hour of the week, Monday 00:00 UTC = 0. */
    private static int hourOfWeek(Instant hour) {
        LocalDateTime utc = LocalDateTime.ofInstant(hour, ZoneOffset.UTC);
        return (utc.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * DAY + utc.getHour();
    }

    /** One data row of a traffic file. */
    private record CsvRow(Instant hour, BigDecimal count, int line) {

        /** Reads a row; returns null for a header (allowed only as the file's first line). */
        static CsvRow parse(String text, int line, String name, boolean mayBeHeader) {
            String[] fields = text.split(",", -1);
            if (fields.length != 2) {
                if (mayBeHeader) {
                    return null;
                }
                throw new IllegalArgumentException(name + ":" + line + ": a row must be a timestamp and a count, such"
                        + " as 2024-05-06T09:00:00Z,18250, but was: " + printable(text));
            }
            String time = unquote(fields[0]);
            Instant hour;
            try {
                hour = instant(time);
            } catch (DateTimeParseException e) {
                if (mayBeHeader) {
                    return null;
                }
                throw new IllegalArgumentException(name + ":" + line + ": the timestamp must be ISO 8601, such as"
                        + " 2024-05-06T09:00:00Z, but was: " + printable(time), e);
            }
            if (hour.getEpochSecond() % 3600 != 0 || hour.getNano() != 0) {
                throw new IllegalArgumentException(name + ":" + line + ": the timestamp must be on the hour (a count"
                        + " per hour, a period of 3600 s) but was: " + printable(time));
            }
            String value = unquote(fields[1]);
            BigDecimal count;
            try {
                count = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + line + ": the count must be a number of requests but"
                        + " was: " + printable(value), e);
            }
            if (count.signum() < 0 || count.compareTo(MAX_WEIGHT) > 0) {
                throw new IllegalArgumentException(name + ":" + line + ": the count must be between 0 and "
                        + MAX_WEIGHT.toPlainString() + " requests but was: " + printable(value));
            }
            if (count.signum() > 0 && count.compareTo(MIN_WEIGHT) < 0) {
                throw new IllegalArgumentException(name + ":" + line + ": the count must be 0 or at least "
                        + MIN_WEIGHT.toPlainString() + " requests but was: " + printable(value));
            }
            return new CsvRow(hour, count, line);
        }

        private static String unquote(String field) {
            String s = field.strip();
            return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).strip() : s;
        }

        private static Instant instant(String text) {
            String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
                    : text;
            try {
                return OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            }
        }
    }

    /**
     * Gets the number of hours: 24 (a day) or 168 (a week).
     *
     * @return the profile's length
     */
    public int hours() {
        return weights.length;
    }

    /**
     * Gets the weight of an hour as given.
     *
     * @param hour 0 to {@code hours() - 1}
     * @return the weight
     */
    public BigDecimal weight(int hour) {
        return weights[checkHour(hour)];
    }

    /**
     * Gets the weights as given.
     *
     * @return the weights, unmodifiable
     */
    public List<BigDecimal> weights() {
        return List.of(weights);
    }

    /**
     * Gets the sum of the weights.
     *
     * @return the sum, greater than 0
     */
    public BigDecimal totalWeight() {
        return total;
    }

    /**
     * Gets the share of the profile's traffic in an hour, {@code w(h) / Σw}, in {@code double}.
     *
     * @param hour 0 to {@code hours() - 1}
     * @return the share, 0 to 1
     */
    public double share(int hour) {
        return shares[checkHour(hour)];
    }

    /**
     * Gets the first of the busiest hours.
     *
     * @return the hour with the largest weight
     */
    public int peakHour() {
        return peakHour;
    }

    /**
     * Gets the busiest hour's requests over the average hour's: {@code max w × L / Σw}, 1 for a flat profile.
     *
     * @return the ratio, 1 to {@code hours()}
     */
    public double peakToAverage() {
        return peakToAverage;
    }

    /**
     * Checks whether every hour has the same weight.
     *
     * @return true if flat
     */
    public boolean isFlat() {
        for (BigDecimal w : weights) {
            if (w.compareTo(weights[0]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Computes the requests in one occurrence of a profile hour exactly: {@code N × w(h) × L / (Σw × H)}, the
     * one formula of the class description, rounded to 34 significant digits only where the division does not
     * end.
     *
     * @param hour the profile hour, 0 to {@code hours() - 1}
     * @param requestsPerMonth the month's requests {@code N}, not negative
     * @param hoursPerMonth the month's hours {@code H}, such as 730
     * @return the requests in that hour
     */
    public BigDecimal requestsInHour(int hour, BigDecimal requestsPerMonth, int hoursPerMonth) {
        return requestsPerMonth.multiply(weights[checkHour(hour)]).multiply(BigDecimal.valueOf(weights.length))
                .divide(total.multiply(BigDecimal.valueOf(checkMonth(hoursPerMonth))), DIVISION);
    }

    /**
     * Computes the requests in one occurrence of a profile hour in {@code double}:
     * {@code N × (w(h) / Σw) × L / H}, the same formula as {@link #requestsInHour(int, BigDecimal, int)}.
     *
     * @param hour the profile hour, 0 to {@code hours() - 1}
     * @param requestsPerMonth the month's requests {@code N}
     * @param hoursPerMonth the month's hours {@code H}, such as 730
     * @return the requests in that hour
     */
    public double requestsInHour(int hour, double requestsPerMonth, int hoursPerMonth) {
        return requestsPerMonth * shares[checkHour(hour)] * weights.length / checkMonth(hoursPerMonth);
    }

    /**
     * Solves the one formula for the month's requests: the {@code N} at which one occurrence of a profile
     * hour holds a given number of requests, {@code requests × Σw × H / (w(h) × L)}, exact where the division
     * ends and else rounded to 34 significant digits.
     *
     * @param hour the profile hour, 0 to {@code hours() - 1}, with a weight above 0
     * @param requestsInHour the requests in that hour, not negative
     * @param hoursPerMonth the month's hours {@code H}, such as 730
     * @return the month's requests
     * @throws IllegalArgumentException if the hour's weight is 0, so that no month puts requests in it
     */
    public BigDecimal requestsPerMonthFor(int hour, BigDecimal requestsInHour, int hoursPerMonth) {
        BigDecimal w = weights[checkHour(hour)];
        if (w.signum() == 0) {
            throw new IllegalArgumentException("hour " + hour + " has weight 0: no month's requests put traffic in it");
        }
        return requestsInHour.multiply(total).multiply(BigDecimal.valueOf(checkMonth(hoursPerMonth)))
                .divide(w.multiply(BigDecimal.valueOf(weights.length)), DIVISION);
    }

    private int checkHour(int hour) {
        if (hour < 0 || hour >= weights.length) {
            throw new IllegalArgumentException("hour must be between 0 and " + (weights.length - 1) + " but was: " + hour);
        }
        return hour;
    }

    private static int checkMonth(int hoursPerMonth) {
        if (hoursPerMonth < 1) {
            throw new IllegalArgumentException("hoursPerMonth must be at least 1 hour but was: " + hoursPerMonth);
        }
        return hoursPerMonth;
    }

    /**
     * Checks if this is the same shape as another: the same length and the same weights relative to their
     * sums ({@code [1, 2, ...]} equals {@code [2, 4, ...]}).
     *
     * @param obj the other object
     * @return true if the same shape
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof HourlyProfile other) || other.weights.length != weights.length) {
            return false;
        }
        for (int h = 0; h < weights.length; h++) {
            if (weights[h].multiply(other.total).compareTo(other.weights[h].multiply(total)) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * weights.length + peakHour;
    }

    /**
     * Outputs {@code flat}, or {@code 24-hour profile, peak 2x the average from hour 8}: the length, the
     * busiest hour's ratio to the average (three significant digits) and the first busiest hour.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (isFlat()) {
            return "flat";
        }
        BigDecimal ratio = BigDecimal.valueOf(peakToAverage()).round(new MathContext(3, RoundingMode.HALF_UP));
        return weights.length + "-hour profile, peak " + Format.plain(ratio) + "x the average from hour " + peakHour
                + (weights.length == WEEK ? " of the week" : "");
    }
}
