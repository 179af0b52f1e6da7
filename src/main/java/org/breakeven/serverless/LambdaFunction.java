package org.breakeven.serverless;

import org.breakeven.bill.Checks;

import java.util.Objects;
import org.breakeven.bill.Format;

/**
 * A Lambda function's configuration as its bill sees it.
 * <p>
 * Limits follow AWS's: memory 128 to 10,240 MB, duration up to 900,000 ms (15 minutes), ephemeral
 * storage 512 to 10,240 MB, INIT up to 10,000 ms. The free tier (1M requests and 400,000 GB-s a month)
 * is off by default because it belongs to the whole account, not to one service. The regional concurrency limit,
 * 1,000 concurrent executions by default, bounds the traffic it serves: at the peak, requests per second times
 * the average duration in seconds must stay within it, or Lambda throttles.
 * <pre>{@code
 * jshell> LambdaFunction.of(256, 200).withDownstream(Downstream.multiplier(3))
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param memoryMb the configured memory, 128 to 10,240 MB
 * @param durationMs the average duration of an invocation, (0, 900,000] ms
 * @param architecture x86_64 or arm64
 * @param ephemeralStorageMb the /tmp size, 512 to 10,240 MB
 * @param freeTier true to deduct the free tier from requests and on-demand GB-seconds
 * @param coldStartRatio the share of invocations that start cold, 0 to 1; they pay for INIT when the pricing table's
 *     INIT rule bills it for this packaging
 * @param initDurationMs the INIT duration of a cold start, 0 to 10,000 ms
 * @param provisioned Provisioned Concurrency, {@link ProvisionedConcurrency#NONE} for none
 * @param downstream the charges that ride on every request
 * @param concurrencyLimit the account's concurrent executions in the region, 1 to 1,000,000 (1,000 by default)
 * @param provisionedSchedule Provisioned Concurrency by the hour, {@link ProvisionedSchedule#NONE} for none; not
 *     together with {@code provisioned}
 * @param packaging how the function is deployed ({@link Packaging#ZIP} by default), which decides whether its INIT
 *     is billed under a table effective before 2025-08-01
 */
public record LambdaFunction(int memoryMb, double durationMs, Architecture architecture, int ephemeralStorageMb,
        boolean freeTier, double coldStartRatio, double initDurationMs, ProvisionedConcurrency provisioned,
        Downstream downstream, int concurrencyLimit, ProvisionedSchedule provisionedSchedule, Packaging packaging) {

    /** The longest invocation, 15 minutes. */
    public static final double MAX_DURATION_MS = 900_000;
    /**
     * The default quota of concurrent executions per account and region: 1,000 (AWS Lambda Developer Guide,
     * "Lambda quotas", Compute and storage: "Concurrent executions | 1,000 | Tens of thousands"; new accounts may
     * start lower). Shared by every function of the account in the region.
     */
    public static final int DEFAULT_CONCURRENCY_LIMIT = 1000;

    /**
     * Creates a function configuration, checking each value against AWS's limits.
     *
     * @param memoryMb 128 to 10,240 MB
     * @param durationMs (0, 900,000] ms
     * @param architecture not null
     * @param ephemeralStorageMb 512 to 10,240 MB
     * @param freeTier whether the free tier is deducted
     * @param coldStartRatio 0 to 1
     * @param initDurationMs 0 to 10,000 ms
     * @param provisioned not null, {@link ProvisionedConcurrency#NONE} for none
     * @param downstream not null
     * @param concurrencyLimit 1 to 1,000,000
     * @param provisionedSchedule not null, {@link ProvisionedSchedule#NONE} for none; not together with
     *     {@code provisioned}
     * @param packaging not null
     */
    public LambdaFunction {
        Checks.between("memoryMb", memoryMb, 128, 10_240, "MB");
        Checks.positiveAtMost("durationMs", durationMs, MAX_DURATION_MS, "ms");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(provisioned, "provisioned");
        Checks.between("ephemeralStorageMb", ephemeralStorageMb, 512, 10_240, "MB");
        Checks.between("coldStartRatio", coldStartRatio, 0, 1, "(fraction of invocations)");
        Checks.between("initDurationMs", initDurationMs, 0, 10_000, "ms");
        Objects.requireNonNull(downstream, "downstream");
        Checks.between("concurrencyLimit", concurrencyLimit, 1, 1_000_000, "concurrent executions");
        Objects.requireNonNull(provisionedSchedule, "provisionedSchedule");
        Objects.requireNonNull(packaging, "packaging");
        if (!provisioned.equals(ProvisionedConcurrency.NONE) && !provisionedSchedule.equals(ProvisionedSchedule.NONE)) {
            throw new IllegalArgumentException("provisionedConcurrency takes either a schedule (environments in each"
                    + " hour) or environments for some hours a month, not both; it had: " + provisioned + " and "
                    + provisionedSchedule);
        }
    }

    /**
     * Creates a function configuration with the default concurrency limit of 1,000, no Provisioned Concurrency
     * schedule, packaged as ZIP on a managed runtime.
     *
     * @param memoryMb 128 to 10,240 MB
     * @param durationMs (0, 900,000] ms
     * @param architecture not null
     * @param ephemeralStorageMb 512 to 10,240 MB
     * @param freeTier whether the free tier is deducted
     * @param coldStartRatio 0 to 1
     * @param initDurationMs 0 to 10,000 ms
     * @param provisioned not null, {@link ProvisionedConcurrency#NONE} for none
     * @param downstream not null
     */
    public LambdaFunction(int memoryMb, double durationMs, Architecture architecture, int ephemeralStorageMb,
            boolean freeTier, double coldStartRatio, double initDurationMs, ProvisionedConcurrency provisioned,
            Downstream downstream) {
        this(memoryMb, durationMs, architecture, ephemeralStorageMb, freeTier, coldStartRatio, initDurationMs,
                provisioned, downstream, DEFAULT_CONCURRENCY_LIMIT, ProvisionedSchedule.NONE, Packaging.ZIP);
    }

    /**
     * Obtains an x86_64 function with 512 MB of ephemeral storage, no free tier, no cold starts,
     * no Provisioned Concurrency and no downstream charges.
     *
     * @param memoryMb 128 to 10,240 MB
     * @param durationMs the average duration in ms
     * @return the function
     */
    public static LambdaFunction of(int memoryMb, double durationMs) {
        return new LambdaFunction(memoryMb, durationMs, Architecture.X86_64, 512, false, 0, 0,
                ProvisionedConcurrency.NONE, Downstream.NONE);
    }

    /**
     * Returns a copy with another memory size.
     *
     * @param mb 128 to 10,240 MB
     * @return the copy
     */
    public LambdaFunction withMemoryMb(int mb) {
        return new LambdaFunction(mb, durationMs, architecture, ephemeralStorageMb, freeTier, coldStartRatio,
                initDurationMs, provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with another average duration.
     *
     * @param ms (0, 900,000] ms
     * @return the copy
     */
    public LambdaFunction withDurationMs(double ms) {
        return new LambdaFunction(memoryMb, ms, architecture, ephemeralStorageMb, freeTier, coldStartRatio,
                initDurationMs, provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with another architecture.
     *
     * @param architecture the architecture
     * @return the copy
     */
    public LambdaFunction withArchitecture(Architecture architecture) {
        return new LambdaFunction(memoryMb, durationMs, architecture, ephemeralStorageMb, freeTier, coldStartRatio,
                initDurationMs, provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with another ephemeral storage size.
     *
     * @param mb 512 to 10,240 MB
     * @return the copy
     */
    public LambdaFunction withEphemeralStorageMb(int mb) {
        return new LambdaFunction(memoryMb, durationMs, architecture, mb, freeTier, coldStartRatio, initDurationMs,
                provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with the free tier on or off.
     *
     * @param on true to deduct the free tier
     * @return the copy
     */
    public LambdaFunction withFreeTier(boolean on) {
        return new LambdaFunction(memoryMb, durationMs, architecture, ephemeralStorageMb, on, coldStartRatio,
                initDurationMs, provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with cold starts, whose INIT is billed as duration when the table's INIT rule bills it.
     *
     * @param ratio the share of invocations that start cold, 0 to 1
     * @param initMs the INIT duration, 0 to 10,000 ms
     * @return the copy
     */
    public LambdaFunction withColdStarts(double ratio, double initMs) {
        return new LambdaFunction(memoryMb, durationMs, architecture, ephemeralStorageMb, freeTier, ratio, initMs,
                provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with Provisioned Concurrency, or without it for {@link ProvisionedConcurrency#NONE}.
     *
     * @param provisioned the setting, not null
     * @return the copy
     */
    public LambdaFunction withProvisionedConcurrency(ProvisionedConcurrency provisioned) {
        return new LambdaFunction(memoryMb, durationMs, architecture, ephemeralStorageMb, freeTier, coldStartRatio,
                initDurationMs, provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with other downstream charges.
     *
     * @param downstream the downstream charges
     * @return the copy
     */
    public LambdaFunction withDownstream(Downstream downstream) {
        return new LambdaFunction(memoryMb, durationMs, architecture, ephemeralStorageMb, freeTier, coldStartRatio,
                initDurationMs, provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with another regional concurrency limit.
     *
     * @param limit the account's concurrent executions in the region, 1 to 1,000,000
     * @return the copy
     */
    public LambdaFunction withConcurrencyLimit(int limit) {
        return new LambdaFunction(memoryMb, durationMs, architecture, ephemeralStorageMb, freeTier, coldStartRatio,
                initDurationMs, provisioned, downstream, limit, provisionedSchedule, packaging);
    }

    /**
     * Returns a copy with Provisioned Concurrency by the hour, or without it for {@link ProvisionedSchedule#NONE}.
     *
     * @param schedule the schedule, not null; not together with {@link #provisioned()}
     * @return the copy
     */
    public LambdaFunction withProvisionedSchedule(ProvisionedSchedule schedule) {
        return new LambdaFunction(memoryMb, durationMs, architecture, ephemeralStorageMb, freeTier, coldStartRatio,
                initDurationMs, provisioned, downstream, concurrencyLimit, schedule, packaging);
    }

    /**
     * Returns a copy deployed another way.
     *
     * @param packaging ZIP on a managed runtime, a custom runtime or a container image
     * @return the copy
     */
    public LambdaFunction withPackaging(Packaging packaging) {
        return new LambdaFunction(memoryMb, durationMs, architecture, ephemeralStorageMb, freeTier, coldStartRatio,
                initDurationMs, provisioned, downstream, concurrencyLimit, provisionedSchedule, packaging);
    }

    @Override
    public String toString() {
        return "Lambda " + memoryMb + " MB " + architecture + ", " + durationMs + " ms"
                + (ephemeralStorageMb > 512 ? ", " + ephemeralStorageMb + " MB ephemeral" : "")
                + (freeTier ? ", free tier" : "")
                + (coldStartRatio > 0 ? ", " + Format.percent(coldStartRatio) + "% cold starts of " + initDurationMs + " ms" : "")
                + (provisioned.equals(ProvisionedConcurrency.NONE) ? "" : ", PC " + provisioned)
                + (provisionedSchedule.equals(ProvisionedSchedule.NONE) ? "" : ", PC " + provisionedSchedule)
                + (downstream.toString().isEmpty() ? "" : ", downstream " + downstream)
                + (concurrencyLimit == DEFAULT_CONCURRENCY_LIMIT ? "" : ", concurrency limit " + concurrencyLimit)
                + (packaging == Packaging.ZIP ? "" : ", " + packaging);
    }
}
