package org.breakeven;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.breakeven.bill.Format;
import org.breakeven.bill.Side;
import org.breakeven.workload.RequestRange;

/**
 * The cheapest of several options at every traffic level: the lower envelope of their bills over a range of
 * requests per month, in bands, with every point where the cheapest option changes.
 * <pre>{@code
 * jshell> Scenario s = Breakeven.defaultScenario();
 * jshell> Envelope.of(List.of(Option.of("lambda", s.serverlessModel()), Option.of("eks", s.clusterModel())), s.range())
 * $1 ==> lambda up to 52,411,543 requests/month, then eks
 * }</pre>
 * <p>
 * The algorithm: each pair of options is solved exactly as a two-way break-even is ({@link Scenario#solve()}:
 * the union of both bills' breakpoints, the closed-form root of the straight difference on each segment, each
 * crossing put at the first whole request where the other option is cheaper). Between two consecutive crossings
 * of any pair, every pair's order is fixed, so the options rank by how many others each beats there: the one
 * that beats all is the cheapest, the one that beats all but it the runner-up. So the envelope is exact to one
 * request, as each pair's solve is, and with two options it is that pair's solve. Ties go to the option listed
 * first. Bills are compared by their {@link org.breakeven.bill.BillModel#comparableCost comparable cost}.
 * <p>
 * Cost: one two-way solve per pair, {@code n(n-1)/2} for {@code n} options, then one pass over their crossings.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Envelope {

    /** The most options an envelope compares: 28 pairs at eight, 120 at sixteen. */
    public static final int MAX_OPTIONS = 16;

    private final List<Option> options;
    private final RequestRange range;
    private final BreakevenResult[] pairs;
    private final List<Band> bands;
    private final List<Switch> switches;

    private Envelope(List<Option> options, RequestRange range, BreakevenResult[] pairs, List<Band> bands,
            List<Switch> switches) {
        this.options = options;
        this.range = range;
        this.pairs = pairs;
        this.bands = List.copyOf(bands);
        this.switches = List.copyOf(switches);
    }

    /**
     * Solves for the cheapest option over a range.
     *
     * @param options the options, 2 to {@value #MAX_OPTIONS}, each name used once, in order of precedence for
     *     ties
     * @param range the requests per month to search
     * @return the envelope
     * @throws IllegalArgumentException if there are fewer than two or more than {@value #MAX_OPTIONS} options, or
     *     two share a name
     */
    public static Envelope of(List<Option> options, RequestRange range) {
        List<Option> list = List.copyOf(Objects.requireNonNull(options, "options"));
        Objects.requireNonNull(range, "range");
        checkNames(list.stream().map(Option::name).toList());
        int n = list.size();
        BreakevenResult[] pairs = new BreakevenResult[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairs[i * n + j] = BreakevenSolver.pair(list.get(i).model(), list.get(j).model(), range);
            }
        }
        List<Band> bands = new ArrayList<>();
        List<Switch> switches = new ArrayList<>();
        new Merge(list, pairs).run(bands, switches);
        return new Envelope(list, range, pairs, bands, switches);
    }

    /**
     * Checks the names of the options an envelope compares: 2 to {@value #MAX_OPTIONS}, each used once.
     *
     * @param names the names
     * @throws IllegalArgumentException if there are too few or too many, or one is used twice
     */
    static void checkNames(List<String> names) {
        if (names.size() < 2 || names.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("options must hold 2 to " + MAX_OPTIONS
                    + " options (one is cheapest everywhere; each pair is solved) but held: " + names.size());
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("options must each have their own name but '" + name
                        + "' was used twice");
            }
        }
    }

    /**
     * Walks every pair's intervals at once. On each stretch where no pair changes its cheaper side the options
     * rank by how many others each beats; a stretch whose cheapest and runner-up are those of the stretch before
     * extends its band.
     */
    private static final class Merge {
        private final List<Option> options;
        private final BreakevenResult[] pairs;
        private final int n;

        Merge(List<Option> options, BreakevenResult[] pairs) {
            this.options = options;
            this.pairs = pairs;
            this.n = options.size();
        }

        void run(List<Band> bands, List<Switch> switches) {
            int[] at = new int[n * n];
            int[] wins = new int[n];
            BreakevenResult any = pairs[1];
            long start = any.intervals().get(0).fromRequestsPerMonth();
            long last = any.intervals().get(any.intervals().size() - 1).toRequestsPerMonth();
            int bandCheapest = -1;
            int bandRunnerUp = -1;
            long bandFrom = start;
            while (start <= last) {
                long end = last;
                Arrays.fill(wins, 0);
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        List<Interval> intervals = pairs[i * n + j].intervals();
                        int k = at[i * n + j];
                        while (intervals.get(k).toRequestsPerMonth() < start) {
                            k++;
                        }
                        at[i * n + j] = k;
                        Interval interval = intervals.get(k);
                        end = Math.min(end, interval.toRequestsPerMonth());
                        wins[interval.cheaper() == Side.SERVERLESS ? i : j]++;
                    }
                }
                int cheapest = rank(wins, -1);
                int runnerUp = rank(wins, cheapest);
                if (cheapest != bandCheapest || runnerUp != bandRunnerUp) {
                    if (bandCheapest >= 0) {
                        bands.add(new Band(bandFrom, start - 1, options.get(bandCheapest), options.get(bandRunnerUp)));
                        if (cheapest != bandCheapest) {
                            switches.add(toSwitch(bandCheapest, cheapest, start));
                        }
                    }
                    bandFrom = start;
                    bandCheapest = cheapest;
                    bandRunnerUp = runnerUp;
                }
                start = end + 1;
            }
            bands.add(new Band(bandFrom, last, options.get(bandCheapest), options.get(bandRunnerUp)));
        }

        /** The option with the most wins, other than {@code except}; the one listed first among equals. */
        private int rank(int[] wins, int except) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (i != except && (best < 0 || wins[i] > wins[best])) {
                    best = i;
                }
            }
            return best;
        }

        /** The switch from one cheapest to another at a request count: their own pair's crossing there. */
        private Switch toSwitch(int below, int above, long requests) {
            for (Switch crossing : crossings(options, pairs, below, above)) {
                if (crossing.requestsPerMonth() == requests) {
                    return crossing;
                }
            }
            // The two never cross here themselves: a third option's crossings made the ranks change (a rank built
            // from pairs that disagree, which exact pairs do not do). Report the point with no root of its own.
            return new Switch(requests, requests, options.get(below), options.get(above), false);
        }
    }

    private static List<Switch> crossings(List<Option> options, BreakevenResult[] pairs, int a, int b) {
        int n = options.size();
        int i = Math.min(a, b);
        int j = Math.max(a, b);
        List<Switch> out = new ArrayList<>();
        for (Crossing c : pairs[i * n + j].crossings()) {
            boolean firstBelow = c.cheaperBelow() == Side.SERVERLESS;
            out.add(new Switch(c.requestsPerMonth(), c.exactRoot(), options.get(firstBelow ? i : j),
                    options.get(firstBelow ? j : i), c.atNodeStep()));
        }
        return out;
    }

    /**
     * Gets the options, in the order given.
     *
     * @return the options, unmodifiable
     */
    public List<Option> options() {
        return options;
    }

    /**
     * Gets the range searched.
     *
     * @return the range
     */
    public RequestRange range() {
        return range;
    }

    /**
     * Gets the bands: consecutive, covering every whole request count of the range, each with its cheapest option
     * and runner-up; a new band starts where either changes.
     *
     * @return the bands, in increasing order of requests
     */
    public List<Band> bands() {
        return bands;
    }

    /**
     * Gets every point where the cheapest option changes.
     *
     * @return the switches, in increasing order of requests
     */
    public List<Switch> switches() {
        return switches;
    }

    /**
     * Gets the band that holds a number of requests.
     *
     * @param requestsPerMonth the requests, in the range
     * @return the band
     * @throws IllegalArgumentException if the requests lie outside every band
     */
    public Band bandAt(double requestsPerMonth) {
        for (Band band : bands) {
            if (band.contains(Math.floor(requestsPerMonth))) {
                return band;
            }
        }
        throw new IllegalArgumentException("requestsPerMonth must be in the range " + range + " but was: "
                + Format.whole(requestsPerMonth));
    }

    /**
     * Gets the option cheapest at a number of requests.
     *
     * @param requestsPerMonth the requests, in the range
     * @return the option
     * @throws IllegalArgumentException if the requests lie outside the range
     */
    public Option cheapestAt(double requestsPerMonth) {
        return bandAt(requestsPerMonth).cheapest();
    }

    /**
     * Gets every crossing of two options' own bills in the range, whether or not either is the cheapest there.
     *
     * @param first the name of one option
     * @param second the name of another
     * @return the crossings, in increasing order of requests
     * @throws IllegalArgumentException if a name is not an option's or both are one
     */
    public List<Switch> crossings(String first, String second) {
        int a = index(first);
        int b = index(second);
        if (a == b) {
            throw new IllegalArgumentException("crossings need two different options but both were: " + first);
        }
        return crossings(options, pairs, a, b);
    }

    private int index(String name) {
        Objects.requireNonNull(name, "name");
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no option is named '" + name + "'; the options are "
                + options.stream().map(Option::name).toList());
    }

    /**
     * Outputs {@code lambda up to 52,411,543 requests/month, then eks}: the cheapest option of each band and where
     * it ends.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        Option previous = null;
        for (int k = 0; k < bands.size(); k++) {
            Band band = bands.get(k);
            if (band.cheapest().equals(previous)) {
                continue;
            }
            if (previous != null) {
                text.append(" up to ").append(Format.whole(band.fromRequestsPerMonth() - 1))
                        .append(" requests/month, then ");
            }
            text.append(band.cheapest().name());
            previous = band.cheapest();
        }
        return text.toString();
    }
}
