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
        this.charges = List.copyOf(charges);
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
     * @param requestsPerMonth the month's requests, not negative
     * @return the bill
     */
    public Bill bill(long requestsPerMonth) {
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("requestsPerMonth must be at least 0 requests/month but was: "
                    + requestsPerMonth);
        }
        return bill(BigDecimal.valueOf(requestsPerMonth));
    }

    /**
     * Evaluates the bill exactly for a number of requests that may have a fraction, such as a
     * break-even point.
     *
     * @param requestsPerMonth the month's requests, not negative
     * @return the bill
     */
    public Bill bill(BigDecimal requestsPerMonth) {
        Checks.nonNegative("requestsPerMonth", requestsPerMonth, "requests/month");
        List<LineItem> items = new ArrayList<>(charges.size());
        for (Charge charge : charges) {
            items.add(charge.item(requestsPerMonth, currency));
        }
        return new Bill(side, requestsPerMonth, items);
    }

    /**
     * Computes, in {@code double}, the unrounded monthly cost of the lines that count in a comparison.
     *
     * @param requestsPerMonth the month's requests
     * @return the cost
     */
    public double comparableCost(double requestsPerMonth) {
        double total = 0;
        for (Charge charge : comparable) {
            total += charge.cost(requestsPerMonth);
        }
        return total;
    }

    /**
     * Reports where, in {@code (lo, hi)}, the comparable cost stops being linear in requests.
     *
     * @param lo the low end of the range
     * @param hi the high end of the range
     * @param out receives each breakpoint, unsorted and possibly repeated
     */
    public void breakpoints(double lo, double hi, DoubleConsumer out) {
        for (Charge charge : comparable) {
            charge.breakpoints(lo, hi, out);
        }
    }

    @Override
    public String toString() {
        return side.label() + " bill model with " + charges.size() + " lines";
    }
}
