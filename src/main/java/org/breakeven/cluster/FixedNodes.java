package org.breakeven.cluster;

import java.math.BigDecimal;
import java.util.function.DoubleConsumer;
import org.breakeven.bill.NodeCount;

/** A constant node count: the node count of a {@link NodeSizing.Fixed} sizing. */
record FixedNodes(long count) implements NodeCount {

    @Override
    public long exact(BigDecimal requests) {
        return count;
    }

    @Override
    public long at(double requests) {
        return count;
    }

    @Override
    public void steps(double lo, double hi, DoubleConsumer out) {
        // constant: no steps
    }
}
