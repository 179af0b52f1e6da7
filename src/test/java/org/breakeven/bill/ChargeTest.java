package org.breakeven.bill;

import org.breakeven.TestTables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.breakeven.pricing.Rate;
import org.junit.jupiter.api.Test;

/**
 * A charge less its free allowance, exactly and in {@code double}, and where it bends. The rates are
 * those of pricing/aws/us-east-1/2024-11-01.json: {@code lambda.duration.x86_64} is 0.0000166667 per
 * GB-second up to 6e9 GB-s, 0.000015 up to 15e9 and 0.0000133334 above; the free tier is 400,000 GB-s.
 */
class ChargeTest {

    private final Rate duration = TestTables.usEast1().rate("lambda.duration.x86_64");
    private final BigDecimal freeGbSeconds = TestTables.usEast1().allowance("lambda.freeTier.gbSeconds").quantity();

    /**
     * One GB-second per request (1,024 MB for 1 s), less the 400,000 GB-s free tier. Built for each test,
     * not in a static field, so that mutation testing sees every run of the constructor.
     */
    private final Charge durationLessFreeTier = Charge.of("Duration (x86_64)", Quantity.perRequest(BigDecimal.ONE),
            "GB-seconds", duration, freeGbSeconds, false);

    private static List<Double> breakpoints(Charge charge, double lo, double hi) {
        List<Double> found = new ArrayList<>();
        charge.breakpoints(lo, hi, found::add);
        return found;
    }

    /**
     * The charge bends where the free tier runs out, at 400,000 requests, and where the billable
     * GB-seconds reach each tier: 6e9 + 400,000 = 6,000,400,000 and 15e9 + 400,000 = 15,000,400,000
     * requests.
     */
    @Test
    void breakpoints_allowanceAndTiersShiftedByIt() {
        assertThat(breakpoints(durationLessFreeTier, 0, 20e9)).containsExactly(400_000.0, 6_000_400_000.0,
                15_000_400_000.0);
    }

    /** Without an allowance the charge bends only at the tiers: 6e9 and 15e9 requests. */
    @Test
    void breakpoints_withoutAllowance() {
        Charge charge = Charge.of("Duration (x86_64)", Quantity.perRequest(BigDecimal.ONE), "GB-seconds", duration,
                BigDecimal.ZERO, false);

        assertThat(breakpoints(charge, 0, 20e9)).containsExactly(6e9, 15e9);
    }

    /**
     * At 6,000,400,000 requests, 6,000,400,000 GB-s less 400,000 free are 6e9 billable, all in the first
     * tier: 6e9 * 0.0000166667 = 100,000.20 (the rate's note: 100,000.20 / 6e9). Exact and double agree.
     */
    @Test
    void item_billableIsUsageLessAllowance() {
        LineItem item = durationLessFreeTier.item(new BigDecimal("6000400000"), "USD");

        assertThat(item.quantity()).isEqualByComparingTo("6000400000");
        assertThat(item.billableQuantity()).isEqualByComparingTo("6000000000");
        assertThat(item.amount().amount()).isEqualByComparingTo("100000.20");
        assertThat(durationLessFreeTier.cost(6_000_400_000d)).isCloseTo(100_000.2, within(1e-6));
    }

    /** Below the allowance nothing is billable, exactly and in double: 300,000 GB-s are all free. */
    @Test
    void item_usageBelowTheAllowanceIsFree() {
        LineItem item = durationLessFreeTier.item(new BigDecimal("300000"), "USD");

        assertThat(item.billableQuantity()).isEqualByComparingTo("0");
        assertThat(item.amount().amount()).isEqualByComparingTo("0");
        assertThat(durationLessFreeTier.cost(300_000)).isZero();
    }

    @Test
    void toString_showsTheAllowanceAndWhoPays() {
        Rate perRequest = TestTables.usEast1().rate("dynamodb.readRequestUnit");
        Charge shared = Charge.of("DynamoDB reads", Quantity.perRequest(BigDecimal.ONE), "read request units", perRequest,
                BigDecimal.ZERO, true);

        assertThat(durationLessFreeTier).hasToString("Duration (x86_64) (GB-seconds at lambda.duration.x86_64 "
                + "0.0000166667 to 6000000000 | 0.000015 to 15000000000 | 0.0000133334 above 15000000000 USD per GB-second,"
                + " 400000 free)");
        assertThat(shared).hasToString("DynamoDB reads (read request units at dynamodb.readRequestUnit 0.000000125 USD"
                + " per read request unit, paid by the cluster too)");
        assertThat(shared.name()).isEqualTo("DynamoDB reads");
        assertThat(shared.rate()).isEqualTo(perRequest);
        assertThat(shared.paidByClusterToo()).isTrue();
        assertThat(durationLessFreeTier.paidByClusterToo()).isFalse();
    }
}
