package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.breakeven.pricing.Rate;

/**
 * One line of a bill as a function of the month's requests: a {@link Quantity} priced by a
 * {@link Rate}, less an allowance that is free (such as the Lambda free tier).
 * <p>
 * The formula is written once here; {@link #item} evaluates it exactly for a line item and
 * {@link #cost(double)} in {@code double} for the solver.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Charge {

    private final String name;
    private final Quantity quantity;
    private final String quantityUnit;
    private final Rate rate;
    private final BigDecimal allowance;
    private final double allowanceDouble;
    private final boolean paidByClusterToo;
    private final double[] thresholds;
    private final double[] grossThresholds;

    private Charge(String name, Quantity quantity, String quantityUnit, Rate rate, BigDecimal allowance,
            boolean paidByClusterToo) {
        this.name = Objects.requireNonNull(name, "name");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.quantityUnit = Objects.requireNonNull(quantityUnit, "quantityUnit");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.allowance = Checks.nonNegative("allowance", allowance, quantityUnit);
        this.allowanceDouble = allowance.doubleValue();
        this.paidByClusterToo = paidByClusterToo;
        this.grossThresholds = rate.boundariesForSolver();
        this.thresholds = grossThresholds.clone();
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] += allowanceDouble;
        }
    }

    /**
     * Obtains a charge.
     *
     * @param name the line's name, such as {@code Requests}
     * @param quantity the usage as a function of requests
     * @param quantityUnit the unit of the usage, such as {@code GB-seconds}
     * @param rate the price per unit of usage
     * @param allowance the free usage per month, subtracted before the rate applies
     * @param paidByClusterToo true if the same service would pay this on the cluster as well
     * @return the charge
     */
    public static Charge of(String name, Quantity quantity, String quantityUnit, Rate rate, BigDecimal allowance,
            boolean paidByClusterToo) {
        return new Charge(name, quantity, quantityUnit, rate, allowance, paidByClusterToo);
    }

    /**
     * Gets the line's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Gets the rate.
     *
     * @return the rate
     */
    public Rate rate() {
        return rate;
    }

    /**
     * Checks if the cluster would pay this line too, so that it does not change the comparison.
     *
     * @return true if both sides pay it
     */
    public boolean paidByClusterToo() {
        return paidByClusterToo;
    }

    /**
     * Evaluates this charge exactly for a month's requests.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @param currency the currency of the rate
     * @return the line item, with its exact and its rounded amount
     * @throws IllegalArgumentException if the requests are null, negative, above the maximum or have more than
     *     20 decimal places
     */
    public LineItem item(BigDecimal requests, String currency) {
        Checks.requests(requests);
        return itemChecked(requests, Objects.requireNonNull(currency, "currency"));
    }

    /** {@link #item} for requests already checked. */
    LineItem itemChecked(BigDecimal requests, String currency) {
        BigDecimal used = quantity.exactChecked(requests);
        BigDecimal billable = used.subtract(allowance).max(BigDecimal.ZERO);
        return new LineItem(name, used, billable, quantityUnit, rate, Money.of(currency, rate.cost(billable)),
                paidByClusterToo);
    }

    /**
     * Computes this charge's cost in {@code double}, for the solver.
     *
     * @param requests the month's requests, 0 to {@link BillModel#MAX_REQUESTS_PER_MONTH}
     * @return the cost
     * @throws IllegalArgumentException if the requests are NaN, negative or above the maximum
     */
    public double cost(double requests) {
        return costChecked(Checks.requests(requests));
    }

    /** {@link #cost} for requests already checked: the solver's path, which checks once per bill. */
    double costChecked(double requests) {
        return rate.cost(Math.max(0, quantity.atChecked(requests) - allowanceDouble));
    }

    /**
     * Computes the cost before the allowance exactly.
     *
     * @param requests the month's requests
     * @return the gross cost
     */
    BigDecimal grossCost(BigDecimal requests) {
        return rate.cost(quantity.exactChecked(requests));
    }

    /**
     * Computes the cost before the allowance in {@code double}.
     *
     * @param requests the month's requests
     * @return the gross cost
     */
    double grossCost(double requests) {
        return rate.cost(quantity.atChecked(requests));
    }

    /**
     * Reports where, in {@code (lo, hi)}, this charge stops being linear in requests.
     *
     * @param lo the low end
     * @param hi the high end
     * @param out receives each breakpoint
     */
    void breakpoints(double lo, double hi, DoubleConsumer out) {
        quantity.breakpoints(lo, hi, thresholdsWithAllowance(), out);
    }

    void grossBreakpoints(double lo, double hi, DoubleConsumer out) {
        quantity.breakpoints(lo, hi, grossThresholds, out);
    }

    private double[] thresholdsWithAllowance() {
        if (allowanceDouble == 0) {
            return thresholds;
        }
        double[] withZero = new double[thresholds.length + 1];
        withZero[0] = allowanceDouble;
        System.arraycopy(thresholds, 0, withZero, 1, thresholds.length);
        return withZero;
    }

    @Override
    public String toString() {
        return name + " (" + quantityUnit + " at " + rate + (allowance.signum() > 0 ? ", " + Format.plain(allowance)
                + " free" : "") + (paidByClusterToo ? ", paid by the cluster too" : "") + ")";
    }
}
