package org.breakeven.cluster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Format;
import org.breakeven.bill.NodeCount;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.Workload;

/**
 * {@code min(maximum, max(minimum, ceil(N / requestsPerNode)))}: one more node each time the traffic
 * outgrows the nodes' planned capacity, where {@code requestsPerNode} is the month's requests at which one
 * node carries its planned load (for a peak-sized cluster,
 * {@code hours * 3600 * requestsPerSecondPerNode * utilisation / peakRatio}); no more than a maximum, if
 * there is one.
 */
final class TrafficNodes implements NodeCount {

    private final long minimum;
    private final long maximum;
    private final BigDecimal requestsPerNode;
    private final double requestsPerNodeDouble;

    /**
     * @param minimum the HA minimum
     * @param requestsPerNode the monthly requests one node carries at the planned peak utilisation
     */
    TrafficNodes(long minimum, BigDecimal requestsPerNode) {
        this(minimum, Long.MAX_VALUE, requestsPerNode);
    }

    /**
     * @param minimum the HA minimum
     * @param maximum the most nodes, at least the minimum
     * @param requestsPerNode the monthly requests one node carries at the planned utilisation, greater than 0
     */
    TrafficNodes(long minimum, long maximum, BigDecimal requestsPerNode) {
        if (requestsPerNode.signum() <= 0) {
            // NodeSizing's bounds keep it above 0.02 requests/month; a node that carries nothing never ends.
            throw new IllegalArgumentException("a node must carry more than 0 requests/month but carries: "
                    + requestsPerNode.toPlainString());
        }
        this.minimum = minimum;
        this.maximum = maximum;
        this.requestsPerNode = requestsPerNode;
        this.requestsPerNodeDouble = requestsPerNode.doubleValue();
    }

    static TrafficNodes of(long minimum, double requestsPerSecondPerNode, double utilisation, double peakRatio,
            int hoursPerMonth) {
        BigDecimal perNode = BigDecimal.valueOf(requestsPerSecondPerNode).multiply(BigDecimal.valueOf(utilisation))
                .multiply(BigDecimal.valueOf(hoursPerMonth * 3600L))
                .divide(BigDecimal.valueOf(peakRatio), MathContext.DECIMAL128);
        return new TrafficNodes(minimum, perNode);
    }

    /**
     * Builds the count of a cluster sized all month for its busiest hour: the profile's peak hour, with
     * each node at {@code targetUtilisation} of its capacity at the workload's peak-to-average ratio (for a
     * flat profile, {@link #of}'s count). The capacity is {@code capacityNumerator / capacityDivisor}
     * requests per second, as {@link HourlyNodes#requestsPerNodeHour} takes it.
     */
    static TrafficNodes forPeak(long minimum, BigDecimal capacityNumerator, BigDecimal capacityDivisor,
            double targetUtilisation, Workload workload, int hoursPerMonth) {
        HourlyProfile profile = workload.profile();
        BigDecimal perNodeHour = HourlyNodes.requestsPerNodeHour(capacityNumerator, capacityDivisor, targetUtilisation,
                workload.peakToAverageRatio(), 1);
        return new TrafficNodes(minimum, profile.requestsPerMonthFor(profile.peakHour(), perNodeHour, hoursPerMonth));
    }

    BigDecimal requestsPerNode() {
        return requestsPerNode;
    }

    @Override
    public long exact(BigDecimal requests) {
        Checks.requests(requests);
        long needed = requests.divide(requestsPerNode, MathContext.DECIMAL128).setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return Math.min(maximum, Math.max(minimum, needed));
    }

    @Override
    public long at(double requests) {
        Checks.requests(requests);
        return Math.min(maximum, Math.max(minimum, (long) Math.ceil(requests / requestsPerNodeDouble)));
    }

    @Override
    public void steps(double lo, double hi, DoubleConsumer out) {
        Objects.requireNonNull(out, "out");
        // Bounded before the loop, whatever the consumer does: the loop runs about (hi - lo) / requestsPerNode times.
        if (!((hi - lo) / requestsPerNodeDouble <= MAX_STEPS)) {
            throw new IllegalArgumentException("the range " + Format.brief(lo) + " to " + Format.brief(hi)
                    + " requests/month holds more than " + Format.whole(MAX_STEPS) + " node steps (one more node every "
                    + (requestsPerNodeDouble >= 1 ? Format.whole(requestsPerNodeDouble)
                            : Format.plain(requestsPerNode.round(new MathContext(3)))) + " requests/month): narrow the range"
                    + " or give each node more capacity");
        }
        long first = Math.max(minimum, (long) Math.floor(lo / requestsPerNodeDouble));
        for (long k = first; k < maximum && k * requestsPerNodeDouble < hi; k++) {
            double step = k * requestsPerNodeDouble;
            if (step > lo) {
                out.accept(step);
            }
        }
    }

    @Override
    public String toString() {
        return "at least " + minimum + (maximum == Long.MAX_VALUE ? "" : " and at most " + maximum) + " nodes, one per "
                + requestsPerNode.toBigInteger() + " requests/month";
    }
}
