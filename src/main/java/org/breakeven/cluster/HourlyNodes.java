package org.breakeven.cluster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import org.breakeven.bill.NodeCount;
import org.breakeven.workload.HourlyProfile;

/**
 * The nodes of a cluster that scales by the hour, summed over one run of the traffic's profile: the node
 * count of an {@link NodeSizing.Autoscaled} sizing.
 * <p>
 * In profile hour {@code h} the cluster needs {@code n(h) = clamp(minimum, maximum, ceil(requests(h) / perNode))}
 * nodes, where {@code requests(h)} is the hour's requests by {@link HourlyProfile}'s formula and {@code perNode}
 * the requests one node carries in an hour at its planned load. After the load falls, nodes are kept for
 * {@code delay} hours: {@code n'(h) = max(n(h - delay), ..., n(h))}, cyclically over the profile. The count
 * is {@code Σ n'(h)}, over {@link #profileHours()} = {@code L} hours.
 * <p>
 * Every {@code n(h)} is the same non-decreasing function of the hour's weight, so the largest of several hours'
 * counts is the count of the largest weight among them: {@code n'(h)} is {@code n} at the largest weight in
 * its window. Hours are grouped by that weight into levels, each one {@link TrafficNodes} step function held
 * for some number of hours; the count is {@code Σ hours(l) × n(l)}, and its steps are the union of the levels'
 * steps, which are a subset of the union of every hour's own steps (the delay only drops some).
 */
final class HourlyNodes implements NodeCount {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal MS_PER_SECOND = BigDecimal.valueOf(1000);

    private final int profileHours;
    private final NodeCount[] levels;
    private final long[] hoursAtLevel;
    private final int[] levelOfHour;

    private HourlyNodes(int profileHours, NodeCount[] levels, long[] hoursAtLevel, int[] levelOfHour) {
        this.profileHours = profileHours;
        this.levels = levels;
        this.hoursAtLevel = hoursAtLevel;
        this.levelOfHour = levelOfHour;
    }

    /**
     * Builds the count.
     *
     * @param profile the traffic's profile
     * @param delayHours the scale-down delay in hours, 0 or more (a delay of the profile's length or more keeps
     *     the peak all the time)
     * @param minimum the fewest nodes, at least 1
     * @param maximum the most nodes, at least the minimum
     * @param requestsPerNodeHour the requests one node carries in an hour at its planned load, greater than 0
     * @param hoursPerMonth the month's hours
     * @return the count
     */
    static HourlyNodes of(HourlyProfile profile, int delayHours, long minimum, long maximum,
            BigDecimal requestsPerNodeHour, int hoursPerMonth) {
        int hours = profile.hours();
        int window = Math.min(delayHours, hours - 1);
        TreeMap<BigDecimal, Integer> levelOfWeight = new TreeMap<>();
        List<NodeCount> levels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        int[] levelOfHour = new int[hours];
        for (int h = 0; h < hours; h++) {
            int busiest = h;
            for (int back = 1; back <= window; back++) {
                int earlier = Math.floorMod(h - back, hours);
                if (profile.weight(earlier).compareTo(profile.weight(busiest)) > 0) {
                    busiest = earlier;
                }
            }
            BigDecimal weight = profile.weight(busiest);
            Integer level = levelOfWeight.get(weight);
            if (level == null) {
                level = levels.size();
                levelOfWeight.put(weight, level);
                levels.add(weight.signum() == 0 ? new FixedNodes(minimum)
                        : new TrafficNodes(minimum, maximum,
                                profile.requestsPerMonthFor(busiest, requestsPerNodeHour, hoursPerMonth)));
                counts.add(0L);
            }
            counts.set(level, counts.get(level) + 1);
            levelOfHour[h] = level;
        }
        return new HourlyNodes(hours, levels.toArray(new NodeCount[0]),
                counts.stream().mapToLong(Long::longValue).toArray(), levelOfHour);
    }

    /**
     * The requests one node carries in an hour at its planned load, from a capacity given as
     * {@code capacityNumerator / capacityDivisor} requests per second:
     * {@code 3600 × capacityNumerator × targetUtilisation / (capacityDivisor × peakToAverageRatio × headroom)},
     * in one division, so that it is exact whenever the quotient ends.
     *
     * @param capacityNumerator what one node serves at 100%, in requests per second, times the divisor
     * @param capacityDivisor the divisor, greater than 0 (1 for a capacity in requests per second; the CPU-ms
     *     per request for a capacity of {@code vCPUs × allocatable share × 1000 / cpuMsPerRequest})
     * @param targetUtilisation the share of that planned for
     * @param peakToAverageRatio how much busier the busiest moment is than its hour's average
     * @param headroom the multiplier on each hour's load, 1 for none
     * @return the requests per node-hour
     */
    static BigDecimal requestsPerNodeHour(BigDecimal capacityNumerator, BigDecimal capacityDivisor,
            double targetUtilisation, double peakToAverageRatio, double headroom) {
        return SECONDS_PER_HOUR.multiply(capacityNumerator).multiply(BigDecimal.valueOf(targetUtilisation))
                .divide(capacityDivisor.multiply(BigDecimal.valueOf(peakToAverageRatio))
                        .multiply(BigDecimal.valueOf(headroom)), MathContext.DECIMAL128);
    }

    /**
     * The capacity numerator of a node sized by CPU time: {@code vCPUs × allocatableCpuFraction × 1000}
     * CPU-ms per second, to be divided by the CPU-ms per request.
     *
     * @param vcpu the instance type's vCPUs
     * @param allocatableCpuFraction the share of them the service may use
     * @return CPU-ms per second
     */
    static BigDecimal cpuMsPerSecond(int vcpu, double allocatableCpuFraction) {
        return BigDecimal.valueOf(vcpu).multiply(BigDecimal.valueOf(allocatableCpuFraction)).multiply(MS_PER_SECOND);
    }

    @Override
    public long exact(BigDecimal requests) {
        long sum = 0;
        for (int l = 0; l < levels.length; l++) {
            sum += hoursAtLevel[l] * levels[l].exact(requests);
        }
        return sum;
    }

    @Override
    public long at(double requests) {
        long sum = 0;
        for (int l = 0; l < levels.length; l++) {
            sum += hoursAtLevel[l] * levels[l].at(requests);
        }
        return sum;
    }

    /**
     * Walks the points once: each level's count is read at the first point and again only after one of its
     * own steps, so a week of distinct hours costs a read per step, not 168 per point.
     */
    @Override
    public long[] atEach(double[] increasing) {
        long[] totals = new long[increasing.length];
        if (increasing.length == 0) {
            return totals;
        }
        double first = increasing[0];
        double last = increasing[increasing.length - 1];
        if (!(first > 0)) {
            return NodeCount.super.atEach(increasing); // no steps below 0 to ask for one at 0
        }
        // Each level's steps from first (a step at first adds its node above it) to last, with the level.
        List<double[]> steps = new ArrayList<>();
        for (int l = 0; l < levels.length; l++) {
            double level = l;
            levels[l].steps(Math.nextDown(first), last, x -> steps.add(new double[] {x, level}));
        }
        steps.sort((x, y) -> Double.compare(x[0], y[0]));
        long[] counts = new long[levels.length];
        long total = 0;
        for (int l = 0; l < levels.length; l++) {
            counts[l] = levels[l].at(first);
            total += hoursAtLevel[l] * counts[l];
        }
        int next = 0;
        for (int i = 0; i < increasing.length; i++) {
            // A step at x adds its node just above x: it counts from the first point above it.
            while (next < steps.size() && steps.get(next)[0] < increasing[i]) {
                int l = (int) steps.get(next)[1];
                long count = levels[l].at(increasing[i]);
                total += hoursAtLevel[l] * (count - counts[l]);
                counts[l] = count;
                next++;
            }
            totals[i] = total;
        }
        return totals;
    }

    /** {@code Σ hours(l) × max(0, share × n(l) - covered)}: each hour's nodes above the covered ones. */
    @Override
    public BigDecimal above(BigDecimal requests, BigDecimal share, BigDecimal covered) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int l = 0; l < levels.length; l++) {
            BigDecimal above = share.multiply(BigDecimal.valueOf(levels[l].exact(requests))).subtract(covered);
            if (above.signum() > 0) {
                sum = sum.add(above.multiply(BigDecimal.valueOf(hoursAtLevel[l])));
            }
        }
        return sum;
    }

    @Override
    public double aboveAt(double requests, double share, double covered) {
        double sum = 0;
        for (int l = 0; l < levels.length; l++) {
            sum += hoursAtLevel[l] * Math.max(0, share * levels[l].at(requests) - covered);
        }
        return sum;
    }

    @Override
    public long peak(BigDecimal requests) {
        long peak = 0;
        for (NodeCount level : levels) {
            peak = Math.max(peak, level.exact(requests));
        }
        return peak;
    }

    @Override
    public int profileHours() {
        return profileHours;
    }

    @Override
    public void steps(double lo, double hi, DoubleConsumer out) {
        for (NodeCount level : levels) {
            level.steps(lo, hi, out);
        }
    }

    /**
     * Computes each profile hour's node count exactly, after the scale-down delay.
     *
     * @param requests the month's requests, not negative
     * @return the counts, one per profile hour
     */
    long[] byHour(BigDecimal requests) {
        long[] atLevel = new long[levels.length];
        for (int l = 0; l < levels.length; l++) {
            atLevel[l] = levels[l].exact(requests);
        }
        long[] counts = new long[profileHours];
        for (int h = 0; h < profileHours; h++) {
            counts[h] = atLevel[levelOfHour[h]];
        }
        return counts;
    }

    /**
     * Gets the number of distinct step functions the hours fall into.
     *
     * @return the levels
     */
    int levels() {
        return levels.length;
    }

    @Override
    public String toString() {
        return levels.length + " levels over " + profileHours + " profile hours";
    }
}
