package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.breakeven.pricing.Rate;

/**
 * One line of a bill as a function of the month's requests: a {@link Quantity} priced by a
 * {@link Rate}, less an allowance that is free (such as the Lambda free tier).
 * <p>
 * Its effective cost may differ from its list cost in three ways, each kept exact and piecewise linear for the
 * solver: a {@linkplain #withCoverage commitment covers} part of the billable usage (paid by the commitment's own
 * fee line, a {@linkplain #commitmentFee fee} whose list cost is zero); a {@linkplain #withFactor factor} scales
 * the cost (Spot's price over the on-demand price, a negotiated discount); the line says what made the difference.
 * For usage {@code q}, allowance {@code a}, coverage {@code c} and factor {@code f}:
 * <pre>
 *     list      = rate(max(0, q - a))
 *     effective = f * rate(max(0, q - a - c))
 * </pre>
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
    private final BigDecimal covered;
    private final BigDecimal factor;
    private final double factorDouble;
    private final boolean onListBill;
    private final String adjustment;
    private final Quantity remaining;

    private Charge(String name, Quantity quantity, String quantityUnit, Rate rate, BigDecimal allowance,
            boolean paidByClusterToo) {
        this(name, quantity, quantityUnit, rate, allowance, paidByClusterToo, BigDecimal.ZERO, BigDecimal.ONE, true,
                "", null);
    }

    private Charge(String name, Quantity quantity, String quantityUnit, Rate rate, BigDecimal allowance,
            boolean paidByClusterToo, BigDecimal covered, BigDecimal factor, boolean onListBill, String adjustment,
            Quantity remaining) {
        this.remaining = remaining;
        this.name = Objects.requireNonNull(name, "name");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.quantityUnit = Objects.requireNonNull(quantityUnit, "quantityUnit");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.allowance = Checks.nonNegative("allowance", allowance, quantityUnit);
        this.covered = Checks.nonNegative("covered", covered, quantityUnit);
        this.factor = Checks.nonNegative("factor", factor, "");
        this.factorDouble = factor.doubleValue();
        this.onListBill = onListBill;
        this.adjustment = Objects.requireNonNull(adjustment, "adjustment");
        // The solver sees the usage that pays: above the allowance and above the coverage.
        this.allowanceDouble = allowance.add(covered).doubleValue();
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
     * Obtains the fee of a commitment: paid whether it is used or not, and not on the list-price bill (its list
     * amount is zero), since at list prices nobody commits.
     *
     * @param name the line's name, such as {@code Compute Savings Plan commitment}
     * @param quantity the hours of the month the commitment runs
     * @param quantityUnit the unit, such as {@code commitment-hours}
     * @param rate the commitment per hour
     * @param adjustment what the commitment is, for the reports
     * @return the charge
     */
    public static Charge commitmentFee(String name, Quantity quantity, String quantityUnit, Rate rate,
            String adjustment) {
        return new Charge(name, quantity, quantityUnit, rate, BigDecimal.ZERO, false, BigDecimal.ZERO, BigDecimal.ONE,
                false, adjustment, null);
    }

    /**
     * Returns a copy of this charge whose billable usage is covered by a commitment up to an amount: the usage up
     * to it costs nothing on this line (the commitment's fee pays for it), the rest pays the rate.
     *
     * @param coveredQuantity the usage the commitment covers in the month, in this charge's unit, at least 0
     * @param why what covers it, for the reports
     * @return the copy
     * @throws IllegalArgumentException if the coverage is negative
     */
    public Charge withCoverage(BigDecimal coveredQuantity, String why) {
        Checks.nonNegative("coveredQuantity", coveredQuantity, quantityUnit);
        return new Charge(name, quantity, quantityUnit, rate, allowance, paidByClusterToo, covered.add(coveredQuantity),
                factor, onListBill, joined(why), remaining);
    }

    /**
     * Returns a copy of this charge whose effective cost prices another quantity, what a commitment leaves to pay,
     * such as each hour's nodes above those it covers ({@link Quantity#stepsAbove}); the list cost still prices the
     * whole usage. The remaining quantity must never exceed this charge's quantity, and must change shape only where
     * this charge's quantity does (the same node steps), so that the solver's breakpoints cover both.
     *
     * @param remainingQuantity the usage that pays, in this charge's unit
     * @param why what covers the rest, for the reports
     * @return the copy
     */
    public Charge withCoverage(Quantity remainingQuantity, String why) {
        Objects.requireNonNull(remainingQuantity, "remainingQuantity");
        return new Charge(name, quantity, quantityUnit, rate, allowance, paidByClusterToo, covered, factor, onListBill,
                joined(why), remainingQuantity);
    }

    /**
     * Returns a copy of this charge whose cost is multiplied by a factor, after any earlier one: {@code 1 - d} for a
     * discount {@code d}, Spot's price over the on-demand price.
     *
     * @param multiplier the factor, at least 0
     * @param why what made it, for the reports
     * @return the copy
     * @throws IllegalArgumentException if the factor is negative
     */
    public Charge withFactor(BigDecimal multiplier, String why) {
        Checks.nonNegative("factor", multiplier, "");
        return new Charge(name, quantity, quantityUnit, rate, allowance, paidByClusterToo, covered,
                factor.multiply(multiplier), onListBill, joined(why), remaining);
    }

    private String joined(String why) {
        Objects.requireNonNull(why, "why");
        return adjustment.isEmpty() ? why : adjustment + "; " + why;
    }

    /**
     * Gets the usage a commitment covers in the month.
     *
     * @return the covered usage, 0 if none
     */
    public BigDecimal covered() {
        return covered;
    }

    /**
     * Gets the factor the cost is multiplied by.
     *
     * @return the factor, 1 if none
     */
    public BigDecimal factor() {
        return factor;
    }

    /**
     * Gets what made the effective cost differ from the list cost.
     *
     * @return the adjustment, empty if none
     */
    public String adjustment() {
        return adjustment;
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
        BigDecimal list = rate.cost(billable);
        BigDecimal paying = remaining == null ? billable
                : remaining.exactChecked(requests).subtract(allowance).max(BigDecimal.ZERO);
        BigDecimal effective = covered.signum() == 0 && remaining == null ? list
                : rate.cost(paying.subtract(covered).max(BigDecimal.ZERO));
        if (factor.compareTo(BigDecimal.ONE) != 0) {
            effective = effective.multiply(factor);
        }
        return new LineItem(name, used, billable, quantityUnit, rate, Money.of(currency, effective), paidByClusterToo,
                Money.of(currency, onListBill ? list : BigDecimal.ZERO), adjustment);
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
        return factorDouble * rate.cost(Math.max(0, (remaining == null ? quantity : remaining).atChecked(requests)
                - allowanceDouble));
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
        (remaining == null ? quantity : remaining).breakpoints(lo, hi, thresholdsWithAllowance(), out);
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
                + " free" : "") + (covered.signum() > 0 ? ", " + Format.plain(covered) + " covered" : "")
                + (factor.compareTo(BigDecimal.ONE) != 0 ? ", times " + Format.plain(factor) : "")
                + (paidByClusterToo ? ", paid by the cluster too" : "") + ")";
    }
}
