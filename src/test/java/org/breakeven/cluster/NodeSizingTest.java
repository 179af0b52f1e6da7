package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.breakeven.TestTables;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.NodeCount;
import org.breakeven.pricing.InstanceType;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/** The three kinds of node sizing: what each factory builds, how each reads, and the node count each gives. */
class NodeSizingTest {

    private static final InstanceType T3_MEDIUM = TestTables.usEast1().instance("t3.medium");

    private static NodeCount count(NodeSizing sizing, Workload workload) {
        return sizing.nodeCount(T3_MEDIUM, workload, Conventions.DEFAULT);
    }

    @Test
    void factories_buildTheirKind() {
        assertThat(NodeSizing.fixed(3)).isEqualTo(new NodeSizing.Fixed(3));
        assertThat(NodeSizing.byCapacity(3, 100, 0.5)).isEqualTo(new NodeSizing.ByCapacity(3, 100, 0.5));
        assertThat(NodeSizing.byCpu(2, 20, 0.57)).isEqualTo(new NodeSizing.ByCpu(2, 20, 0.57));
    }

    @Test
    void toString_eachKind() {
        assertThat(NodeSizing.fixed(3)).hasToString("3 nodes");
        assertThat(NodeSizing.byCapacity(3, 100, 0.5)).hasToString("at least 3 nodes of 100.0 requests/s at 50%");
        assertThat(NodeSizing.byCpu(2, 20, 0.57)).hasToString("at least 2 nodes, 20.0 CPU-ms/request at 57%");
    }

    @Test
    void minimumNodes_fixedCountOrHaMinimum() {
        assertThat(NodeSizing.fixed(5).minimumNodes()).isEqualTo(5);
        assertThat(NodeSizing.byCapacity(3, 100, 0.5).minimumNodes()).isEqualTo(3);
        assertThat(NodeSizing.byCpu(2, 20, 0.57).minimumNodes()).isEqualTo(2);
    }

    /** A fixed count is the same at any traffic and has no steps. */
    @Test
    void nodeCount_fixed() {
        NodeCount nodes = count(NodeSizing.fixed(5), new Workload(0, 2));
        List<Double> steps = new ArrayList<>();
        nodes.steps(0, 1e12, steps::add);

        assertThat(nodes.at(0)).isEqualTo(5);
        assertThat(nodes.exact(BigDecimal.valueOf(1_000_000_000_000L))).isEqualTo(5);
        assertThat(steps).isEmpty();
    }

    /**
     * By capacity: 100 requests/s per node at 50% with a peak twice the average carry 100 * 0.5 * 730 *
     * 3,600 / 2 = 65,700,000 requests a month per node, so 3 nodes carry 197,100,000 and one more request
     * needs a fourth.
     */
    @Test
    void nodeCount_byCapacity() {
        NodeCount nodes = count(NodeSizing.byCapacity(3, 100, 0.5), new Workload(0, 2));

        assertThat(nodes.exact(BigDecimal.valueOf(0))).isEqualTo(3);
        assertThat(nodes.exact(BigDecimal.valueOf(197_100_000))).isEqualTo(3);
        assertThat(nodes.exact(BigDecimal.valueOf(197_100_001))).isEqualTo(4);
    }

    /**
     * By CPU: a t3.medium has 2 vCPUs, so 10 CPU-ms per request is 2 * 1000 / 10 = 200 requests/s per node;
     * at 50% and a peak twice the average, 200 * 0.5 * 730 * 3,600 / 2 = 131,400,000 requests a month per
     * node. The HA minimum of 1 holds up to there; 131,400,001 needs a second node.
     */
    @Test
    void nodeCount_byCpuUsesTheInstanceTypesVcpus() {
        NodeCount nodes = count(NodeSizing.byCpu(1, 10, 0.5), new Workload(0, 2));

        assertThat(nodes.exact(BigDecimal.valueOf(131_400_000))).isEqualTo(1);
        assertThat(nodes.exact(BigDecimal.valueOf(131_400_001))).isEqualTo(2);
        assertThat(nodes.at(262_800_000)).isEqualTo(2);
        assertThat(nodes.at(262_800_001)).isEqualTo(3);
    }
}
