package org.breakeven.serverless;

import org.breakeven.bill.Checks;

import org.breakeven.bill.Format;

/**
 * Provisioned Concurrency on a function: how many environments, for how many hours a month, and
 * which share of the month's requests arrives while it is on.
 * <p>
 * Requests arriving while it is on are served by the provisioned environments, up to their capacity
 * ({@code environments * hours * 3600 s / billed duration}), at the provisioned duration rate; the rest
 * spill over to on-demand rates. The configured time is billed rounded up to five minutes.
 * <p>
 * A function without Provisioned Concurrency has {@link #NONE}: zero environments, and zero of everything else.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param environments the configured concurrency, 1 to 100,000 (0 only in {@link #NONE})
 * @param hoursPerMonth the hours a month it is enabled, more than 0 and at most 744
 * @param shareOfRequests the share of the month's requests that arrive while it is enabled, 0 to 1
 * @param durationMs the average duration of requests served on it, in ms (they skip INIT)
 */
public record ProvisionedConcurrency(int environments, double hoursPerMonth, double shareOfRequests,
        double durationMs) {

    /** No Provisioned Concurrency: no environments, no hours, no requests, no duration. */
    public static final ProvisionedConcurrency NONE = new ProvisionedConcurrency(0, 0, 0, 0);

    /**
     * Creates a Provisioned Concurrency setting, checking each value; all four 0 is {@link #NONE}.
     *
     * @param environments 1 to 100,000
     * @param hoursPerMonth (0, 744] hours
     * @param shareOfRequests 0 to 1
     * @param durationMs (0, 900,000] ms
     */
    public ProvisionedConcurrency {
        boolean none = environments == 0 && hoursPerMonth == 0 && shareOfRequests == 0 && durationMs == 0;
        if (!none) {
            Checks.between("provisionedConcurrency.environments", environments, 1, 100_000, "environments");
            Checks.positiveAtMost("provisionedConcurrency.hoursPerMonth", hoursPerMonth, 744, "hours/month");
            Checks.between("provisionedConcurrency.shareOfRequests", shareOfRequests, 0, 1,
                    "(fraction of requests)");
            Checks.positiveAtMost("provisionedConcurrency.durationMs", durationMs, LambdaFunction.MAX_DURATION_MS,
                    "ms");
        }
    }

    /**
     * Obtains a setting that is on all month and receives every request.
     *
     * @param environments the configured concurrency
     * @param hoursPerMonth the hours in the month
     * @param durationMs the average duration on it
     * @return the setting
     */
    public static ProvisionedConcurrency allMonth(int environments, double hoursPerMonth, double durationMs) {
        return new ProvisionedConcurrency(environments, hoursPerMonth, 1, durationMs);
    }

    /**
     * Outputs {@code 1 environments for 730.0 h/month, taking 100% of requests at 200.0 ms}, or {@code none}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (equals(NONE)) {
            return "none";
        }
        return environments + " environments for " + hoursPerMonth + " h/month, taking "
                + Format.percent(shareOfRequests) + "% of requests at " + durationMs + " ms";
    }
}
