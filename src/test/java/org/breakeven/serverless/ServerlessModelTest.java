package org.breakeven.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Conventions;
import org.breakeven.TestTables;
import org.breakeven.pricing.PricingTables;
import org.junit.jupiter.api.Test;

/**
 * The Lambda bill against published worked examples, each reproduced to the cent with its arithmetic.
 * Rates are those of pricing/aws/us-east-1/2024-11-01.json.
 */
class ServerlessModelTest {

    private static Bill bill(LambdaFunction function, long requests) {
        return ServerlessModel.billModel(function, TestTables.usEast1(), Conventions.DEFAULT).bill(requests);
    }

    /**
     * AWS Lambda pricing page, "Example 1: Mobile application backend" (x86, 1,536 MB, 3M requests,
     * 120 ms, free tier): 3M * 0.12 s * 1.5 GB = 540,000 GB-s; less 400,000 free = 140,000 GB-s *
     * 0.0000166667 = 2.333338 -> $2.33; (3M - 1M) * 0.0000002 = $0.40; total $2.73.
     */
    @Test
    void bill_awsExample1MobileBackend() {
        Bill bill = bill(LambdaFunction.of(1536, 120).withFreeTier(true), 3_000_000);

        assertThat(bill.item("Duration (x86_64)").billableQuantity()).isEqualByComparingTo("140000");
        assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("2.333338");
        assertThat(bill.item("Duration (x86_64)").rounded().amount()).isEqualByComparingTo("2.33");
        assertThat(bill.item("Requests").rounded().amount()).isEqualByComparingTo("0.40");
        assertThat(bill.total().amount()).isEqualByComparingTo("2.73");
    }

    /**
     * AWS Lambda pricing page, "Example 2: Enriching streaming telemetry" (x86, 1,024 MB, 7,440,000
     * requests of 2 s, no free tier): 7.44M * 0.0000002 = 1.488 -> $1.49 ("$1.488 ~= $1.49");
     * 14,880,000 GB-s * 0.0000166667 = 248.000496 -> $248.00; total $249.49.
     */
    @Test
    void bill_awsExample2StreamingTelemetry() {
        Bill bill = bill(LambdaFunction.of(1024, 2000), 7_440_000);

        assertThat(bill.item("Requests").amount().amount()).isEqualByComparingTo("1.488");
        assertThat(bill.item("Requests").rounded().amount()).isEqualByComparingTo("1.49");
        assertThat(bill.item("Duration (x86_64)").quantity()).isEqualByComparingTo("14880000");
        assertThat(bill.item("Duration (x86_64)").rounded().amount()).isEqualByComparingTo("248.00");
        assertThat(bill.total().amount()).isEqualByComparingTo("249.49");
    }

    /**
     * AWS Lambda pricing page, "Example 3: Performing ML on customer support tickets" (x86, 4,096 MB,
     * 6M requests of 280 ms, 2,048 MB ephemeral storage, free tier): 6M * 0.28 s * 4 GB = 6,720,000
     * GB-s, less 400,000 = 6,320,000 * 0.0000166667 = 105.333544 -> $105.33; (6M - 1M) * 0.0000002 =
     * $1.00; storage (2,048 - 512) / 1,024 = 1.5 GB * 1,680,000 s = 2,520,000 GB-s * 0.0000000309 =
     * 0.077868 -> $0.08; total $106.41.
     */
    @Test
    void bill_awsExample3EphemeralStorage() {
        Bill bill = bill(LambdaFunction.of(4096, 280).withFreeTier(true).withEphemeralStorageMb(2048), 6_000_000);

        assertThat(bill.item("Duration (x86_64)").rounded().amount()).isEqualByComparingTo("105.33");
        assertThat(bill.item("Requests").rounded().amount()).isEqualByComparingTo("1.00");
        assertThat(bill.item("Ephemeral storage above 512 MB").quantity()).isEqualByComparingTo("2520000");
        assertThat(bill.item("Ephemeral storage above 512 MB").amount().amount()).isEqualByComparingTo("0.077868");
        assertThat(bill.total().amount()).isEqualByComparingTo("106.41");
    }

    /**
     * AWS Lambda pricing page, Provisioned Concurrency "Example 1: Mobile application launch" (x86,
     * 1,536 MB, PC of 100 for 8 hours; 3M requests, 500,000 of them while PC is on at 100 ms, the other
     * 2.5M at 120 ms; free tier on requests and on-demand GB-s only):
     * PC 100 * 1.5 GB * 28,800 s = 4,320,000 GB-s * 0.0000041667 = 18.000144 -> $18.00;
     * requests (3M - 1M) * 0.0000002 = $0.40;
     * on PC 500,000 * 0.1 s * 1.5 GB = 75,000 GB-s * 0.0000097222 = 0.729165 -> $0.73;
     * on demand 2.5M * 0.12 s * 1.5 GB = 450,000 GB-s, less 400,000 = 50,000 * 0.0000166667 = 0.833335
     * -> $0.83; total $19.96. The share of requests on PC is 500,000 / 3,000,000 = 1/6.
     */
    @Test
    void bill_awsProvisionedConcurrencyExample1() {
        LambdaFunction function = LambdaFunction.of(1536, 120).withFreeTier(true)
                .withProvisionedConcurrency(new ProvisionedConcurrency(100, 8, 1.0 / 6, 100));

        Bill bill = bill(function, 3_000_000);

        assertThat(bill.item("Provisioned Concurrency (x86_64)").quantity()).isEqualByComparingTo("4320000");
        assertThat(bill.item("Provisioned Concurrency (x86_64)").rounded().amount()).isEqualByComparingTo("18.00");
        assertThat(bill.item("Requests").rounded().amount()).isEqualByComparingTo("0.40");
        assertThat(bill.item("Duration on Provisioned Concurrency (x86_64)").rounded().amount())
                .isEqualByComparingTo("0.73");
        assertThat(bill.item("Duration (x86_64)").rounded().amount()).isEqualByComparingTo("0.83");
        assertThat(bill.total().amount()).isEqualByComparingTo("19.96");
    }

    /**
     * AWS Lambda pricing page, Provisioned Concurrency "Example 2: Routing customers ... during Cyber
     * Monday" (x86, 4,096 MB, PC of 7 for 24 hours, 2M requests of 280 ms all on PC, no free tier):
     * PC 7 * 4 GB * 86,400 s = 2,419,200 GB-s * 0.0000041667 = 10.08008064 -> $10.08;
     * on PC 2M * 0.28 s * 4 GB = 2,240,000 GB-s * 0.0000097222 = 21.777728 -> $21.78;
     * requests 2M * 0.0000002 = $0.40; total $32.26. PC capacity 7 * 86,400 / 0.28 = 2,160,000 requests
     * is above 2M, so nothing spills over.
     */
    @Test
    void bill_awsProvisionedConcurrencyExample2() {
        LambdaFunction function = LambdaFunction.of(4096, 280)
                .withProvisionedConcurrency(new ProvisionedConcurrency(7, 24, 1, 280));

        Bill bill = bill(function, 2_000_000);

        assertThat(bill.item("Provisioned Concurrency (x86_64)").rounded().amount()).isEqualByComparingTo("10.08");
        assertThat(bill.item("Duration on Provisioned Concurrency (x86_64)").rounded().amount())
                .isEqualByComparingTo("21.78");
        assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("0");
        assertThat(bill.item("Requests").rounded().amount()).isEqualByComparingTo("0.40");
        assertThat(bill.total().amount()).isEqualByComparingTo("32.26");
    }

    /**
     * Provisioned Concurrency spill-over: with PC of 1 for 1 hour at 1,000 ms, capacity is 3,600
     * requests; of 10,000 requests all arriving while PC is on, 3,600 run on PC and 6,400 spill over:
     * on PC 3,600 * 1 s * 1 GB * 0.0000097222 = 0.03499992; on demand 6,400 GB-s * 0.0000166667 =
     * 0.10666688.
     */
    @Test
    void bill_provisionedConcurrencySpillsOverAboveCapacity() {
        LambdaFunction function = LambdaFunction.of(1024, 1000)
                .withProvisionedConcurrency(new ProvisionedConcurrency(1, 1, 1, 1000));

        Bill bill = bill(function, 10_000);

        assertThat(bill.item("Duration on Provisioned Concurrency (x86_64)").quantity()).isEqualByComparingTo("3600");
        assertThat(bill.item("Duration on Provisioned Concurrency (x86_64)").amount().amount())
                .isEqualByComparingTo("0.03499992");
        assertThat(bill.item("Duration (x86_64)").quantity()).isEqualByComparingTo("6400");
        assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("0.10666688");
    }

    /** PC time is billed rounded up to five minutes: 1.01 hours becomes 65 minutes = 3,900 s. */
    @Test
    void bill_provisionedConcurrencyRoundsUpToFiveMinutes() {
        LambdaFunction function = LambdaFunction.of(1024, 100)
                .withProvisionedConcurrency(new ProvisionedConcurrency(1, 1.01, 1, 100));

        assertThat(bill(function, 0).item("Provisioned Concurrency (x86_64)").quantity()).isEqualByComparingTo("3900");
    }

    /**
     * arm64: the compute and request lines of the AWS Lambda pricing page's Durable Functions example
     * (arm64, 1 GB, 32,000,000 GB-s, free tier): 31,600,000 GB-s * 0.0000133334 = 421.33544 -> $421.34;
     * 2M requests less 1M free = 1M * 0.0000002 = $0.20. Modelled as 2M invocations of 16 s.
     */
    @Test
    void bill_awsDurableFunctionsExampleArm64ComputeAndRequests() {
        Bill bill = bill(LambdaFunction.of(1024, 16_000).withArchitecture(Architecture.ARM64).withFreeTier(true),
                2_000_000);

        assertThat(bill.item("Duration (arm64)").billableQuantity()).isEqualByComparingTo("31600000");
        assertThat(bill.item("Duration (arm64)").amount().amount()).isEqualByComparingTo("421.33544");
        assertThat(bill.item("Duration (arm64)").rounded().amount()).isEqualByComparingTo("421.34");
        assertThat(bill.item("Requests").rounded().amount()).isEqualByComparingTo("0.20");
    }

    /**
     * The seed article's example: 1M requests of 200 ms at 1,024 MB: requests 1M * 0.0000002 = $0.20;
     * compute 200,000 GB-s * 0.0000166667 = 3.33334 -> $3.33; total $3.53.
     */
    @Test
    void bill_articleExample() {
        Bill bill = bill(LambdaFunction.of(1024, 200), 1_000_000);

        assertThat(bill.item("Requests").rounded().amount()).isEqualByComparingTo("0.20");
        assertThat(bill.item("Duration (x86_64)").rounded().amount()).isEqualByComparingTo("3.33");
        assertThat(bill.total().amount()).isEqualByComparingTo("3.53");
        assertThat(bill.total()).hasToString("USD 3.53");
    }

    /**
     * Volume tiers on the month's total: 10 billion requests of 1 s at 1 GB are 10e9 GB-s:
     * 6e9 * 0.0000166667 = 100,000.20 plus 4e9 * 0.0000150000 = 60,000 -> 160,000.20.
     */
    @Test
    void bill_durationTiersApplyToTheMonthsTotal() {
        Bill bill = bill(LambdaFunction.of(1024, 1000), 10_000_000_000L);

        assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("160000.20");
    }

    /**
     * arm64 tiers: 20e9 GB-s = 7.5e9 * 0.0000133334 (100,000.50) + 11.25e9 * 0.0000120001 (135,001.125)
     * + 1.25e9 * 0.0000106667 (13,333.375) = 248,335.00.
     */
    @Test
    void bill_arm64TiersApplyToTheMonthsTotal() {
        Bill bill = bill(LambdaFunction.of(1024, 1000).withArchitecture(Architecture.ARM64), 20_000_000_000L);

        assertThat(bill.item("Duration (arm64)").amount().amount()).isEqualByComparingTo("248335.000");
    }

    /**
     * Cold starts bill INIT as duration on a table effective from 2025-08-01 (the 2026-10-01 table, whose x86
     * tier-1 rate is the same 0.0000166667): 1,000,000 requests of 100 ms at 1 GB, 1% cold with 500 ms INIT:
     * 990,000 * 0.1 s + 10,000 * 0.6 s = 105,000 GB-s * 0.0000166667 = 1.7500035.
     */
    @Test
    void bill_coldStartsBillInitAsDuration() {
        Bill bill = ServerlessModel.billModel(LambdaFunction.of(1024, 100).withColdStarts(0.01, 500),
                PricingTables.version("aws", "us-east-1", "2026-10-01"), Conventions.DEFAULT).bill(1_000_000);

        assertThat(bill.item("Duration (x86_64)").quantity()).isEqualByComparingTo("105000");
        assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("1.7500035");
    }

    /**
     * Before 2025-08-01 (the 2024-11-01 table), INIT of a ZIP function on a managed runtime is not billed:
     * 1,000,000 * 0.1 s * 1 GB = 100,000 GB-s * 0.0000166667 = 1.66667; a container image or a custom runtime
     * paid for it already: 105,000 GB-s as above, 1.7500035.
     */
    @Test
    void bill_beforeAugust2025OnlyImagesAndCustomRuntimesPayForInit() {
        LambdaFunction zip = LambdaFunction.of(1024, 100).withColdStarts(0.01, 500);

        assertThat(bill(zip, 1_000_000).item("Duration (x86_64)").quantity()).isEqualByComparingTo("100000");
        assertThat(bill(zip, 1_000_000).item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("1.66667");
        for (Packaging packaging : List.of(Packaging.IMAGE, Packaging.CUSTOM_RUNTIME)) {
            Bill bill = bill(zip.withPackaging(packaging), 1_000_000);
            assertThat(bill.item("Duration (x86_64)").quantity()).as(packaging.id()).isEqualByComparingTo("105000");
            assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("1.7500035");
        }
    }

    /**
     * Billing granularity: 120.2 ms is billed as 121 ms at 1 ms, and as 200 ms at the legacy 100 ms.
     * 1,000 requests at 1 GB: 121 GB-s and 200 GB-s.
     */
    @Test
    void bill_roundsEachInvocationUpToTheBillingStep() {
        LambdaFunction function = LambdaFunction.of(1024, 120.2);
        Bill ms = ServerlessModel.billModel(function, TestTables.usEast1(), Conventions.DEFAULT).bill(1000);
        Bill legacy = ServerlessModel.billModel(function, TestTables.usEast1(),
                Conventions.DEFAULT.withBillingGranularityMs(100)).bill(1000);

        assertThat(ms.item("Duration (x86_64)").quantity()).isEqualByComparingTo("121");
        assertThat(legacy.item("Duration (x86_64)").quantity()).isEqualByComparingTo("200");
    }

    /**
     * The AWS Lambda pricing page's old (100 ms) example 2: 128 MB, 30M requests of 200 ms, free tier:
     * 750,000 GB-s - 400,000 = 350,000 * 0.0000166667 = 5.833345 -> $5.83 (the page's old rate
     * 0.00001667 also gives $5.83); (30M - 1M) * 0.0000002 = $5.80; total $11.63.
     */
    @Test
    void bill_awsOldExample2WithLegacyGranularity() {
        Bill bill = ServerlessModel.billModel(LambdaFunction.of(128, 200).withFreeTier(true), TestTables.usEast1(),
                Conventions.DEFAULT.withBillingGranularityMs(100)).bill(30_000_000);

        assertThat(bill.item("Duration (x86_64)").rounded().amount()).isEqualByComparingTo("5.83");
        assertThat(bill.item("Requests").rounded().amount()).isEqualByComparingTo("5.80");
        assertThat(bill.total().amount()).isEqualByComparingTo("11.63");
    }

    /**
     * Downstream items: 400M requests through an HTTP API cross its 300M tier: 300M * 0.000001 = 300 plus
     * 100M * 0.0000009 = 90 -> $390.00, not paid by the cluster; 2 DynamoDB read units per request at
     * 0.000000125 = $100.00, paid by the cluster too.
     */
    @Test
    void bill_downstreamItemsUseTheirTieredRates() {
        LambdaFunction function = LambdaFunction.of(128, 1).withDownstream(Downstream.items(
                DownstreamItem.of(DownstreamKind.API_GATEWAY_HTTP, 1), DownstreamItem.of(DownstreamKind.DYNAMODB_READ, 2)));

        Bill bill = bill(function, 400_000_000);

        assertThat(bill.item("API Gateway HTTP API").amount().amount()).isEqualByComparingTo("390");
        assertThat(bill.item("API Gateway HTTP API").paidByClusterToo()).isFalse();
        assertThat(bill.item("DynamoDB reads").amount().amount()).isEqualByComparingTo("100");
        assertThat(bill.item("DynamoDB reads").paidByClusterToo()).isTrue();
        assertThat(bill.total().minus(bill.comparableTotal()).amount()).isEqualByComparingTo("100");
    }

    /**
     * A compute multiplier prices downstream services at a multiple of the gross compute cost, before the
     * free tier: 1M requests of 200 ms at 256 MB = 50,000 GB-s * 0.0000166667 = 0.833335 of compute
     * (0 billable with the free tier on); 3x = 2.500005.
     */
    @Test
    void bill_multiplierAppliesToGrossComputeCost() {
        LambdaFunction function = LambdaFunction.of(256, 200).withFreeTier(true).withDownstream(Downstream.multiplier(3));

        Bill bill = bill(function, 1_000_000);

        assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("0");
        assertThat(bill.item("Downstream services (3x compute)").amount().amount()).isEqualByComparingTo("2.500005");
        assertThat(bill.item("Downstream services (3x compute)").paidByClusterToo()).isFalse();
    }

    /**
     * With Provisioned Concurrency, the multiplier follows the work, not the billing: 1 environment of 1 GB
     * all month (730 h) at 100 ms, with 1M requests all arriving while it is on, runs 1M * 0.1 s * 1 GB =
     * 100,000 GB-s, priced at the on-demand 0.0000166667 = 1.66667; 3x = 5.00001. The PC fee
     * (2,628,000 GB-s * 0.0000041667 = 10.95) is not multiplied, so with no requests the line is zero.
     */
    @Test
    void bill_multiplierFollowsTheWorkNotTheProvisionedConcurrencyFee() {
        LambdaFunction function = LambdaFunction.of(1024, 100).withDownstream(Downstream.multiplier(3))
                .withProvisionedConcurrency(ProvisionedConcurrency.allMonth(1, 730, 100));

        assertThat(bill(function, 1_000_000).item("Downstream services (3x compute)").amount().amount())
                .isEqualByComparingTo("5.00001");
        assertThat(bill(function, 0).item("Downstream services (3x compute)").amount().amount())
                .isEqualByComparingTo("0");
        assertThat(bill(function, 0).item("Provisioned Concurrency (x86_64)").rounded().amount())
                .isEqualByComparingTo("10.95");
    }

    /**
     * Provisioned Concurrency that takes no requests (a share of 0) still bills its environments, and every
     * request runs on demand: 1 environment of 1 GB for 730 h = 2,628,000 GB-s * 0.0000041667 = 10.9500876;
     * 1M requests of 1 s = 1,000,000 GB-s * 0.0000166667 = 16.6667 on demand; nothing at the provisioned
     * duration rate. The on-demand line bends only at its tiers, 6e9 and 15e9 GB-s, which are 6e9 and 15e9
     * requests of 1 GB-s each: the PC's capacity of 2,628,000 requests never applies.
     */
    @Test
    void bill_provisionedConcurrencyThatTakesNoRequests() {
        ProvisionedConcurrency idle = new ProvisionedConcurrency(1, 730, 0, 1000);
        LambdaFunction function = LambdaFunction.of(1024, 1000).withProvisionedConcurrency(idle);
        org.breakeven.bill.BillModel model = ServerlessModel.billModel(function, TestTables.usEast1(), Conventions.DEFAULT);
        List<Double> breakpoints = new java.util.ArrayList<>();

        Bill bill = model.bill(1_000_000);
        model.breakpoints(0, 20e9, breakpoints::add);

        assertThat(function.provisioned()).isEqualTo(idle);
        assertThat(bill.item("Provisioned Concurrency (x86_64)").amount().amount()).isEqualByComparingTo("10.9500876");
        assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("16.6667");
        assertThat(bill.item("Duration on Provisioned Concurrency (x86_64)").amount().amount()).isEqualByComparingTo("0");
        assertThat(breakpoints).containsExactly(6e9, 15e9);
    }

    /**
     * Without Provisioned Concurrency a function holds {@link ProvisionedConcurrency#NONE}, never null, and its
     * bill has no Provisioned Concurrency lines; setting NONE again removes a setting.
     */
    @Test
    void provisioned_noneByDefaultAndNeverNull() {
        LambdaFunction plain = LambdaFunction.of(1024, 1000);
        LambdaFunction removed = plain.withProvisionedConcurrency(ProvisionedConcurrency.allMonth(1, 730, 100))
                .withProvisionedConcurrency(ProvisionedConcurrency.NONE);

        assertThat(plain.provisioned()).isSameAs(ProvisionedConcurrency.NONE);
        assertThat(removed).isEqualTo(plain);
        assertThat(bill(removed, 1_000_000).items()).extracting(item -> item.name())
                .containsExactly("Requests", "Duration (x86_64)");
        assertThatThrownBy(() -> plain.withProvisionedConcurrency(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("provisioned");
    }

    @Test
    void bill_zeroRequestsCostsNothingWithoutProvisionedConcurrency() {
        Bill bill = bill(LambdaFunction.of(256, 200).withDownstream(Downstream.multiplier(3)), 0);

        assertThat(bill.total().amount()).isEqualByComparingTo("0");
        assertThat(bill.items()).extracting(item -> item.amount().amount())
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Test
    void bill_listsTheLinesInOrder() {
        Bill bill = bill(LambdaFunction.of(256, 200).withDownstream(Downstream.multiplier(3)), 1);

        assertThat(bill.items()).extracting(item -> item.name())
                .isEqualTo(List.of("Requests", "Duration (x86_64)", "Downstream services (3x compute)"));
    }
}
