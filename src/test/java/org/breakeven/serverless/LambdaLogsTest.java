package org.breakeven.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breakeven.TestTables;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Conventions;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.junit.jupiter.api.Test;

/**
 * The logs a Lambda function sends to CloudWatch Logs: since 2025-05-01 billed at the vended-log tiers ($0.50 per GB
 * for the first 10 TB = 10,240 GB a month, $0.25 for the next 20 TB, $0.10 for the next 20 TB, $0.05 above; the
 * AmazonCloudWatch us-east-1 offer of 2026-09-22 as quoted in the 2026-10-01 table), before at a flat $0.50; and the
 * platform lines (START, END, REPORT) that every invocation writes.
 */
class LambdaLogsTest {

    private static final PricingTable TABLE_2026 = PricingTables.version("aws", "us-east-1", "2026-10-01");

    private static Bill bill(LambdaFunction function, PricingTable table, long requests) {
        return ServerlessModel.billModel(function, table, Conventions.DEFAULT).bill(requests);
    }

    private static LambdaFunction logging(double gbPerRequest) {
        return LambdaFunction.of(128, 1).withDownstream(Downstream.items(
                DownstreamItem.of(DownstreamKind.LOG_INGESTION, gbPerRequest)));
    }

    /**
     * 2,000,000 requests of 0.01 GB = 20,000 GB: 10,240 x 0.50 + 9,760 x 0.25 = 5,120 + 2,440 = 7,560 on the 2026
     * table; 20,000 x 0.50 = 10,000 on the 2024 table, which has only the flat rate.
     */
    @Test
    void logIngestion_tieredFromTheTableThatHasTheTiers() {
        assertThat(bill(logging(0.01), TABLE_2026, 2_000_000).item("CloudWatch Logs ingestion").amount().amount())
                .isEqualByComparingTo("7560");
        assertThat(bill(logging(0.01), TestTables.usEast1(), 2_000_000).item("CloudWatch Logs ingestion").amount()
                .amount()).isEqualByComparingTo("10000");
    }

    /** Within the first 10 TB the tiers change nothing: 1,000,000 x 0.001 GB = 1,000 GB x 0.50 = 500 on both. */
    @Test
    void logIngestion_firstTierEqualsTheFlatRate() {
        assertThat(bill(logging(0.001), TABLE_2026, 1_000_000).item("CloudWatch Logs ingestion").amount().amount())
                .isEqualByComparingTo(bill(logging(0.001), TestTables.usEast1(), 1_000_000)
                        .item("CloudWatch Logs ingestion").amount().amount())
                .isEqualByComparingTo("500");
    }

    /**
     * Platform lines: 1,000,000 invocations x 300 bytes = 3 x 10^8 bytes = 0.3 GB x 0.50 = 0.15, a line the cluster
     * does not pay, so it counts in the comparison.
     */
    @Test
    void platformLines_typicalSizeOnTheLambdaBillOnly() {
        LambdaFunction function = LambdaFunction.of(128, 1)
                .withDownstream(Downstream.NONE.withPlatformLogBytes(Downstream.TYPICAL_PLATFORM_LOG_BYTES));
        Bill bill = bill(function, TABLE_2026, 1_000_000);

        var line = bill.item("CloudWatch Logs: Lambda platform lines (START, END, REPORT)");
        assertThat(line.quantity()).isEqualByComparingTo("0.3");
        assertThat(line.amount().amount()).isEqualByComparingTo("0.15");
        assertThat(line.paidByClusterToo()).isFalse();
        assertThat(function.downstream()).hasToString("300 B platform logs/request");
    }

    @Test
    void platformLines_boundedAndOffByDefault() {
        assertThat(Downstream.NONE.platformLogBytesPerInvocation()).isZero();
        assertThat(bill(LambdaFunction.of(128, 1), TABLE_2026, 1_000_000).items())
                .noneMatch(i -> i.name().startsWith("CloudWatch Logs"));
        assertThatThrownBy(() -> Downstream.NONE.withPlatformLogBytes(100_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platformLogBytesPerInvocation");
    }
}
