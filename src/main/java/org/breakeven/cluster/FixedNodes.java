package org.breakeven.cluster;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.breakeven.bill.Checks;
import org.breakeven.bill.NodeCount;

/** A constant node count: the node count of a {@link NodeSizing.Fixed} sizing. */
record FixedNodes(long count) implements NodeCount {

    @Override
    public long exact(BigDecimal requests) {
        Checks.requests(requests);
        return count;
    }

    @Override
    public long at(double requests) {
        Checks.requests(requests);
        return count;
    }

    @Override
    public void steps(double lo, double hi, DoubleConsumer out) {
        Objects.requireNonNull(out, "out");
        // constant: no steps
    }
}
