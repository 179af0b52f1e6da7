package org.breakeven.serverless;

import java.util.Objects;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Capacity;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.DataTransferOut;
import org.breakeven.bill.Format;
import org.breakeven.bill.Quantity;
import org.breakeven.bill.Side;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.Rate;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.Workload;

/**
 * Builds the Lambda bill: the one place where its formula is written.
 * <p>
 * Lines, for {@code N} requests a month and {@code GB = memoryMb / 1024}:
 * <ul>
 * <li>Requests: {@code N} at the request rate, less the free tier's 1M when it is on.</li>
 * <li>Duration: each invocation billed in steps of the billing granularity (rounded up), times GB;
 * cold starts add their INIT time to the invocation before rounding when the table's
 * {@linkplain PricingTable#lambdaInitBilling() INIT rule} bills it: every function from 2025-08-01; before that only
 * container images and custom runtimes, not ZIP packages on a managed runtime. On-demand GB-seconds are priced
 * through the architecture's monthly tiers, less the free tier's 400,000 GB-s when it is on.</li>
 * <li>Provisioned Concurrency: environments times GB times the enabled seconds (rounded up to five
 * minutes) at its own rate; the requests it serves (its share of traffic, up to its capacity) pay the
 * provisioned duration rate, the rest spill over to on-demand. The free tier does not apply to either,
 * as in AWS's Provisioned Concurrency example 1. On a {@linkplain ProvisionedSchedule schedule}, the same for each
 * hour {@code h} of the profile it is on, {@code H / L} times a month: {@code env(h) * GB * 3,600} GB-seconds, and
 * of the hour's share of the requests, {@code N * w(h) / Σw}, at most {@code env(h) * 3,600 * (H / L) / billed
 * seconds} served on it.</li>
 * <li>Ephemeral storage above the 512 MB included: extra GB times billed seconds.</li>
 * <li>Downstream items at their table rates (the logs Lambda sends to CloudWatch at the vended-log tiers where the table
 * has them, see {@link #logRate}), the platform log lines of every invocation when given (bytes / 10^9 GB each, at the
 * same log rate, not paid by the cluster), and the compute multiplier times the cost of every invocation's
 * GB-seconds at the on-demand rates, before the free tier (the Provisioned Concurrency fee is not work, so
 * it is not multiplied).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ServerlessModel {

    private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);
    private static final BigDecimal MS_PER_S = BigDecimal.valueOf(1000);
    private static final BigDecimal FIVE_MINUTES_PER_HOUR = BigDecimal.valueOf(12);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final String GB_SECOND_RATE = "USD per GB-second";
    /** The tiered rate of the logs Lambda sends to CloudWatch Logs, since 2025-05-01. */
    static final String LAMBDA_LOGS_RATE = "cloudwatch.lambdaLogsIngestion";
    /** Bytes in a GB, as the bills count traffic (10^6 KB, see {@link DataTransferOut#KILOBYTES_PER_GB}): 10^9. */
    private static final BigDecimal BYTES_PER_GB = DataTransferOut.KILOBYTES_PER_GB.multiply(BigDecimal.valueOf(1000));

    private ServerlessModel() {
    }

    /**
     * Builds the Lambda bill model of a function.
     *
     * @param function the function
     * @param table the pricing table
     * @param conventions the billing conventions
     * @return the bill model
     */
    public static BillModel billModel(LambdaFunction function, PricingTable table, Conventions conventions) {
        return billModel(function, table, conventions, HourlyProfile.FLAT);
    }

    /**
     * Builds the Lambda bill model of a function whose traffic follows an hourly profile, which places a
     * Provisioned Concurrency schedule's hours among the month's requests.
     *
     * @param function the function
     * @param table the pricing table
     * @param conventions the billing conventions
     * @param profile how the month's requests spread over the hours
     * @return the bill model
     */
    public static BillModel billModel(LambdaFunction function, PricingTable table, Conventions conventions,
            HourlyProfile profile) {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(conventions, "conventions");
        Objects.requireNonNull(profile, "profile");
        String arch = function.architecture().id();
        BigDecimal gb = BigDecimal.valueOf(function.memoryMb()).divide(MB_PER_GB);
        BigDecimal step = BigDecimal.valueOf(conventions.billingGranularityMs());
        BigDecimal warmSeconds = billedSeconds(function.durationMs(), step);
        // INIT is billed as duration when the table's rule bills it for this packaging: always from 2025-08-01, and
        // before that only for container images and custom runtimes (ZIP on a managed runtime paid nothing for INIT).
        boolean initBilled = table.lambdaInitBilling().billsInit(function.packaging().zipOnManagedRuntime());
        BigDecimal coldSeconds = billedSeconds(function.durationMs() + (initBilled ? function.initDurationMs() : 0), step);
        BigDecimal cold = BigDecimal.valueOf(function.coldStartRatio());
        BigDecimal onDemandSeconds = warmSeconds.multiply(BigDecimal.ONE.subtract(cold)).add(coldSeconds.multiply(cold));

        ProvisionedConcurrency pc = function.provisioned();
        ProvisionedSchedule schedule = function.provisionedSchedule();
        boolean scheduled = !schedule.equals(ProvisionedSchedule.NONE);
        boolean provisioned = scheduled || !pc.equals(ProvisionedConcurrency.NONE);
        // The share of the month's requests each stretch of Provisioned Concurrency receives, and how many of them
        // it can serve: one stretch for a setting on all month; one per scheduled hour for a schedule, whose shares
        // are the hours' weights over the profile's total weight.
        List<BigDecimal> shares = new ArrayList<>(List.of(BigDecimal.ZERO));
        List<BigDecimal> capacities = new ArrayList<>(List.of(BigDecimal.ZERO));
        BigDecimal totalWeight = BigDecimal.ONE;
        BigDecimal pcSeconds = BigDecimal.ZERO;
        BigDecimal pcGbSeconds = BigDecimal.ZERO;
        if (scheduled) {
            pcSeconds = billedSeconds(schedule.durationMs(), step);
            shares.clear();
            capacities.clear();
            // A day's schedule on a week's profile (or the other way round) repeats the day seven times.
            int hours = Math.max(schedule.hours(), profile.hours());
            totalWeight = profile.totalWeight().multiply(BigDecimal.valueOf(hours / profile.hours()));
            long environmentHours = 0;
            for (int h = 0; h < hours; h++) {
                int environments = schedule.environments(h % schedule.hours());
                if (environments == 0) {
                    continue;
                }
                environmentHours += environments;
                // share(h) = w(h) / Σw over the schedule's hours; capacity(h) = env * 3,600 s * H / L / billed s
                shares.add(profile.weight(h % profile.hours()));
                capacities.add(BigDecimal.valueOf(environments).multiply(SECONDS_PER_HOUR)
                        .multiply(BigDecimal.valueOf(conventions.hoursPerMonth()))
                        .divide(BigDecimal.valueOf(hours).multiply(pcSeconds), 0, RoundingMode.FLOOR));
            }
            // GB-s = Σ env(h) * GB * 3,600 s * H / L, in one division
            pcGbSeconds = BigDecimal.valueOf(environmentHours).multiply(gb).multiply(SECONDS_PER_HOUR)
                    .multiply(BigDecimal.valueOf(conventions.hoursPerMonth()))
                    .divide(BigDecimal.valueOf(hours), MathContext.DECIMAL128);
        } else if (provisioned) {
            shares.set(0, BigDecimal.valueOf(pc.shareOfRequests()));
            pcSeconds = billedSeconds(pc.durationMs(), step);
            BigDecimal enabledSeconds = BigDecimal.valueOf(pc.hoursPerMonth()).multiply(FIVE_MINUTES_PER_HOUR)
                    .setScale(0, RoundingMode.CEILING).multiply(SECONDS_PER_HOUR).divide(FIVE_MINUTES_PER_HOUR);
            capacities.set(0, BigDecimal.valueOf(pc.environments()).multiply(enabledSeconds)
                    .divide(pcSeconds, 0, RoundingMode.FLOOR));
            pcGbSeconds = BigDecimal.valueOf(pc.environments()).multiply(gb).multiply(enabledSeconds);
        }

        List<Charge> charges = new ArrayList<>();
        boolean free = function.freeTier();
        charges.add(Charge.of("Requests", Quantity.perRequest(BigDecimal.ONE), "requests",
                table.rate("lambda.requests", "USD per request"),
                free ? table.allowance("lambda.freeTier.requests").quantity() : BigDecimal.ZERO, false));

        List<Charge> compute = new ArrayList<>(3);
        BigDecimal onDemandGbs = gb.multiply(onDemandSeconds);
        compute.add(Charge.of("Duration (" + arch + ")",
                split(BigDecimal.ZERO, onDemandGbs, onDemandGbs.negate(), shares, totalWeight, capacities),
                "GB-seconds",
                table.rate("lambda.duration." + arch, GB_SECOND_RATE),
                free ? table.allowance("lambda.freeTier.gbSeconds").quantity() : BigDecimal.ZERO, false));
        if (provisioned) {
            compute.add(Charge.of("Provisioned Concurrency (" + arch + ")",
                    Quantity.fixed(pcGbSeconds),
                    "GB-seconds", table.rate("lambda.provisionedConcurrency." + arch, GB_SECOND_RATE),
                    BigDecimal.ZERO, false));
            compute.add(Charge.of("Duration on Provisioned Concurrency (" + arch + ")",
                    split(BigDecimal.ZERO, BigDecimal.ZERO, gb.multiply(pcSeconds), shares, totalWeight, capacities),
                    "GB-seconds", table.rate("lambda.provisionedDuration." + arch, GB_SECOND_RATE),
                    BigDecimal.ZERO, false));
        }
        charges.addAll(compute);

        BigDecimal included = table.allowance("lambda.ephemeralStorage.includedMb").quantity();
        BigDecimal extraMb = BigDecimal.valueOf(function.ephemeralStorageMb()).subtract(included);
        if (extraMb.signum() > 0) {
            BigDecimal extraGb = extraMb.divide(MB_PER_GB);
            charges.add(Charge.of("Ephemeral storage above " + included.toPlainString() + " MB",
                    split(BigDecimal.ZERO, extraGb.multiply(onDemandSeconds),
                            extraGb.multiply(pcSeconds.subtract(onDemandSeconds)), shares, totalWeight, capacities),
                    "GB-seconds", table.rate("lambda.ephemeralStorage", GB_SECOND_RATE), BigDecimal.ZERO, false));
        }

        Downstream downstream = function.downstream();
        for (DownstreamItem item : downstream.items()) {
            DownstreamKind kind = item.kind();
            charges.add(Charge.of(kind.label(), Quantity.perRequest(BigDecimal.valueOf(item.unitsPerRequest())),
                    kind.usageUnit(), rate(kind, table), BigDecimal.ZERO, item.paidByClusterToo()));
        }
        if (downstream.platformLogBytesPerInvocation() > 0) {
            // GB = bytes / 10^9; the cluster writes no such lines, so it does not pay them
            BigDecimal gbPerInvocation = BigDecimal.valueOf(downstream.platformLogBytesPerInvocation())
                    .divide(BYTES_PER_GB, MathContext.DECIMAL128);
            charges.add(Charge.of("CloudWatch Logs: Lambda platform lines (START, END, REPORT)",
                    Quantity.perRequest(gbPerInvocation), "GB", logRate(table), BigDecimal.ZERO, false));
        }
        if (downstream.computeMultiplier() > 0) {
            // Downstream work scales with the work the function does, not with how it is billed: the base is
            // every invocation's GB-seconds at the on-demand rate, before the free tier; the Provisioned
            // Concurrency fee, which is paid with no traffic at all, is not part of it.
            Charge work = Charge.of("Compute at on-demand rates",
                    split(BigDecimal.ZERO, onDemandGbs, gb.multiply(pcSeconds).subtract(onDemandGbs), shares,
                            totalWeight, capacities), "GB-seconds", table.rate("lambda.duration." + arch, GB_SECOND_RATE),
                    BigDecimal.ZERO, false);
            BigDecimal multiplier = BigDecimal.valueOf(downstream.computeMultiplier());
            charges.add(Charge.of("Downstream services (" + multiplier.stripTrailingZeros().toPlainString()
                            + "x compute)", Quantity.grossCostOf(List.of(work)), "USD of compute",
                    Rate.flat("downstream.computeMultiplier", "USD per USD of compute", multiplier, "scenario input"),
                    BigDecimal.ZERO, downstream.multiplierPaidByClusterToo()));
        }
        return new BillModel(Side.SERVERLESS, table.currency(), charges);
    }

    /**
     * Computes the most requests a month the function serves within its regional concurrency limit at the
     * workload's peak. Lambda runs one request per execution environment, so the concurrency at a moment is the
     * requests per second times the average duration in seconds (Little's law); the duration counts the INIT of the
     * cold starts, {@code durationMs + coldStartRatio * initDurationMs}. The peak is the profile's busiest hour
     * times the workload's peak-to-average ratio, so the limit is reached at the month's requests where
     * {@code peak requests/s * duration / 1000 = concurrencyLimit}; above it Lambda throttles.
     *
     * @param function the function, for its duration and limit
     * @param workload the workload, for its profile and peak-to-average ratio
     * @param conventions the month length
     * @return the capacity, limited
     */
    public static Capacity capacity(LambdaFunction function, Workload workload, Conventions conventions) {
        BigDecimal durationMs = BigDecimal.valueOf(function.durationMs()).add(BigDecimal.valueOf(function.coldStartRatio())
                .multiply(BigDecimal.valueOf(function.initDurationMs())));
        // requests in the peak hour at the limit = 3600 s * limit * 1000 / (durationMs * peakToAverageRatio)
        BigDecimal perHour = SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(function.concurrencyLimit())).multiply(MS_PER_S)
                .divide(durationMs.multiply(BigDecimal.valueOf(workload.peakToAverageRatio())), MathContext.DECIMAL128);
        HourlyProfile profile = workload.profile();
        return Capacity.limited(profile.requestsPerMonthFor(profile.peakHour(), perHour, conventions.hoursPerMonth()),
                "the regional concurrency limit of " + Format.whole(function.concurrencyLimit()) + " at "
                        + Format.plain(durationMs) + " ms a request");
    }

    /**
     * The capped split of one stretch of Provisioned Concurrency (its share a fraction, the total weight 1), or of
     * one per scheduled hour (the hours' weights over the total).
     */
    private static Quantity split(BigDecimal fixed, BigDecimal perRequest, BigDecimal perCapped, List<BigDecimal> shares,
            BigDecimal totalWeight, List<BigDecimal> capacities) {
        return totalWeight.compareTo(BigDecimal.ONE) == 0 && shares.size() == 1
                ? Quantity.split(fixed, perRequest, perCapped, shares.get(0), capacities.get(0))
                : Quantity.split(fixed, perRequest, perCapped, shares, totalWeight, capacities);
    }

    /**
     * The rate of a downstream item on the Lambda bill: the table's rate of its kind, except that the logs a Lambda
     * function sends to CloudWatch Logs pay {@link #logRate}.
     */
    private static Rate rate(DownstreamKind kind, PricingTable table) {
        return kind == DownstreamKind.LOG_INGESTION ? logRate(table) : table.rate(kind.rateId(), kind.rateUnit());
    }

    /**
     * The rate of the logs a Lambda function sends to CloudWatch Logs: since 2025-05-01 they are billed as vended
     * logs, at volume tiers ({@value #LAMBDA_LOGS_RATE}), in a table that has them; before, and in a table without
     * them, at the standard ingestion rate ({@code cloudwatch.logsIngestion}).
     */
    static Rate logRate(PricingTable table) {
        return table.rates().containsKey(LAMBDA_LOGS_RATE)
                ? table.rate(LAMBDA_LOGS_RATE, DownstreamKind.LOG_INGESTION.rateUnit())
                : table.rate(DownstreamKind.LOG_INGESTION.rateId(), DownstreamKind.LOG_INGESTION.rateUnit());
    }

    /** Rounds a duration up to the billing step and converts it to seconds. */
    static BigDecimal billedSeconds(double durationMs, BigDecimal stepMs) {
        return BigDecimal.valueOf(durationMs).divide(stepMs, 0, RoundingMode.CEILING).multiply(stepMs).divide(MS_PER_S);
    }
}
