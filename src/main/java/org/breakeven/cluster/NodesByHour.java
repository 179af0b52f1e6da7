package org.breakeven.cluster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.breakeven.bill.Format;

/**
 * A cluster's node count in each hour of the traffic's profile at one month's requests: the same count in
 * every hour for a fixed or peak-sized cluster, each hour's own for an autoscaled one (after its scale-down
 * delay). {@link #nodeHours()} is the quantity of the bill's node line.
 * <pre>{@code
 * jshell> scenario.nodesByHour(1_000_000_000)
 * $1 ==> peak 64 nodes, average 32.5, 23,725 node-hours/month
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class NodesByHour {

    private static final char[] BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588".toCharArray();

    private final long[] counts;
    private final int hoursPerMonth;

    private NodesByHour(long[] counts, int hoursPerMonth) {
        this.counts = counts;
        this.hoursPerMonth = hoursPerMonth;
    }

    /**
     * Obtains the counts of each profile hour.
     *
     * @param counts one count per profile hour, 24 or 168 of them, each at least 0
     * @param hoursPerMonth the month's hours, at least 1
     * @return the counts
     */
    public static NodesByHour of(long[] counts, int hoursPerMonth) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length != 24 && counts.length != 168) {
            throw new IllegalArgumentException("counts must have 24 hours (a day) or 168 (a week) but had: "
                    + counts.length);
        }
        for (int h = 0; h < counts.length; h++) {
            if (counts[h] < 0) {
                throw new IllegalArgumentException("counts[" + h + "] must be at least 0 nodes but was: " + counts[h]);
            }
        }
        if (hoursPerMonth < 1) {
            throw new IllegalArgumentException("hoursPerMonth must be at least 1 hour but was: " + hoursPerMonth);
        }
        return new NodesByHour(counts.clone(), hoursPerMonth);
    }

    /**
     * Gets the number of profile hours.
     *
     * @return 24 or 168
     */
    public int hours() {
        return counts.length;
    }

    /**
     * Gets one profile hour's count.
     *
     * @param hour 0 to {@code hours() - 1}
     * @return the nodes in that hour
     */
    public long count(int hour) {
        if (hour < 0 || hour >= counts.length) {
            throw new IllegalArgumentException("hour must be between 0 and " + (counts.length - 1) + " but was: " + hour);
        }
        return counts[hour];
    }

    /**
     * Gets every profile hour's count.
     *
     * @return the counts, in hour order, unmodifiable
     */
    public List<Long> counts() {
        return Arrays.stream(counts).boxed().toList();
    }

    /**
     * Gets the largest count.
     *
     * @return the peak node count
     */
    public long peak() {
        return Arrays.stream(counts).max().orElseThrow();
    }

    /**
     * Gets the average count over the profile's hours, which is the month's average.
     *
     * @return the average node count
     */
    public double average() {
        return (double) sum() / counts.length;
    }

    /**
     * Gets the month's node-hours: {@code Σ count(h) × hoursPerMonth / hours()}, exact where the division ends,
     * else to 34 significant digits. This is the quantity of the bill's node line.
     *
     * @return the node-hours per month
     */
    public BigDecimal nodeHours() {
        return BigDecimal.valueOf(sum()).multiply(BigDecimal.valueOf(hoursPerMonth))
                .divide(BigDecimal.valueOf(counts.length), MathContext.DECIMAL128);
    }

    private long sum() {
        return Arrays.stream(counts).sum();
    }

    /**
     * Gets the average count in each hour of the day (UTC): the counts themselves for a day profile, the
     * average of the week's seven days for a week profile.
     *
     * @return 24 averages, hour 0 = 00:00 UTC
     */
    public double[] byHourOfDay() {
        double[] byHour = new double[24];
        int days = counts.length / 24;
        for (int h = 0; h < counts.length; h++) {
            byHour[h % 24] += counts[h];
        }
        for (int h = 0; h < 24; h++) {
            byHour[h] /= days;
        }
        return byHour;
    }

    /**
     * Draws {@link #byHourOfDay()} as one character per hour of the day, from {@code ▁} (an eighth of the
     * busiest hour or less) to {@code █} (the busiest hour): {@code ▂▂▂▂▂▂▂▂██████████▂▂▂▂▂▂} for a
     * business day.
     *
     * @return the sparkline, 24 characters
     */
    public String sparkline() {
        double[] byHour = byHourOfDay();
        double top = Arrays.stream(byHour).max().orElseThrow();
        StringBuilder line = new StringBuilder(24);
        for (double count : byHour) {
            int bar = top == 0 ? 0 : (int) Math.max(0, Math.min(7, Math.ceil(count * 8 / top) - 1));
            line.append(BARS[bar]);
        }
        return line.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NodesByHour other && hoursPerMonth == other.hoursPerMonth
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + hoursPerMonth;
    }

    /**
     * Outputs {@code peak 64 nodes, average 32.5, 23,725 node-hours/month}: the average to one decimal, the
     * node-hours to a whole number.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "peak " + peak() + (peak() == 1 ? " node" : " nodes") + ", average "
                + Format.plain(BigDecimal.valueOf(sum()).divide(BigDecimal.valueOf(counts.length), 1,
                        RoundingMode.HALF_UP))
                + ", " + Format.whole(nodeHours().doubleValue()) + " node-hours/month";
    }
}
