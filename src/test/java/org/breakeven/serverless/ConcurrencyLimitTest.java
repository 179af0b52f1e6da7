package org.breakeven.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breakeven.bill.Capacity;
import org.breakeven.bill.Conventions;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * Lambda's regional concurrency limit (issue 9, item 3): the concurrency at the peak is the peak requests per
 * second times the average duration in seconds; the traffic at which it reaches the limit, by hand. A month is
 * 730 h, 2,628,000 s.
 */
class ConcurrencyLimitTest {

    private static Capacity.Limited capacity(LambdaFunction function, Workload workload) {
        return (Capacity.Limited) ServerlessModel.capacity(function, workload, Conventions.DEFAULT);
    }

    /** 1,000 environments at 200 ms serve 5,000 requests/s: 5,000 * 2,628,000 = 13,140,000,000 a month. */
    @Test
    void capacity_defaultLimit() {
        Capacity.Limited limited = capacity(LambdaFunction.of(256, 200), Workload.of(0));

        assertThat(limited.maxRequestsPerMonth()).isEqualByComparingTo("13140000000");
        assertThat(limited.saturatedFrom()).isEqualTo(13_140_000_001L);
        assertThat(limited.limit()).isEqualTo("the regional concurrency limit of 1,000 at 200 ms a request");
    }

    /**
     * Cold starts add their INIT: 10% of requests at 1,000 ms more average 300 ms, 3,333.3 requests/s,
     * 1,000 * 1,000 / 300 * 2,628,000 = 8,760,000,000 a month.
     */
    @Test
    void capacity_coldStartsLengthenTheAverage() {
        Capacity.Limited limited = capacity(LambdaFunction.of(256, 200).withColdStarts(0.1, 1000), Workload.of(0));

        assertThat(limited.maxRequestsPerMonth()).isEqualByComparingTo("8760000000");
        assertThat(limited.limit()).isEqualTo("the regional concurrency limit of 1,000 at 300 ms a request");
    }

    /**
     * A raised limit of 3,000 with a peak three times the average: 3,000 / 0.2 s = 15,000 requests/s at the peak,
     * 5,000 on average, 13,140,000,000 a month. businessHours at the default limit: a busy hour holds 2N / 730
     * requests and may hold 5,000 * 3,600 = 18,000,000, so N = 6,570,000,000.
     */
    @Test
    void capacity_peakAndProfile() {
        assertThat(capacity(LambdaFunction.of(256, 200).withConcurrencyLimit(3000), new Workload(0, 3))
                .maxRequestsPerMonth()).isEqualByComparingTo("13140000000");
        assertThat(capacity(LambdaFunction.of(256, 200), Workload.of(0).withProfile(HourlyProfile.shape("businessHours")))
                .maxRequestsPerMonth()).isEqualByComparingTo("6570000000");
    }

    @Test
    void concurrencyLimit_defaultAndRange() {
        assertThat(LambdaFunction.of(256, 200).concurrencyLimit()).isEqualTo(1000);
        assertThat(LambdaFunction.DEFAULT_CONCURRENCY_LIMIT).isEqualTo(1000);
        assertThatThrownBy(() -> LambdaFunction.of(256, 200).withConcurrencyLimit(0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrencyLimit must be between 1 and 1000000 concurrent executions but was: 0");
        assertThat(LambdaFunction.of(256, 200).withConcurrencyLimit(5000))
                .hasToString("Lambda 256 MB x86_64, 200.0 ms, concurrency limit 5000");
    }
}
