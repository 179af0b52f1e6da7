package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.breakeven.TestTables;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.LineItem;
import org.breakeven.bill.NodeCount;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingTable;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nodes autoscaled by the hour, by hand. The cluster: t3.medium nodes of 100 requests/s at 50%, between 2 and
 * 50 of them, so one node carries 3,600 * 100 * 0.5 = 180,000 requests in an hour. The traffic: the
 * businessHours profile (10 hours of weight 7, 14 of weight 1, Σw = 84) over a 730-hour month, whose busy hour
 * holds N * 7 * 24 / (84 * 730) = 2N / 730 requests and whose quiet hour N * 24 / (84 * 730) = 2N / 5110. A
 * busy hour needs one more node every 180,000 * 365 = 65,700,000 requests a month, a quiet one every
 * 180,000 * 2,555 = 459,900,000.
 */
class AutoscaledNodesTest {

    private static final PricingTable TABLE = TestTables.usEast1();
    private static final InstanceType T3_MEDIUM = TABLE.instance("t3.medium");
    private static final Workload BUSINESS = Workload.of(0).withProfile(HourlyProfile.shape("businessHours"));
    private static final NodeSizing.Autoscaled SIZING = NodeSizing.autoscaledByCapacity(2, 50, 100, 0.5);
    private static final double BUSY = 65_700_000;
    private static final double QUIET = 459_900_000;

    private static NodeCount count(NodeSizing sizing, Workload workload) {
        return sizing.nodeCount(T3_MEDIUM, workload, Conventions.DEFAULT);
    }

    private static long exact(NodeCount nodes, long requests) {
        return nodes.exact(BigDecimal.valueOf(requests));
    }

    /**
     * At 730M requests a busy hour holds 2,000,000 requests: ceil(2,000,000 / 180,000) = 12 nodes; a quiet
     * one 285,714.3: ceil(1.59) = 2 nodes. The day sums to 10 * 12 + 14 * 2 = 148 node-hours.
     */
    @Test
    void nodeCount_sumsEachHoursCount() {
        NodeCount nodes = count(SIZING, BUSINESS);

        assertThat(nodes.profileHours()).isEqualTo(24);
        assertThat(exact(nodes, 730_000_000)).isEqualTo(148);
        assertThat(nodes.at(730e6)).isEqualTo(148);
        assertThat(((HourlyNodes) nodes).levels()).isEqualTo(2);
    }

    /**
     * Two busy-hour nodes carry 2 * 65.7M = 131.4M requests: the day is 10 * 2 + 14 * 2 = 48 there and
     * 10 * 3 + 14 * 2 = 58 one request later. A quiet hour needs a third node above 2 * 459.9M = 919.8M.
     */
    @Test
    void nodeCount_stepsAtEachLevelsCapacity() {
        NodeCount nodes = count(SIZING, BUSINESS);
        long[][] expected = {{0, 48}, {131_400_000, 48}, {131_400_001, 58}, {919_800_000, 10 * 14 + 14 * 2},
            {919_800_001, 10 * 15 + 14 * 3}};
        for (long[] row : expected) {
            assertThat(exact(nodes, row[0])).as("exact at %d", row[0]).isEqualTo(row[1]);
            assertThat(nodes.at(row[0])).as("at %d", row[0]).isEqualTo(row[1]);
        }
    }

    /**
     * The maximum caps each hour: at 10B a busy hour would need ceil(10B / 65.7M) = 153 nodes and gets 50; a
     * quiet one needs ceil(10B / 459.9M) = 22. The day: 10 * 50 + 14 * 22 = 808.
     */
    @Test
    void nodeCount_maximumCapsEachHour() {
        assertThat(exact(count(SIZING, BUSINESS), 10_000_000_000L)).isEqualTo(808);
    }

    /**
     * Below 1B the busy level steps at k * 65.7M for k = 2 to 15 (15 * 65.7M = 985.5M) and the quiet one at
     * 2 * 459.9M = 919.8M: the union of both levels' steps. No step is reported once a level reaches its
     * maximum: with a maximum of 3, the busy level steps once, to 3 at 131.4M, and so does the quiet level, at
     * 919.8M.
     */
    @Test
    void steps_unionOfTheLevelsUpToTheMaximum() {
        List<Double> found = new ArrayList<>();
        count(SIZING, BUSINESS).steps(0, 1e9, found::add);
        List<Double> expected = new ArrayList<>();
        for (int k = 2; k <= 15; k++) {
            expected.add(k * BUSY);
        }
        expected.add(2 * QUIET);

        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);

        List<Double> capped = new ArrayList<>();
        count(NodeSizing.autoscaledByCapacity(2, 3, 100, 0.5), BUSINESS).steps(0, 1e9, capped::add);
        assertThat(capped).containsExactlyInAnyOrder(2 * BUSY, 2 * QUIET);
    }

    /**
     * A scale-down delay of 1 hour keeps 18:00 at 17:00's count: 11 busy hours and 13 quiet, 11 * 12 + 13 * 2
     * = 158 at 730M. A delay of the profile's length or more keeps the peak all day: 24 * 12 = 288; so does 30.
     * The levels are still the two weights, so the steps do not change.
     */
    @Test
    void nodeCount_scaleDownDelayKeepsTheBusierCount() {
        assertThat(exact(count(SIZING.withScaleDownDelayHours(1), BUSINESS), 730_000_000)).isEqualTo(158);
        assertThat(exact(count(SIZING.withScaleDownDelayHours(23), BUSINESS), 730_000_000)).isEqualTo(288);
        assertThat(exact(count(SIZING.withScaleDownDelayHours(30), BUSINESS), 730_000_000)).isEqualTo(288);
        assertThat(((HourlyNodes) count(SIZING.withScaleDownDelayHours(23), BUSINESS)).levels()).isEqualTo(1);
    }

    /**
     * A delay wraps around the profile: with the busy hours at 22:00 and 23:00 only, a delay of 2 keeps them
     * until 01:59 the next day, 4 hours in all.
     */
    @Test
    void nodeCount_delayWrapsAroundTheProfile() {
        double[] weights = new double[24];
        java.util.Arrays.fill(weights, 1);
        weights[22] = 7;
        weights[23] = 7;
        Workload late = Workload.of(0).withProfile(HourlyProfile.of(weights));
        long[] counts = ((HourlyNodes) count(SIZING.withScaleDownDelayHours(2), late))
                .byHour(BigDecimal.valueOf(1_000_000_000));

        assertThat(counts[22]).isEqualTo(counts[0]).isEqualTo(counts[1]).isGreaterThan(counts[2]);
        assertThat(counts[21]).isEqualTo(counts[2]);
    }

    /**
     * An hour of weight 0 keeps the minimum whatever the traffic, and has no steps; the one busy hour steps at
     * k * 5,475,000 for k = 2 to 49 below 1B (the maximum is 50).
     */
    @Test
    void nodeCount_zeroWeightHourStaysAtTheMinimum() {
        double[] weights = new double[24];
        weights[12] = 1;
        Workload noon = Workload.of(0).withProfile(HourlyProfile.of(weights));
        NodeCount nodes = count(SIZING, noon);
        List<Double> steps = new ArrayList<>();
        nodes.steps(0, 1e9, steps::add);

        // Noon holds all of a day's requests, N * 24 / 730: one node per 180,000 * 730 / 24 = 5,475,000.
        assertThat(exact(nodes, 5_475_000 * 3)).isEqualTo(23 * 2 + 3);
        assertThat(steps).hasSize(50 - 2);
    }

    /**
     * By CPU time with allocatable CPU: a t3.medium's 2 vCPUs at 0.965 allocatable and 20 CPU-ms per request
     * serve 2 * 0.965 * 1000 / 20 = 96.5 requests/s; at 60% a node carries 3,600 * 96.5 * 0.6 = 208,440
     * requests an hour, so a busy hour needs one more node every 208,440 * 365 = 76,080,600 requests a month:
     * with a minimum of 1, the day is 24 node-hours up to there and 10 * 2 + 14 * 1 one request later.
     */
    @Test
    void nodeCount_byCpuWithAllocatableShare() {
        NodeSizing.Autoscaled cpu = NodeSizing.autoscaledByCpu(1, 100, 20, 0.6).withAllocatableCpuFraction(0.965);
        NodeCount nodes = count(cpu, BUSINESS);

        assertThat(cpu.capacityPerNode(T3_MEDIUM)).isEqualTo(96.5);
        assertThat(exact(nodes, 76_080_600)).isEqualTo(24);
        assertThat(exact(nodes, 76_080_601)).isEqualTo(10 * 2 + 14);
        assertThat(NodeSizing.autoscaledByCpu(1, 100, 20, 0.6).capacityPerNode(T3_MEDIUM)).isEqualTo(100.0);
    }

    /**
     * Headroom and the peak-to-average ratio both multiply each hour's load: with headroom 1.5 and a ratio of
     * 2, a node carries 180,000 / 3 = 60,000 requests an hour, and a busy hour steps every 60,000 * 365 =
     * 21,900,000.
     */
    @Test
    void nodeCount_headroomAndRatioMultiplyTheLoad() {
        NodeCount nodes = count(SIZING.withHeadroom(1.5), BUSINESS.withPeakToAverageRatio(2));
        List<Double> steps = new ArrayList<>();
        nodes.steps(0, 50e6, steps::add);

        assertThat(steps).containsExactly(2 * 21_900_000.0);
    }

    /**
     * Peak-sized with a profile: the busiest hour sizes the whole month, one node per 65.7M requests; at 730M
     * that is 12 nodes in every hour, 12 * 730 = 8,760 node-hours, against the autoscaled cluster's
     * 148 * 730 / 24 = 4,501.67.
     */
    @Test
    void nodesByHour_peakSizedAgainstAutoscaled() {
        Cluster peak = Cluster.of("t3.medium", NodeSizing.byCapacity(2, 100, 0.5));
        NodesByHour sized = ClusterModel.nodesByHour(peak, TABLE, BUSINESS, Conventions.DEFAULT, 730_000_000);
        NodesByHour scaled = ClusterModel.nodesByHour(peak.withNodes(SIZING), TABLE, BUSINESS, Conventions.DEFAULT,
                730_000_000);

        assertThat(sized.counts()).containsOnly(12L).hasSize(24);
        assertThat(sized.nodeHours()).isEqualByComparingTo("8760");
        assertThat(scaled.counts()).containsExactlyElementsOf(List.of(2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 12L, 12L, 12L,
                12L, 12L, 12L, 12L, 12L, 12L, 12L, 2L, 2L, 2L, 2L, 2L, 2L));
        assertThat(scaled.peak()).isEqualTo(12);
        assertThat(count(SIZING, BUSINESS).peak(BigDecimal.valueOf(730_000_000))).isEqualTo(12);
        assertThat(count(NodeSizing.fixed(3), BUSINESS).peak(BigDecimal.valueOf(730_000_000))).isEqualTo(3);
        assertThat(scaled.average()).isCloseTo(148.0 / 24, within(1e-12));
        assertThat(scaled.nodeHours()).isEqualByComparingTo("4501.666666666666666666666666666667");
        assertThat(scaled).hasToString("peak 12 nodes, average 6.2, 4,502 node-hours/month");
        assertThat(scaled.sparkline()).isEqualTo("▂▂▂▂▂▂▂▂██████████▂▂▂▂▂▂");
    }

    /**
     * A week folds into the hour of the day: businessWeek at 730M, whose busy hour holds 730M * 7 * 168 /
     * (468 * 730) = 2,512,820.5 requests and its quiet ones 358,974.4, needs ceil(13.96) = 14 nodes in a busy
     * hour and 2 in a quiet one. Monday to Friday 08:00 average (5 * 14 + 2 * 2) / 7 = 10.57 nodes; 03:00 is 2
     * every day. 10.57 of 10.57 draws a full bar, 2 draws ceil(2 * 8 / 10.57) = 2 eighths.
     */
    @Test
    void sparkline_weekFoldsIntoTheHourOfTheDay() {
        NodesByHour week = ClusterModel.nodesByHour(Cluster.of("t3.medium", SIZING), TABLE,
                Workload.of(0).withProfile(HourlyProfile.shape("businessWeek")), Conventions.DEFAULT, 730_000_000);

        assertThat(week.hours()).isEqualTo(168);
        assertThat(week.byHourOfDay()[8]).isCloseTo(74.0 / 7, within(1e-12));
        assertThat(week.byHourOfDay()[3]).isEqualTo(2.0);
        assertThat(week.sparkline()).isEqualTo("▂▂▂▂▂▂▂▂██████████▂▂▂▂▂▂");
    }

    /**
     * The bill's node line is the node-hours of {@link NodesByHour}: 4,501.67 instance-hours at t3.medium's
     * 0.0416 USD = 187.27 USD; gp3 storage of 20 GB per node is billed on the average count, 20 * 148 / 24 =
     * 123.33 GB-months.
     */
    @Test
    void billModel_nodeLineIsTheNodeHours() {
        Cluster cluster = Cluster.of("t3.medium", SIZING).withStorageGbPerNode(20);
        BillModel model = ClusterModel.billModel(cluster, TABLE, BUSINESS, Conventions.DEFAULT);
        List<LineItem> items = model.bill(730_000_000).items();

        assertThat(items.get(0).name()).isEqualTo("Nodes (t3.medium, autoscaled by the hour)");
        assertThat(items.get(0).quantity()).isEqualByComparingTo("4501.666666666666666666666666666667");
        assertThat(items.get(0).rounded().amount()).isEqualByComparingTo("187.27");
        assertThat(items.get(2).name()).isEqualTo("Node storage (gp3)");
        assertThat(items.get(2).quantity()).isEqualByComparingTo("123.3333333333333333333333333333333");
        assertThat(model.comparableCost(730e6)).isCloseTo(
                4501.666666666667 * 0.0416 + 730 * 0.10 + 123.33333333333333 * 0.08, within(1e-9));
    }

    @Test
    void nodesByHour_fixedIsTheSameEveryHour() {
        Cluster fixed = Cluster.of("t3.medium", NodeSizing.fixed(3));
        NodesByHour nodes = ClusterModel.nodesByHour(fixed, TABLE,
                Workload.of(0).withProfile(HourlyProfile.shape("businessWeek")), Conventions.DEFAULT, 5);

        assertThat(nodes.hours()).isEqualTo(168);
        assertThat(nodes.counts()).containsOnly(3L);
        assertThat(nodes.nodeHours()).isEqualByComparingTo("2190");
        assertThat(nodes).hasToString("peak 3 nodes, average 3, 2,190 node-hours/month");
        assertThat(nodes.sparkline()).isEqualTo("█".repeat(24));
        assertThat(nodes.byHourOfDay()).containsOnly(3.0).hasSize(24);
        assertThatThrownBy(() -> ClusterModel.nodesByHour(fixed, TABLE, Workload.of(0), Conventions.DEFAULT, -1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestsPerMonth must be at least 0 requests/month but was: -1");
    }

    @Test
    void nodesByHour_ofChecksItsCounts() {
        assertThat(NodesByHour.of(new long[24], 730)).isEqualTo(NodesByHour.of(new long[24], 730))
                .hasSameHashCodeAs(NodesByHour.of(new long[24], 730)).isNotEqualTo(NodesByHour.of(new long[24], 720));
        assertThat(NodesByHour.of(new long[24], 730).sparkline()).isEqualTo("▁".repeat(24));
        long[] one = new long[24];
        one[3] = 1;
        assertThat(NodesByHour.of(one, 730)).hasToString("peak 1 node, average 0, 30 node-hours/month");
        assertThat(NodesByHour.of(one, 730).count(3)).isEqualTo(1);
        assertThatThrownBy(() -> NodesByHour.of(one, 730).count(24)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("hour must be between 0 and 23 but was: 24");
        assertThatThrownBy(() -> NodesByHour.of(new long[23], 730)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must have 24 hours (a day) or 168 (a week) but had: 23");
        long[] negative = new long[24];
        negative[4] = -1;
        assertThatThrownBy(() -> NodesByHour.of(negative, 730)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts[4] must be at least 0 nodes but was: -1");
        assertThatThrownBy(() -> NodesByHour.of(new long[24], 0)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("hoursPerMonth must be at least 1 hour but was: 0");
    }

    @Test
    void toString_autoscaled() {
        assertThat(SIZING).hasToString("2 to 50 nodes autoscaled by the hour, 100.0 requests/s per node at 50%");
        assertThat(NodeSizing.autoscaledByCpu(2, 100, 100, 0.6).withAllocatableCpuFraction(0.965).withHeadroom(1.2)
                .withScaleDownDelayHours(1)).hasToString("2 to 100 nodes autoscaled by the hour, 100.0 CPU-ms/request"
                        + " at 60%, 96.5% of vCPUs allocatable, headroom 1.2x, scale-down delay 1 h");
        assertThat(SIZING.minimumNodes()).isEqualTo(2);
        assertThat(SIZING).isEqualTo(new NodeSizing.Autoscaled(2, 50, 100, 0, 1, 0.5, 1, 0));
    }

    static List<Arguments> invalidSizings() {
        return List.of(
                bad(() -> NodeSizing.autoscaledByCapacity(0, 5, 100, 0.5),
                        "nodes.autoscaled.minimum must be between 1 and 10000 nodes but was: 0"),
                bad(() -> NodeSizing.autoscaledByCapacity(3, 2, 100, 0.5),
                        "nodes.autoscaled.maximum must be at least nodes.autoscaled.minimum (3 nodes) but was: 2"),
                bad(() -> NodeSizing.autoscaledByCapacity(3, 10_001, 100, 0.5),
                        "nodes.autoscaled.maximum must be between 1 and 10000 nodes but was: 10001"),
                bad(() -> NodeSizing.autoscaledByCapacity(1, 5, -1, 0.5), "nodes.autoscaled.requestsPerSecondPerNode"
                        + " must be between 0.001 and 10000000 requests/s but was: -1"),
                bad(() -> NodeSizing.autoscaledByCpu(1, 5, Double.NaN, 0.5),
                        "nodes.autoscaled.cpuMsPerRequest must be between 0.001 and 900000 CPU-ms but was: NaN"),
                bad(() -> new NodeSizing.Autoscaled(1, 5, 0, 0, 1, 0.5, 1, 0), "nodes.autoscaled needs exactly one of"
                        + " requestsPerSecondPerNode (requests/s) and cpuMsPerRequest (CPU-ms) but had: neither"),
                bad(() -> new NodeSizing.Autoscaled(1, 5, 10, 10, 1, 0.5, 1, 0), "nodes.autoscaled needs exactly one of"
                        + " requestsPerSecondPerNode (requests/s) and cpuMsPerRequest (CPU-ms) but had: both"),
                bad(() -> NodeSizing.autoscaledByCpu(1, 5, 10, 0.5).withAllocatableCpuFraction(0),
                        "nodes.autoscaled.allocatableCpuFraction must be greater than 0 and at most 1 (fraction of"
                                + " vCPUs) but was: 0"),
                bad(() -> NodeSizing.autoscaledByCapacity(1, 5, 10, 0.5).withAllocatableCpuFraction(0.9),
                        "nodes.autoscaled.allocatableCpuFraction applies to cpuMsPerRequest only, and must be 1 with"
                                + " requestsPerSecondPerNode, but was: 0.9"),
                bad(() -> NodeSizing.autoscaledByCapacity(1, 5, 10, 1.5),
                        "nodes.autoscaled.targetUtilisation must be between 0.01 and 1 (fraction) but was: 1.5"),
                bad(() -> SIZING.withHeadroom(0.8),
                        "nodes.autoscaled.headroom must be between 1 and 10 (multiplier on each hour's load) but was: 0.8"),
                bad(() -> SIZING.withScaleDownDelayHours(168),
                        "nodes.autoscaled.scaleDownDelayHours must be between 0 and 167 hours but was: 168"),
                bad(() -> SIZING.withScaleDownDelayHours(-1),
                        "nodes.autoscaled.scaleDownDelayHours must be between 0 and 167 hours but was: -1"));
    }

    private static Arguments bad(Supplier<NodeSizing> make, String message) {
        return Arguments.of(message, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSizings")
    void autoscaled_invalid(String message, Supplier<NodeSizing> make) {
        assertThatThrownBy(make::get).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    /** Only the hours' own weights are levels: a profile of 24 distinct weights has 24 levels. */
    @Test
    void of_oneLevelPerDistinctWeight() {
        double[] weights = new double[24];
        for (int h = 0; h < 24; h++) {
            weights[h] = h + 1;
        }
        List<Double> shuffled = new ArrayList<>();
        for (double w : weights) {
            shuffled.add(w);
        }
        Collections.shuffle(shuffled, new java.util.Random(1));
        Workload distinct = Workload.of(0).withProfile(HourlyProfile.of(shuffled.stream()
                .mapToDouble(Double::doubleValue).toArray()));

        assertThat(((HourlyNodes) count(SIZING, distinct)).levels()).isEqualTo(24);
        assertThat(count(SIZING, distinct)).hasToString("24 levels over 24 profile hours");
    }
}
