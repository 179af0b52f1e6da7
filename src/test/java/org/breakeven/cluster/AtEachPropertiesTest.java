package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.NodeCount;
import org.breakeven.pricing.PricingTables;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.Workload;

/**
 * An hourly node count read at many increasing points in one pass ({@link NodeCount#atEach}, which the
 * surplus-credit line uses over every stretch between node steps) gives what {@link NodeCount#at} gives at each.
 */
class AtEachPropertiesTest {

    @Provide
    Arbitrary<NodeCount> hourlyCounts() {
        Arbitrary<HourlyProfile> profiles = Arbitraries.oneOf(
                Arbitraries.of("flat", "businessHours", "businessWeek", "eveningPeak", "nightlyBatch")
                        .map(HourlyProfile::shape),
                Arbitraries.integers().between(0, 20).array(double[].class).ofSize(24)
                        .filter(w -> Arrays.stream(w).sum() > 0).map(HourlyProfile::of),
                Arbitraries.integers().between(0, 200).array(double[].class).ofSize(168)
                        .filter(w -> Arrays.stream(w).sum() > 0).map(HourlyProfile::of));
        return Combinators.combine(profiles, Arbitraries.integers().between(1, 4), Arbitraries.of(50, 10_000),
                Arbitraries.doubles().between(5, 500), Arbitraries.integers().between(0, 5))
                .as((profile, min, max, rps, delay) -> NodeSizing.autoscaledByCapacity(min, max, rps, 0.8)
                        .withScaleDownDelayHours(delay)
                        .nodeCount(PricingTables.latest("aws", "us-east-1").instance("m6i.large"),
                                Workload.of(1_000_000).withProfile(profile), Conventions.DEFAULT));
    }

    @Property(tries = 200)
    void atEach_isAtAtEachPoint(@ForAll("hourlyCounts") NodeCount nodes,
            @ForAll("points") List<Double> points) {
        double[] increasing = points.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();

        long[] counts = nodes.atEach(increasing);

        for (int i = 0; i < increasing.length; i++) {
            assertThat(counts[i]).as("at %s", increasing[i]).isEqualTo(nodes.at(increasing[i]));
        }
    }

    /** Points anywhere from 0 to 10^10 requests/month, and points on and beside whole node steps. */
    @Provide
    Arbitrary<List<Double>> points() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e10),
                Arbitraries.longs().between(0, 10_000_000_000L).map(Long::doubleValue))
                .list().ofMinSize(1).ofMaxSize(300);
    }
}
