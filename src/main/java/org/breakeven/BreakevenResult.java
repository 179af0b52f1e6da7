package org.breakeven;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Side;
import org.breakeven.workload.RequestRange;

/**
 * The answer: where in a range of monthly requests the Lambda and cluster bills cross, which side is
 * cheaper on each interval, both bills at the workload's own traffic, and, when they do not cross, why.
 * <pre>{@code
 * jshell> Breakeven.solve(Breakeven.defaultScenario())
 * $2 ==> Lambda USD 3.53/month vs cluster USD 180.62/month at 1,000,000 requests/month; break-even at 52.4M requests/month (52,411,544)
 * }</pre>
 * <p>
 * The exact bills at the workload's traffic and at each crossing, and the explanation, are computed on
 * first use: a solve itself is done in {@code double} arithmetic on the same charges.
 * <p>
 * Each side's {@linkplain #capacity(Side) capacity} says up to what traffic it can serve its peak: a cluster of
 * fixed nodes with a stated capacity per node, or autoscaled up to a maximum, and Lambda within its regional
 * concurrency limit, are saturated above it; the intervals and crossings there say so, and so do the
 * break-even's sentence and explanation. A cluster of fixed nodes with no stated capacity says that its capacity
 * is unknown.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BreakevenResult {

    private final List<Crossing> crossings;
    private final List<Interval> intervals;
    private final Supplier<Comparison> pricing;
    private final Supplier<Marginals> marginals;
    private final String pricingVersion;
    private final BreakEven breakEven;
    private volatile Comparison current;

    BreakevenResult(RequestRange range, List<Crossing> crossings, List<Interval> intervals,
            Supplier<Comparison> current, Supplier<Marginals> marginals, String pricingVersion) {
        this(range, crossings, intervals, current, marginals, pricingVersion, Capacity.UNLIMITED, Capacity.UNLIMITED,
                List.of());
    }

    private BreakevenResult(RequestRange range, List<Crossing> crossings, List<Interval> intervals,
            Supplier<Comparison> current, Supplier<Marginals> marginals, String pricingVersion,
            Capacity serverlessCapacity, Capacity clusterCapacity, List<String> notes) {
        this.crossings = List.copyOf(crossings);
        this.intervals = List.copyOf(intervals);
        this.pricing = Objects.requireNonNull(current, "current");
        this.marginals = Objects.requireNonNull(marginals, "marginals");
        this.pricingVersion = Objects.requireNonNull(pricingVersion, "pricingVersion");
        if (this.intervals.isEmpty()) {
            throw new IllegalArgumentException("a result must have at least one interval");
        }
        this.breakEven = new BreakEven(range, this.crossings, this.intervals.get(0).cheaper(), marginals,
                serverlessCapacity, clusterCapacity, notes);
    }

    /**
     * Returns a copy that knows each side's capacity: every interval that a saturation point falls inside is split
     * there, and each interval and crossing names the sides saturated in it; and that adds to the explanation what
     * the bills could not price.
     */
    BreakevenResult withCapacity(Capacity serverlessCapacity, Capacity clusterCapacity, List<String> notes) {
        Objects.requireNonNull(serverlessCapacity, "serverlessCapacity");
        Objects.requireNonNull(clusterCapacity, "clusterCapacity");
        long lambdaFrom = saturatedFrom(serverlessCapacity);
        long clusterFrom = saturatedFrom(clusterCapacity);
        if (Math.min(lambdaFrom, clusterFrom) > intervals.get(intervals.size() - 1).toRequestsPerMonth()) {
            // Neither side saturates in the range: the crossings and intervals stand as they are.
            BreakevenResult copy = new BreakevenResult(breakEven.range(), crossings, intervals, pricing, marginals,
                    pricingVersion, serverlessCapacity, clusterCapacity, notes);
            copy.current = current;
            return copy;
        }
        List<Interval> split = new ArrayList<>(intervals.size() + 2);
        for (Interval interval : intervals) {
            long from = interval.fromRequestsPerMonth();
            long to = interval.toRequestsPerMonth();
            for (long at : new long[] {Math.min(lambdaFrom, clusterFrom), Math.max(lambdaFrom, clusterFrom)}) {
                if (at > from && at <= to) {
                    split.add(new Interval(from, at - 1, interval.cheaper(), saturated(from, lambdaFrom, clusterFrom)));
                    from = at;
                }
            }
            split.add(new Interval(from, to, interval.cheaper(), saturated(from, lambdaFrom, clusterFrom)));
        }
        List<Crossing> marked = crossings.stream()
                .map(c -> c.withSaturated(saturated(c.requestsPerMonth(), lambdaFrom, clusterFrom))).toList();
        BreakevenResult copy = new BreakevenResult(breakEven.range(), marked, split, pricing, marginals, pricingVersion,
                serverlessCapacity, clusterCapacity, notes);
        copy.current = current;
        return copy;
    }

    private static long saturatedFrom(Capacity capacity) {
        return capacity instanceof Capacity.Limited limited ? limited.saturatedFrom() : Long.MAX_VALUE;
    }

    private static Set<Side> saturated(long requests, long lambdaFrom, long clusterFrom) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (requests >= lambdaFrom) {
            sides.add(Side.SERVERLESS);
        }
        if (requests >= clusterFrom) {
            sides.add(Side.CLUSTER);
        }
        return sides;
    }

    /**
     * Gets the most requests a month a side can serve at the workload's peak: limited (a cluster's fixed nodes of
     * a stated capacity, or its autoscaling maximum; Lambda's regional concurrency limit), unknown (fixed nodes
     * with no stated capacity) or unlimited (a cluster sized for its peak). The same as
     * {@code breakEven().capacity(side)}.
     * <pre>{@code
     * jshell> Breakeven.defaultScenario().solve().capacity(Side.CLUSTER)
     * $1 ==> unknown: 3 fixed t3.medium nodes with no stated capacity (nodes.requestsPerSecondPerNode or ...
     * }</pre>
     *
     * @param side the side
     * @return the capacity
     */
    public Capacity capacity(Side side) {
        return breakEven.capacity(side);
    }

    /**
     * Gets what the bills could not price, in sentences that the explanation ends with: such as the surplus CPU
     * credits of burstable nodes whose CPU time per request is not given.
     *
     * @return the sentences, empty for none, unmodifiable
     */
    public List<String> notes() {
        return breakEven.notes();
    }

    /**
     * Gets the first whole number of requests a month at which a side is saturated, in the range searched or
     * above it: the cluster cannot serve its peak there, or Lambda reaches its concurrency limit and throttles.
     *
     * @param side the side
     * @return the requests per month, or empty when the side's capacity is unknown or unlimited
     */
    public OptionalLong saturatesAt(Side side) {
        return breakEven.saturatesAt(side);
    }

    /**
     * Gets the range searched.
     *
     * @return the range
     */
    public RequestRange range() {
        return breakEven.range();
    }

    /**
     * Gets every crossing in the range, in increasing order of requests.
     *
     * @return the crossings, unmodifiable
     */
    public List<Crossing> crossings() {
        return crossings;
    }

    /**
     * Gets the cheaper side between consecutive crossings, covering every whole request count of the range; an
     * interval also ends where a side becomes saturated, and says which sides are.
     *
     * @return the intervals, unmodifiable
     */
    public List<Interval> intervals() {
        return intervals;
    }

    /**
     * Gets both bills, exactly, at the workload's requests per month.
     *
     * @return the comparison
     */
    public Comparison current() {
        Comparison value = current;
        if (value == null) {
            value = pricing.get();
            current = value;
        }
        return value;
    }

    /**
     * Gets the pricing table version used.
     *
     * @return the version, such as {@code aws/us-east-1@2024-11-01}
     */
    public String pricingVersion() {
        return pricingVersion;
    }

    /**
     * Gets the break-even: the first crossing in whole requests, or why there is none in the range.
     *
     * @return the break-even
     */
    public BreakEven breakEven() {
        return breakEven;
    }

    /**
     * Gets why the answer is what it is; the same as {@code breakEven().why()}.
     *
     * @return the explanation
     */
    public String explanation() {
        return breakEven.why();
    }

    /**
     * Checks if the bills cross in the range.
     *
     * @return true if there is at least one crossing
     */
    public boolean crosses() {
        return breakEven.exists();
    }

    /**
     * Outputs {@code Lambda USD 3.53/month vs cluster USD 180.62/month at 1,000,000 requests/month;
     * break-even at 52.4M requests/month (52,411,544)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return current() + "; " + breakEven.summary();
    }
}
