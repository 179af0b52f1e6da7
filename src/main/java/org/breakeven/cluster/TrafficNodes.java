package org.breakeven.cluster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Format;
import org.breakeven.bill.NodeCount;

/**
 * {@code max(minimum, ceil(N * peakRatio / (hours * 3600 * requestsPerSecondPerNode * utilisation)))}:
 * one more node each time the peak outgrows the nodes' planned capacity.
 */
final class TrafficNodes implements NodeCount {

    private final long minimum;
    private final BigDecimal requestsPerNode;
    private final double requestsPerNodeDouble;

    /**
     * @param minimum the HA minimum
     * @param requestsPerNode the monthly requests one node carries at the planned peak utilisation
     */
    TrafficNodes(long minimum, BigDecimal requestsPerNode) {
        if (requestsPerNode.signum() <= 0) {
            // NodeSizing's bounds keep it above 0.02 requests/month; a node that carries nothing never ends.
            throw new IllegalArgumentException("a node must carry more than 0 requests/month but carries: "
                    + requestsPerNode.toPlainString());
        }
        this.minimum = minimum;
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

    BigDecimal requestsPerNode() {
        return requestsPerNode;
    }

    @Override
    public long exact(BigDecimal requests) {
        Checks.requests(requests);
        long needed = requests.divide(requestsPerNode, MathContext.DECIMAL128).setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return Math.max(minimum, needed);
    }

    @Override
    public long at(double requests) {
        Checks.requests(requests);
        return Math.max(minimum, (long) Math.ceil(requests / requestsPerNodeDouble));
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
        for (long k = first; k * requestsPerNodeDouble < hi; k++) {
            double step = k * requestsPerNodeDouble;
            if (step > lo) {
                out.accept(step);
            }
        }
    }

    @Override
    public String toString() {
        return "at least " + minimum + " nodes, one per " + requestsPerNode.toBigInteger() + " requests/month";
    }
}
