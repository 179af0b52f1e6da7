package org.breakeven.bill;

/**
 * The billing conventions that published examples disagree on, made explicit.
 * <ul>
 * <li>{@code hoursPerMonth}: 730 by default (8,760 hours / 12, as AWS's calculator and infracost use);
 * 720 (30 days) and 744 (31 days) are allowed.</li>
 * <li>{@code billingGranularityMs}: each invocation's duration is rounded up to this step: 1 ms since
 * December 2020, or the legacy 100 ms for reproducing older examples.</li>
 * </ul>
 * Each line item is rounded half-up to cents when reported, as AWS's examples do, and its unrounded
 * amount is kept for the solver; that is not a setting.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param hoursPerMonth the hours in a billing month: 720, 730 or 744
 * @param billingGranularityMs the duration billing step in ms: 1 or 100
 */
public record Conventions(int hoursPerMonth, int billingGranularityMs) {

    /** The defaults: 730 hours a month, 1 ms billing. */
    public static final Conventions DEFAULT = new Conventions(730, 1);

    /**
     * Creates conventions, checking that each is one of the allowed values.
     *
     * @param hoursPerMonth 720, 730 or 744
     * @param billingGranularityMs 1 or 100
     */
    public Conventions {
        if (hoursPerMonth != 720 && hoursPerMonth != 730 && hoursPerMonth != 744) {
            throw new IllegalArgumentException("hoursPerMonth must be 720, 730 or 744 hours but was: " + hoursPerMonth);
        }
        if (billingGranularityMs != 1 && billingGranularityMs != 100) {
            throw new IllegalArgumentException("billingGranularityMs must be 1 or 100 ms but was: "
                    + billingGranularityMs);
        }
    }

    /**
     * Returns a copy of these conventions with another month length.
     *
     * @param hours 720, 730 or 744
     * @return the copy
     */
    public Conventions withHoursPerMonth(int hours) {
        return new Conventions(hours, billingGranularityMs);
    }

    /**
     * Returns a copy of these conventions with another billing step.
     *
     * @param ms 1 or 100
     * @return the copy
     */
    public Conventions withBillingGranularityMs(int ms) {
        return new Conventions(hoursPerMonth, ms);
    }

    @Override
    public String toString() {
        return hoursPerMonth + " h/month, " + billingGranularityMs + " ms billing";
    }
}
