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
 * This class is immutable and thread-safe.
 *
 * @param environments the configured concurrency, 1 to 100,000
 * @param hoursPerMonth the hours a month it is enabled, more than 0 and at most 744
 * @param shareOfRequests the share of the month's requests that arrive while it is enabled, 0 to 1
 * @param durationMs the average duration of requests served on it, in ms (they skip INIT)
 */
public record ProvisionedConcurrency(int environments, double hoursPerMonth, double shareOfRequests,
        double durationMs) {

    /**
     * Creates a Provisioned Concurrency setting, checking each value.
     *
     * @param environments 1 to 100,000
     * @param hoursPerMonth (0, 744] hours
     * @param shareOfRequests 0 to 1
     * @param durationMs (0, 900,000] ms
     */
    public ProvisionedConcurrency {
        Checks.between("provisionedConcurrency.environments", environments, 1, 100_000, "environments");
        Checks.positiveAtMost("provisionedConcurrency.hoursPerMonth", hoursPerMonth, 744, "hours/month");
        Checks.between("provisionedConcurrency.shareOfRequests", shareOfRequests, 0, 1, "(fraction of requests)");
        Checks.positiveAtMost("provisionedConcurrency.durationMs", durationMs, LambdaFunction.MAX_DURATION_MS,
                "ms");
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

    @Override
    public String toString() {
        return environments + " environments for " + hoursPerMonth + " h/month, taking "
                + Format.percent(shareOfRequests) + "% of requests at " + durationMs + " ms";
    }
}
