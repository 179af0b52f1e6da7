package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * One side's bill as a function of the month's requests: a list of {@link Charge}s.
 * <p>
 * {@link #bill} evaluates it exactly; {@link #comparableCost(double)} evaluates, in {@code double},
 * the lines that count in a comparison. Between two {@link #breakpoints} both are linear in requests,
 * except for node steps, which the breakpoints include.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BillModel {

    /**
     * The most requests per month a bill is evaluated at: 10^15, a hundred times the most a scenario
     * searches ({@code Workload.MAX_REQUESTS_PER_MONTH}, 10^13), well inside the range where a {@code double}
     * counts every whole request and a node count fits in a {@code long}.
     */
    public static final long MAX_REQUESTS_PER_MONTH = 1_000_000_000_000_000L;

    private final Side side;
    private final String currency;
    private final List<Charge> charges;
    private final Charge[] comparable;

    /**
     * Creates a bill model.
     *
     * @param side the side
     * @param currency the currency of every rate
     * @param charges the lines, in report order
     */
    public BillModel(Side side, String currency, List<Charge> charges) {
        this.side = Objects.requireNonNull(side, "side");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.charges = List.copyOf(Objects.requireNonNull(charges, "charges"));
        this.comparable = this.charges.stream().filter(c -> !c.paidByClusterToo()).toArray(Charge[]::new);
    }

    /**
     * Gets the side.
     *
     * @return the side
     */
    public Side side() {
        return side;
    }

    /**
     * Gets the currency of every charge.
     *
     * @return the ISO 4217 code
     */
    public String currency() {
        return currency;
    }

    /**
     * Gets the charges.
     *
     * @return the charges, unmodifiable
     */
    public List<Charge> charges() {
        return charges;
    }

    /**
     * Evaluates the bill exactly for a whole number of requests.
     *
     * @param requestsPerMonth the month's requests, 0 to {@link #MAX_REQUESTS_PER_MONTH}
     * @return the bill
     * @throws IllegalArgumentException if the requests are negative or above the maximum
     */
    public Bill bill(long requestsPerMonth) {
        return bill(BigDecimal.valueOf(Checks.requests(requestsPerMonth)));
    }

    /**
     * Evaluates the bill exactly for a number of requests that may have a fraction, such as a
     * break-even point.
     *
     * @param requestsPerMonth the month's requests, 0 to {@link #MAX_REQUESTS_PER_MONTH}, with at most 20
     *     decimal places
     * @return the bill
     * @throws IllegalArgumentException if the requests are null, negative, above the maximum or have more
     *     decimal places
     */
    public Bill bill(BigDecimal requestsPerMonth) {
        Checks.requests(requestsPerMonth);
        List<LineItem> items = new ArrayList<>(charges.size());
        for (Charge charge : charges) {
            items.add(charge.itemChecked(requestsPerMonth, currency));
        }
        return new Bill(side, requestsPerMonth, items);
    }

    /**
     * Computes, in {@code double}, the unrounded monthly cost of the lines that count in a comparison.
     *
     * @param requestsPerMonth the month's requests, 0 to {@link #MAX_REQUESTS_PER_MONTH}
     * @return the cost
     * @throws IllegalArgumentException if the requests are NaN, negative or above the maximum
     */
    public double comparableCost(double requestsPerMonth) {
        Checks.requests(requestsPerMonth);
        double total = 0;
        for (Charge charge : comparable) {
            total += charge.costChecked(requestsPerMonth);
        }
        return total;
    }

    /**
     * Reports where, in {@code (lo, hi)}, the comparable cost stops being linear in requests.
     *
     * @param lo the low end of the range, 0 to {@link #MAX_REQUESTS_PER_MONTH}
     * @param hi the high end of the range, {@code lo} to {@link #MAX_REQUESTS_PER_MONTH}
     * @param out receives each breakpoint, unsorted and possibly repeated
     * @throws IllegalArgumentException if an end is NaN, negative or above the maximum, if {@code hi} is below
     *     {@code lo}, or if the range holds more node steps than {@link NodeCount#MAX_STEPS}
     */
    public void breakpoints(double lo, double hi, DoubleConsumer out) {
        Checks.requests(lo);
        Checks.requests(hi);
        if (hi < lo) {
            throw new IllegalArgumentException("the high end of a range must not be below its low end ("
                    + Format.exact(lo) + " requests/month) but was: " + Format.exact(hi));
        }
        Objects.requireNonNull(out, "out");
        for (Charge charge : comparable) {
            charge.breakpoints(lo, hi, out);
        }
    }

    @Override
    public String toString() {
        return side.label() + " bill model with " + charges.size() + " lines";
    }
}
