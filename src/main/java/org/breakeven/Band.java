package org.breakeven;

import java.math.BigDecimal;
import java.util.Objects;
import org.breakeven.bill.Bill;
import org.breakeven.bill.LineItem;
import org.breakeven.bill.Format;
import org.breakeven.bill.Money;
import org.breakeven.bill.Side;

/**
 * The whole numbers of requests a month, from one to another inclusive, at which one option is the cheapest and
 * another the runner-up: a piece of an {@link Envelope}.
 * <pre>{@code
 * jshell> envelope.bands().get(0)
 * $1 ==> 0 to 52,411,543 requests/month: lambda cheapest, then eks (gap USD 180.53 to USD 0.00)
 * }</pre>
 * <p>
 * The gap, the runner-up's compared bill minus the cheapest's, is priced exactly at each end of the band and then
 * rounded to cents ({@link #gapAtFrom()}, {@link #gapAtTo()}); between the ends it can be smaller where a bill steps
 * up.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromRequestsPerMonth the first whole request count of the band
 * @param toRequestsPerMonth the last whole request count of the band, not below the first
 * @param cheapest the option with the lowest compared bill at every request count of the band
 * @param runnerUp the option with the second lowest there, not the cheapest
 */
public record Band(long fromRequestsPerMonth, long toRequestsPerMonth, Option cheapest, Option runnerUp) {

    /**
     * Creates a band.
     *
     * @param fromRequestsPerMonth the first request count, at least 0
     * @param toRequestsPerMonth the last request count, not below the first
     * @param cheapest the cheapest option
     * @param runnerUp the runner-up, another option
     * @throws IllegalArgumentException if a count is out of range or the runner-up is the cheapest
     */
    public Band {
        // The same range rules as an interval's, written once there.
        new Interval(fromRequestsPerMonth, toRequestsPerMonth, Side.SERVERLESS);
        Objects.requireNonNull(cheapest, "cheapest");
        Objects.requireNonNull(runnerUp, "runnerUp");
        if (cheapest.name().equals(runnerUp.name())) {
            throw new IllegalArgumentException("runnerUp must be another option than the cheapest but was: "
                    + runnerUp.name());
        }
    }

    /**
     * Gets the runner-up's compared bill minus the cheapest's at the band's first request count: the difference of
     * the unrounded bills, rounded to cents.
     *
     * @return the gap, not negative
     */
    public Money gapAtFrom() {
        return gap(fromRequestsPerMonth);
    }

    /**
     * Gets the runner-up's compared bill minus the cheapest's at the band's last request count: the difference of
     * the unrounded bills, rounded to cents.
     *
     * @return the gap, not negative
     */
    public Money gapAtTo() {
        return gap(toRequestsPerMonth);
    }

    private Money gap(long requests) {
        Bill runner = runnerUp.model().bill(requests);
        BigDecimal gap = exactComparable(runner).subtract(exactComparable(cheapest.model().bill(requests)));
        return Money.of(runner.currency(), gap).roundedToCents();
    }

    /** The unrounded sum of the lines a comparison counts, as {@link Comparison#difference()} sums them. */
    private static BigDecimal exactComparable(Bill bill) {
        BigDecimal total = BigDecimal.ZERO;
        for (LineItem item : bill.items()) {
            if (!item.paidByClusterToo()) {
                total = total.add(item.amount().amount());
            }
        }
        return total;
    }

    /**
     * Checks whether a number of requests lies in the band.
     *
     * @param requestsPerMonth the requests
     * @return true if it is from the first to the last request count
     */
    public boolean contains(double requestsPerMonth) {
        return requestsPerMonth >= fromRequestsPerMonth && requestsPerMonth <= toRequestsPerMonth;
    }

    /**
     * Outputs {@code 0 to 52,411,543 requests/month: lambda cheapest, then eks (gap USD 180.53 to USD 0.00)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Format.whole(fromRequestsPerMonth) + " to " + Format.whole(toRequestsPerMonth) + " requests/month: "
                + cheapest.name() + " cheapest, then " + runnerUp.name() + " (gap " + gapAtFrom() + " to " + gapAtTo()
                + ")";
    }
}
