package org.breakeven.serverless;

import java.util.List;
import java.util.Objects;
import org.breakeven.bill.Checks;

/**
 * Provisioned Concurrency on a schedule that follows the traffic's profile: how many environments are provisioned
 * in each hour of a day (24 hours from 00:00 UTC) or a week (168 from Monday 00:00 UTC), 0 in the hours it is off,
 * as scheduled scaling of the alias's provisioned concurrency would set them.
 * <p>
 * In each hour it is on it is priced as {@link ProvisionedConcurrency} is for the hours it is on: the environments'
 * GB-seconds at the Provisioned Concurrency rate, and the requests of that hour (the profile's share of the month)
 * served on them up to their capacity, {@code environments * 3,600 s / billed duration} an hour, at the provisioned
 * duration rate; the rest of the hour's requests, and every request of an hour it is off, at on-demand rates.
 * <pre>{@code
 * jshell> ProvisionedSchedule.of(List.of(0, 0, 0, 0, 0, 0, 0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 0), 100)
 * $1 ==> up to 10 environments in 10 of 24 hours, at 100.0 ms
 * }</pre>
 * A function without one has {@link #NONE}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param environmentsByHour the environments in each hour, 24 or 168 of them, each 0 to 100,000, not all 0; empty
 *     only in {@link #NONE}
 * @param durationMs the average duration of requests served on it, in ms (they skip INIT), (0, 900,000]
 */
public record ProvisionedSchedule(List<Integer> environmentsByHour, double durationMs) {

    /** No scheduled Provisioned Concurrency. */
    public static final ProvisionedSchedule NONE = new ProvisionedSchedule(List.of(), 0);

    /**
     * Creates a schedule, checking each value; an empty schedule with no duration is {@link #NONE}.
     *
     * @param environmentsByHour 24 or 168 counts, each 0 to 100,000, not all 0
     * @param durationMs (0, 900,000] ms
     */
    public ProvisionedSchedule {
        environmentsByHour = List.copyOf(Objects.requireNonNull(environmentsByHour, "environmentsByHour"));
        if (!environmentsByHour.isEmpty() || durationMs != 0) {
            int hours = environmentsByHour.size();
            if (hours != 24 && hours != 168) {
                throw new IllegalArgumentException("provisionedConcurrency.schedule must have 24 hours (a day) or 168 (a"
                        + " week) but had: " + hours);
            }
            int on = 0;
            for (int h = 0; h < hours; h++) {
                Checks.between("provisionedConcurrency.schedule[" + h + "]", environmentsByHour.get(h), 0, 100_000,
                        "environments");
                on += environmentsByHour.get(h) > 0 ? 1 : 0;
            }
            if (on == 0) {
                throw new IllegalArgumentException("provisionedConcurrency.schedule must have environments in at least"
                        + " one hour but had 0 in all " + hours);
            }
            Checks.positiveAtMost("provisionedConcurrency.durationMs", durationMs, LambdaFunction.MAX_DURATION_MS, "ms");
        }
    }

    /**
     * Obtains a schedule.
     *
     * @param environmentsByHour the environments in each hour, 24 or 168 of them
     * @param durationMs the average duration on it
     * @return the schedule
     */
    public static ProvisionedSchedule of(List<Integer> environmentsByHour, double durationMs) {
        return new ProvisionedSchedule(environmentsByHour, durationMs);
    }

    /**
     * Gets the number of hours of the schedule.
     *
     * @return 24 or 168, 0 for {@link #NONE}
     */
    public int hours() {
        return environmentsByHour.size();
    }

    /**
     * Gets the environments in one hour of the schedule.
     *
     * @param hour 0 to {@code hours() - 1}
     * @return the environments
     */
    public int environments(int hour) {
        return environmentsByHour.get(hour);
    }

    /**
     * Outputs {@code up to 10 environments in 10 of 24 hours, at 100.0 ms}, or {@code none}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (equals(NONE)) {
            return "none";
        }
        long on = environmentsByHour.stream().filter(e -> e > 0).count();
        int most = environmentsByHour.stream().mapToInt(Integer::intValue).max().orElse(0);
        return "up to " + most + " environments in " + on + " of " + hours() + " hours, at " + durationMs + " ms";
    }
}
