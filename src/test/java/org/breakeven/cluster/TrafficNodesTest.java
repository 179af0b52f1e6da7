package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node count that rises in steps with traffic, exactly and in {@code double}. The sizing is that of
 * {@link ClusterModelTest#bill_nodesSizedFromTraffic}: 100 requests/s per node at 50% target utilisation
 * and a peak twice the average, over 730 hours, carry 100 * 0.5 * 730 * 3,600 / 2 = 65,700,000 requests
 * a month per node; here the HA minimum is 2.
 */
class TrafficNodesTest {

    private static final double PER_NODE = 65_700_000;
    /** Built for each test, not in a static field, so that mutation testing sees every run of {@code of}. */
    private final TrafficNodes nodes = TrafficNodes.of(2, 100, 0.5, 2, 730);

    private List<Double> steps(double lo, double hi) {
        List<Double> found = new ArrayList<>();
        nodes.steps(lo, hi, found::add);
        return found;
    }

    @Test
    void of_requestsPerNode() {
        assertThat(nodes.requestsPerNode()).isEqualByComparingTo("65700000");
        assertThat(nodes).hasToString("at least 2 nodes, one per 65700000 requests/month");
    }

    /**
     * Two nodes carry 2 * 65,700,000 = 131,400,000 requests; one more request needs a third node, and
     * 3 * 65,700,000 = 197,100,000 is the most three carry. Below two nodes' worth the minimum holds.
     * Exact and double agree at and either side of each step.
     */
    @Test
    void exactAndAt_ceilingOfRequestsOverCapacityAtLeastTheMinimum() {
        long[][] expected = {{0, 2}, {65_700_000, 2}, {131_400_000, 2}, {131_400_001, 3}, {197_100_000, 3},
            {197_100_001, 4}};
        for (long[] row : expected) {
            assertThat(nodes.exact(BigDecimal.valueOf(row[0]))).as("exact at %d", row[0]).isEqualTo(row[1]);
            assertThat(nodes.at(row[0])).as("at %d", row[0]).isEqualTo(row[1]);
        }
    }

    /**
     * Steps below the minimum change nothing, so the first is at 2 * 65.7M = 131.4M, then 197.1M and
     * 262.8M (4 * 65.7M) below 300M.
     */
    @Test
    void steps_fromTheMinimumUp() {
        assertThat(steps(0, 300e6)).containsExactly(2 * PER_NODE, 3 * PER_NODE, 4 * PER_NODE);
    }

    /** The range is open: steps exactly at 131.4M and 262.8M are not inside (131.4M, 262.8M). */
    @Test
    void steps_excludeBothEnds() {
        assertThat(steps(2 * PER_NODE, 4 * PER_NODE)).containsExactly(3 * PER_NODE);
    }

    /** From 200M, floor(200 / 65.7) = 3 nodes' worth is already behind: the next step is 262.8M. */
    @Test
    void steps_fromInsideTheRange() {
        assertThat(steps(200e6, 300e6)).containsExactly(4 * PER_NODE);
    }
}
