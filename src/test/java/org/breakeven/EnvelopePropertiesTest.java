package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.breakeven.bill.Side;

/** Invariants of the envelope of several options over generated scenarios. */
class EnvelopePropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return new BillPropertiesTest().scenarios();
    }

    @Provide
    Arbitrary<List<Scenario>> fourScenarios() {
        Arbitrary<Scenario> one = scenarios();
        return Combinators.combine(one, one, one, one).as(List::of);
    }

    /** With two options the envelope is today's two-way solve: the same crossings, the same cheaper side. */
    @Property(tries = 300)
    void envelope_ofTwoOptions_isTheTwoWaySolve(@ForAll("scenarios") Scenario scenario) {
        Option lambda = Option.of("lambda", scenario.serverlessModel());
        Option cluster = Option.of("cluster", scenario.clusterModel());
        Envelope envelope = Envelope.of(List.of(lambda, cluster), scenario.range());
        BreakevenResult solved = scenario.solve();

        assertThat(envelope.switches()).extracting(Switch::requestsPerMonth)
                .containsExactlyElementsOf(solved.crossings().stream().map(Crossing::requestsPerMonth).toList());
        assertThat(envelope.switches()).extracting(s -> s.cheaperAbove().name())
                .containsExactlyElementsOf(solved.crossings().stream()
                        .map(c -> c.cheaperAbove() == Side.SERVERLESS ? "lambda" : "cluster").toList());
        assertThat(envelope.switches()).extracting(Switch::exactRoot)
                .containsExactlyElementsOf(solved.crossings().stream().map(Crossing::exactRoot).toList());
        // The solve splits its intervals where a side saturates; joined by cheaper side they are the bands.
        List<long[]> joined = new ArrayList<>();
        Side previous = null;
        for (Interval interval : solved.intervals()) {
            if (interval.cheaper() == previous) {
                joined.get(joined.size() - 1)[1] = interval.toRequestsPerMonth();
            } else {
                joined.add(new long[] {interval.fromRequestsPerMonth(), interval.toRequestsPerMonth(),
                    interval.cheaper() == Side.SERVERLESS ? 0 : 1});
            }
            previous = interval.cheaper();
        }
        assertThat(envelope.bands()).hasSameSizeAs(joined);
        for (int k = 0; k < joined.size(); k++) {
            Band band = envelope.bands().get(k);
            assertThat(new long[] {band.fromRequestsPerMonth(), band.toRequestsPerMonth(),
                band.cheapest() == lambda ? 0 : 1}).containsExactly(joined.get(k));
            assertThat(band.runnerUp()).isEqualTo(band.cheapest() == lambda ? cluster : lambda);
        }
    }

    /**
     * The bands tile the range and, at each band's ends and each switch's sides, the cheapest and the runner-up
     * are those a brute-force ranking of all bills there gives (ties to the option listed first).
     */
    @Property(tries = 150)
    void envelope_ofFourOptions_agreesWithBruteForceAtEveryBandEdge(@ForAll("fourScenarios") List<Scenario> scenarios) {
        List<Option> options = List.of(Option.of("a", scenarios.get(0).serverlessModel()),
                Option.of("b", scenarios.get(1).clusterModel()), Option.of("c", scenarios.get(2).serverlessModel()),
                Option.of("d", scenarios.get(3).clusterModel()));
        Envelope envelope = Envelope.of(options, scenarios.get(0).range());

        List<Band> bands = envelope.bands();
        assertThat(bands.get(0).fromRequestsPerMonth()).isEqualTo(0);
        assertThat(bands.get(bands.size() - 1).toRequestsPerMonth()).isEqualTo(1_000_000_000L);
        for (int k = 0; k < bands.size(); k++) {
            Band band = bands.get(k);
            if (k > 0) {
                assertThat(band.fromRequestsPerMonth()).isEqualTo(bands.get(k - 1).toRequestsPerMonth() + 1);
                Band before = bands.get(k - 1);
                assertThat(!before.cheapest().equals(band.cheapest()) || !before.runnerUp().equals(band.runnerUp()))
                        .as("a band starts only where the cheapest or the runner-up changes").isTrue();
            }
            for (long n : new long[] {band.fromRequestsPerMonth(), band.toRequestsPerMonth()}) {
                assertLowest(options, band.cheapest(), null, n);
                assertLowest(options, band.runnerUp(), band.cheapest(), n);
            }
        }
        for (Switch s : envelope.switches()) {
            assertLowest(options, s.cheaperAbove(), null, s.requestsPerMonth());
            assertLowest(options, s.cheaperBelow(), null, s.requestsPerMonth() - 1);
            double above = s.cheaperAbove().model().comparableCost(s.requestsPerMonth());
            double below = s.cheaperBelow().model().comparableCost(s.requestsPerMonth());
            // Ties go to the option listed first, as a two-way solve gives them to Lambda.
            assertThat(above < below || above == below
                    && options.indexOf(s.cheaperAbove()) < options.indexOf(s.cheaperBelow()))
                    .as("at %s the new cheapest (%s) is cheaper than the old (%s), or tied and listed first", s, above,
                            below).isTrue();
        }
        assertThat(envelope.switches()).extracting(Switch::requestsPerMonth).isSorted();
    }

    /**
     * Checks that an option's comparable cost at a request count, in {@code double}, is at most every other's but
     * {@code except}'s. An exact tie may go either way: the two-way solve gives a segment's side to its first
     * request count (at 0 requests, two Lambda bills both cost nothing).
     */
    private static void assertLowest(List<Option> options, Option lowest, Option except, long requests) {
        double cost = lowest.model().comparableCost(requests);
        for (Option other : options) {
            if (other != except && other != lowest) {
                assertThat(cost).as("%s at %d requests against %s", lowest.name(), requests, other.name())
                        .isLessThanOrEqualTo(other.model().comparableCost(requests));
            }
        }
    }
}
