package org.breakeven;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Format;
import org.breakeven.bill.Side;
import org.breakeven.workload.RequestRange;

/**
 * The answer to "at how many requests a month does one bill overtake the other": the first crossing in the
 * range searched, in whole requests, or a plain statement that there is none there, which side is cheaper
 * throughout, why, and whether the bills would cross above the range.
 * <pre>{@code
 * jshell> Breakeven.defaultScenario().solve().breakEven()
 * $1 ==> 52.4M requests/month (52,411,544)
 *
 * jshell> $1.requestsPerMonth()
 * $2 ==> 52411544
 *
 * jshell> $1.sentence()
 * $3 ==> "break-even at 52.4M requests/month (52,411,544): Lambda cheaper below, cluster above"
 * }</pre>
 * Every "break-even at" sentence of every report comes from this class. Where a side cannot serve the traffic
 * of the range (a cluster saturated at its stated capacity, Lambda at its concurrency limit), the sentence says
 * from where: {@code break-even at 52.4M requests/month (52,411,544): Lambda cheaper below, cluster above; the
 * cluster saturates above 788.4M requests/month (3 t3.medium nodes of 100 requests/s)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BreakEven {

    private final RequestRange range;
    private final List<Crossing> crossings;
    private final Side cheaperAtBottom;
    private final Supplier<Marginals> marginals;
    private final Capacity serverlessCapacity;
    private final Capacity clusterCapacity;
    private final List<String> notes;

    BreakEven(RequestRange range, List<Crossing> crossings, Side cheaperAtBottom, Supplier<Marginals> marginals) {
        this(range, crossings, cheaperAtBottom, marginals, Capacity.UNLIMITED, Capacity.UNLIMITED, List.of());
    }

    BreakEven(RequestRange range, List<Crossing> crossings, Side cheaperAtBottom, Supplier<Marginals> marginals,
            Capacity serverlessCapacity, Capacity clusterCapacity, List<String> notes) {
        this.range = Objects.requireNonNull(range, "range");
        this.crossings = List.copyOf(crossings);
        this.cheaperAtBottom = Objects.requireNonNull(cheaperAtBottom, "cheaperAtBottom");
        this.marginals = Objects.requireNonNull(marginals, "marginals");
        this.serverlessCapacity = Objects.requireNonNull(serverlessCapacity, "serverlessCapacity");
        this.clusterCapacity = Objects.requireNonNull(clusterCapacity, "clusterCapacity");
        this.notes = List.copyOf(notes);
    }

    /**
     * Gets what the bills could not price, in sentences: see {@link BreakevenResult#notes()}.
     *
     * @return the sentences, empty for none, unmodifiable
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Gets the most requests a month a side can serve at the workload's peak: see
     * {@link BreakevenResult#capacity(Side)}.
     *
     * @param side the side
     * @return the capacity
     */
    public Capacity capacity(Side side) {
        return Objects.requireNonNull(side, "side") == Side.SERVERLESS ? serverlessCapacity : clusterCapacity;
    }

    /**
     * Gets the first whole number of requests a month at which a side is saturated, in the range searched or
     * above it.
     *
     * @param side the side
     * @return the requests per month, or empty when the side's capacity is unknown or unlimited
     */
    public OptionalLong saturatesAt(Side side) {
        return capacity(side) instanceof Capacity.Limited limited ? OptionalLong.of(limited.saturatedFrom())
                : OptionalLong.empty();
    }

    /** The side's capacity if it is limited and saturates at a whole request count of the range, else null. */
    private Capacity.Limited saturatesInRange(Side side) {
        return capacity(side) instanceof Capacity.Limited limited
                && limited.saturatedFrom() <= Math.floor(range.toRequestsPerMonth()) ? limited : null;
    }

    /**
     * The clause every sentence adds for each side saturated in the range:
     * {@code ; the cluster saturates above 788.4M requests/month (3 t3.medium nodes of 100 requests/s)}.
     */
    private String saturation() {
        StringBuilder text = new StringBuilder();
        for (Side side : List.of(Side.CLUSTER, Side.SERVERLESS)) {
            Capacity.Limited limited = saturatesInRange(side);
            if (limited != null) {
                text.append(side == Side.CLUSTER ? "; the cluster saturates above " : "; Lambda throttles above ")
                        .append(Format.brief(limited.maxRequestsPerMonth().doubleValue())).append(" requests/month (")
                        .append(limited.limit()).append(')');
            }
        }
        return text.toString();
    }

    /**
     * What the capacities add to the explanation: a saturation in the range, or a cluster capacity that is
     * unknown.
     */
    private String capacityWhy() {
        StringBuilder text = new StringBuilder();
        if (clusterCapacity instanceof Capacity.Unknown unknown) {
            text.append(" The cluster's capacity is unknown: ").append(unknown.reason()).append('.');
        }
        Capacity.Limited cluster = saturatesInRange(Side.CLUSTER);
        if (cluster != null) {
            text.append(" The cluster saturates above ").append(Format.brief(cluster.maxRequestsPerMonth().doubleValue()))
                    .append(" requests/month: ").append(cluster.limit())
                    .append(" cannot serve the peak beyond it, so it is not cheaper there.");
        }
        Capacity.Limited lambda = saturatesInRange(Side.SERVERLESS);
        if (lambda != null) {
            text.append(" Lambda throttles above ").append(Format.brief(lambda.maxRequestsPerMonth().doubleValue()))
                    .append(" requests/month: its peak concurrency reaches ").append(lambda.limit())
                    .append(", so it is not cheaper there.");
        }
        return text.toString();
    }

    /**
     * Checks whether the bills cross in the range searched.
     *
     * @return true if there is a break-even in the range
     */
    public boolean exists() {
        return !crossings.isEmpty();
    }

    /**
     * Gets the first whole number of requests a month at which the side dearer below is the cheaper one.
     *
     * @return the requests per month
     * @throws IllegalStateException if the bills do not cross in the range; check {@link #exists()} first
     */
    public long requestsPerMonth() {
        return first().requestsPerMonth();
    }

    /**
     * Gets the break-even as an optional: empty when the bills do not cross in the range.
     *
     * @return the requests per month, or empty
     */
    public OptionalLong asOptional() {
        return exists() ? OptionalLong.of(crossings.get(0).requestsPerMonth()) : OptionalLong.empty();
    }

    /**
     * Gets the real number of requests at which the bills meet; see {@link Crossing#exactRoot()}.
     *
     * @return the exact root
     * @throws IllegalStateException if the bills do not cross in the range
     */
    public double exactRequestsPerMonth() {
        return first().exactRoot();
    }

    /**
     * Gets the first crossing, if any.
     *
     * @return the crossing, or empty
     */
    public Optional<Crossing> crossing() {
        return crossings.isEmpty() ? Optional.empty() : Optional.of(crossings.get(0));
    }

    /**
     * Gets both bills, exactly, at the break-even.
     *
     * @return the comparison
     * @throws IllegalStateException if the bills do not cross in the range
     */
    public Comparison bills() {
        return first().bills();
    }

    /**
     * Gets the side cheaper below the break-even (the side cheaper throughout when there is none).
     *
     * @return the side
     */
    public Side cheaperBelow() {
        return cheaperAtBottom;
    }

    /**
     * Gets the side cheaper from the break-even up (the side cheaper throughout when there is none).
     *
     * @return the side
     */
    public Side cheaperAbove() {
        return exists() ? cheaperAtBottom.other() : cheaperAtBottom;
    }

    /**
     * Gets the side cheaper throughout the range, when the bills do not cross in it.
     *
     * @return the side, or empty when there is a break-even
     */
    public Optional<Side> cheaperThroughout() {
        return exists() ? Optional.empty() : Optional.of(cheaperAtBottom);
    }

    /**
     * Gets how many times the bills cross in the range (more than once where the cluster adds nodes).
     *
     * @return the count, 0 when there is no break-even
     */
    public int crossingsInRange() {
        return crossings.size();
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
     * Estimates, when the bills do not cross in the range, where they would cross above it if each side's
     * marginal cost over the upper half of the range held (approximate when a price tier or a node step lies
     * above the range).
     *
     * @return the requests per month, or empty when there is a break-even in range or the marginal costs
     *     never close the gap
     */
    public OptionalDouble beyondRange() {
        if (exists()) {
            return OptionalDouble.empty();
        }
        double beyond = marginals.get().beyond();
        return Double.isNaN(beyond) ? OptionalDouble.empty() : OptionalDouble.of(beyond);
    }

    /**
     * Checks whether the break-even lies below a number of requests. Without a crossing in the range it
     * counts as above everything when Lambda is cheaper throughout (the bills cross above the range, if
     * ever), and as at the bottom of the range when the cluster is: the rule a CI check applies.
     *
     * @param requestsPerMonth the threshold
     * @return true if below
     */
    public boolean isBelow(double requestsPerMonth) {
        return asBound() < requestsPerMonth;
    }

    /**
     * Checks whether the break-even lies above a number of requests, by the rule of {@link #isBelow(double)}.
     *
     * @param requestsPerMonth the threshold
     * @return true if above
     */
    public boolean isAbove(double requestsPerMonth) {
        return asBound() > requestsPerMonth;
    }

    private double asBound() {
        if (exists()) {
            return requestsPerMonth();
        }
        return cheaperAtBottom == Side.SERVERLESS ? Double.POSITIVE_INFINITY : range.fromRequestsPerMonth();
    }

    /**
     * Gets why the answer is what it is, in a sentence or two: the marginal cost per million requests of
     * each side and the cluster's base and, without a crossing, where the bills would cross; then where a side
     * saturates in the range, or that the cluster's capacity is unknown; then what the bills could not price
     * ({@link #notes()}).
     *
     * @return the explanation
     */
    public String why() {
        StringBuilder text = new StringBuilder(whyBills()).append(capacityWhy());
        notes.forEach(note -> text.append(' ').append(note));
        return text.toString();
    }

    private String whyBills() {
        Marginals m = marginals.get();
        String ratio = " (" + m.ratioText() + ")";
        if (exists()) {
            Crossing first = crossings.get(0);
            String text = first.cheaperBelow().label() + " is cheaper below " + brief(first)
                    + " requests/month: the cluster costs " + m.baseText() + " at "
                    + Format.brief(range.fromRequestsPerMonth()) + " requests/month, and Lambda adds about "
                    + m.lambdaText() + " against the cluster's " + m.clusterText() + ratio + ".";
            if (crossings.size() > 1) {
                text += " The bills cross " + crossings.size() + " times in " + range + ", where the cluster adds nodes.";
            }
            return text;
        }
        boolean closes = !Double.isNaN(m.beyond());
        if (cheaperAtBottom == Side.SERVERLESS) {
            return closes
                    ? "Lambda is cheaper throughout " + range + ". Its marginal cost, " + m.lambdaText()
                            + ", is above the cluster's, " + m.clusterText() + ratio + ", so the bills would cross near "
                            + m.beyondText() + ", above the range."
                    : "Lambda is cheaper throughout and the bills never cross: Lambda's marginal cost, " + m.lambdaText()
                            + ", is not above the cluster's, " + m.clusterText() + ratio + ", so the cluster's base of "
                            + m.baseText() + " is never recovered.";
        }
        return closes
                ? "The cluster is cheaper throughout " + range + ", but Lambda's marginal cost, " + m.lambdaText()
                        + ", is below the cluster's, " + m.clusterText() + ratio
                        + ", so Lambda would become cheaper near " + m.beyondText() + ", above the range."
                : "The cluster is cheaper throughout and the bills never cross: even at "
                        + Format.brief(range.fromRequestsPerMonth()) + " requests/month Lambda's fixed costs exceed the "
                        + "cluster's " + m.baseText() + ", and Lambda's marginal cost, " + m.lambdaText()
                        + ", is not below the cluster's, " + m.clusterText() + ratio + ".";
    }

    /**
     * Gets the answer as the sentence every report prints:
     * {@code break-even at 52.4M requests/month (52,411,544): Lambda cheaper below, cluster above}, or
     * {@code no break-even in 0 to 10.0B requests/month: Lambda cheaper throughout}; each side that saturates in
     * the range adds {@code ; the cluster saturates above 788.4M requests/month (3 t3.medium nodes of 100
     * requests/s)} or {@code ; Lambda throttles above 13.1B requests/month (the regional concurrency limit of
     * 1,000 at 200 ms a request)}.
     *
     * @return the sentence
     */
    public String sentence() {
        return (exists() ? sentence(crossings.get(0)) : none()) + saturation();
    }

    /**
     * Gets the sentence for every crossing in the range: {@link #sentence()} when there is one, and
     * {@code the bills cross 3 times in 0 to 10.0B requests/month: first at ..., last at ...} otherwise.
     *
     * @return the sentence
     */
    public String summary() {
        if (crossings.size() < 2) {
            return (exists() ? "break-even at " + brief(crossings.get(0)) + " requests/month ("
                    + Format.whole(crossings.get(0).requestsPerMonth()) + ")" : none()) + saturation();
        }
        Crossing first = crossings.get(0);
        Crossing last = crossings.get(crossings.size() - 1);
        return "the bills cross " + crossings.size() + " times in " + range + ": break-even at " + brief(first)
                + " requests/month (" + Format.whole(first.requestsPerMonth()) + "), last crossing at "
                + brief(last) + " (" + Format.whole(last.requestsPerMonth()) + ")" + saturation();
    }

    /**
     * Gets the sentence for one crossing:
     * {@code break-even at 52.4M requests/month (52,411,544): Lambda cheaper below, cluster above}.
     *
     * @param crossing the crossing
     * @return the sentence
     */
    public static String sentence(Crossing crossing) {
        return "break-even at " + Objects.requireNonNull(crossing, "crossing");
    }

    /**
     * Gets how far this break-even moved from another, as a percentage of the other:
     * {@code |this - baseline| / baseline x 100}, in decimals to 16 significant digits (the whole requests are
     * exact; only the division rounds). For 38,455,828 against a baseline of 44,362,003 it is
     * {@code 5,906,175 / 44,362,003 x 100 = 13.3136...}. The relative thresholds of the assertions and of
     * {@code breakeven check} all compare this value.
     *
     * @param baseline the break-even to compare with, such as the same scenario's on another pricing table
     * @return the percentage, empty unless both break-evens exist and the baseline's is above zero
     */
    public Optional<BigDecimal> percentMovedFrom(BreakEven baseline) {
        Objects.requireNonNull(baseline, "baseline");
        if (!exists() || !baseline.exists() || baseline.requestsPerMonth() == 0) {
            return Optional.empty();
        }
        BigDecimal diff = BigDecimal.valueOf(Math.abs(requestsPerMonth() - baseline.requestsPerMonth()));
        return Optional.of(diff.movePointRight(2).divide(BigDecimal.valueOf(baseline.requestsPerMonth()),
                MathContext.DECIMAL64));
    }

    /**
     * Gets how a break-even moved, for what-ifs and pricing changes:
     * {@code break-even at 26.6M requests/month (was 52.4M)}, or the sentence of whichever has none.
     *
     * @param before the break-even before
     * @param after the break-even after
     * @return the sentence
     */
    public static String moved(BreakEven before, BreakEven after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!after.exists()) {
            return after.noneInRange() + (before.exists() ? " (was " + Format.brief(before.requestsPerMonth()) + ")" : "");
        }
        return "break-even at " + Format.brief(after.requestsPerMonth()) + " requests/month"
                + (before.exists() ? " (was " + Format.brief(before.requestsPerMonth()) + ")" : " (was none in range)");
    }

    private String none() {
        OptionalDouble beyond = beyondRange();
        return noneInRange() + (beyond.isPresent() ? " (the bills would cross near "
                + Format.brief(beyond.getAsDouble()) + " requests/month)" : "");
    }

    private String noneInRange() {
        return "no break-even in " + range + ": " + cheaperAtBottom.label() + " cheaper throughout";
    }

    private Crossing first() {
        if (crossings.isEmpty()) {
            throw new IllegalStateException("there is no break-even: " + none() + "; check exists() first");
        }
        return crossings.get(0);
    }

    private static String brief(Crossing crossing) {
        return Format.brief(crossing.requestsPerMonth());
    }

    /**
     * Outputs {@code 52.4M requests/month (52,411,544)}, or
     * {@code none in 0 to 10.0B requests/month: Lambda cheaper throughout}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (exists()) {
            long n = requestsPerMonth();
            return Format.brief(n) + " requests/month (" + Format.whole(n) + ")";
        }
        return none();
    }
}
