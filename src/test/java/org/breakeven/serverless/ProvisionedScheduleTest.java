package org.breakeven.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.breakeven.TestTables;
import org.breakeven.bill.Bill;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Conventions;
import org.breakeven.workload.HourlyProfile;
import org.junit.jupiter.api.Test;

/**
 * Provisioned Concurrency on a schedule (issue 9, item 7), by hand at us-east-1 2024-11-01 rates: PC 0.0000041667,
 * duration on PC 0.0000097222, on-demand duration 0.0000166667 per GB-second (first tier); 730 hours a month. The
 * function has 1,024 MB (1 GB) and 100 ms; the traffic follows businessHours, whose 10 busy hours (08:00 to 17:59)
 * weigh 7 of the day's 84, a twelfth of the month's requests each.
 */
class ProvisionedScheduleTest {

    /** 10 environments from 08:00 to 17:59, none otherwise. */
    private static final List<Integer> BUSY_HOURS = hours(24, 8, 18, 10);
    private static final HourlyProfile BUSINESS_HOURS = HourlyProfile.shape("businessHours");
    private static final LambdaFunction FUNCTION = LambdaFunction.of(1024, 100)
            .withProvisionedSchedule(ProvisionedSchedule.of(BUSY_HOURS, 100));

    private static List<Integer> hours(int length, int from, int to, int environments) {
        List<Integer> schedule = new ArrayList<>(Collections.nCopies(length, 0));
        for (int h = from; h < to; h++) {
            schedule.set(h, environments);
        }
        return schedule;
    }

    private static BillModel model(LambdaFunction function, HourlyProfile profile) {
        return ServerlessModel.billModel(function, TestTables.usEast1(), Conventions.DEFAULT, profile);
    }

    /**
     * The fee: 10 environments for 10 hours a day is 100 environment-hours a day, 730 / 24 days a month:
     * 100 * 1 GB * 3,600 s * 730 / 24 = 10,950,000 GB-s, 45.625365 USD whatever the traffic.
     * <p>
     * At 1B requests a busy hour's share is 83.3M a month, above what 10 environments serve in it, 10 * 3,600 *
     * (730 / 24) / 0.1 s = 10,950,000: 109,500,000 requests are served on PC, 10,950,000 GB-s at 0.0000097222 =
     * 106.45809 USD, and the other 890,500,000 on demand, 89,050,000 GB-s at 0.0000166667 = 1,484.169635 USD.
     */
    @Test
    void bill_aboveTheScheduledCapacity() {
        Bill bill = model(FUNCTION, BUSINESS_HOURS).bill(1_000_000_000);

        assertThat(bill.item("Provisioned Concurrency (x86_64)").quantity()).isEqualByComparingTo("10950000");
        assertThat(bill.item("Provisioned Concurrency (x86_64)").amount().amount()).isEqualByComparingTo("45.625365");
        assertThat(bill.item("Duration on Provisioned Concurrency (x86_64)").quantity()).isEqualByComparingTo("10950000");
        assertThat(bill.item("Duration on Provisioned Concurrency (x86_64)").amount().amount())
                .isEqualByComparingTo("106.45809");
        assertThat(bill.item("Duration (x86_64)").quantity()).isEqualByComparingTo("89050000");
        assertThat(bill.item("Duration (x86_64)").amount().amount()).isEqualByComparingTo("1484.169635");
    }

    /**
     * At 120M a busy hour's share, 10M, fits: ten twelfths, 100M requests, are served on PC (10,000,000 GB-s) and the
     * quiet hours' 20M on demand (2,000,000 GB-s, up to the rounding of a twelfth to 34 digits). The busy hours fill
     * at 12 * 10,950,000 = 131,400,000 requests, a breakpoint of the bill.
     */
    @Test
    void bill_withinTheScheduledCapacity() {
        BillModel model = model(FUNCTION, BUSINESS_HOURS);
        Bill bill = model.bill(120_000_000);

        assertThat(bill.item("Duration on Provisioned Concurrency (x86_64)").quantity())
                .isCloseTo(new BigDecimal("10000000"), within(new BigDecimal("1e-20")));
        assertThat(bill.item("Duration (x86_64)").quantity()).isCloseTo(new BigDecimal("2000000"),
                within(new BigDecimal("1e-20")));
        List<Double> points = new ArrayList<>();
        model.breakpoints(0, 1e9, points::add);
        assertThat(points).anySatisfy(p -> assertThat(p).isCloseTo(131_400_000, within(1e-3)));
    }

    /**
     * A day's schedule on a week's profile repeats the day, weekends too: 100 environment-hours a day, 700 a week,
     * 700 * 1 GB * 3,600 s * 730 / 168 = 10,950,000 GB-s, the same fee as on a day's profile.
     */
    @Test
    void bill_daySchedulesRepeatOnAWeeksProfile() {
        Bill bill = model(FUNCTION, HourlyProfile.shape("businessWeek")).bill(1_000_000);

        assertThat(bill.item("Provisioned Concurrency (x86_64)").quantity()).isCloseTo(new BigDecimal("10950000"),
                within(new BigDecimal("1e-20")));
    }

    /** The double form agrees with the exact line items, and the bill never falls as requests rise. */
    @Test
    void comparableCost_agreesAndNeverFalls() {
        BillModel model = model(FUNCTION.withDownstream(Downstream.multiplier(2)).withEphemeralStorageMb(2048),
                BUSINESS_HOURS);
        double previous = -1;
        for (long n : new long[] {0, 1_000_000, 100_000_000, 131_400_000, 131_400_001, 2_000_000_000L, 20_000_000_000L}) {
            double exact = model.bill(n).exactTotal().amount().doubleValue();
            assertThat(model.comparableCost(n)).isCloseTo(exact, within(1e-9 * Math.max(1, exact)));
            assertThat(exact).isGreaterThanOrEqualTo(previous);
            previous = exact;
        }
    }

    @Test
    void schedule_invalid() {
        assertThatThrownBy(() -> ProvisionedSchedule.of(Collections.nCopies(23, 1), 100))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("provisionedConcurrency.schedule must have 24 hours (a day) or 168 (a week) but had: 23");
        assertThatThrownBy(() -> ProvisionedSchedule.of(Collections.nCopies(24, 0), 100))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("provisionedConcurrency.schedule must have environments in at least one hour but had 0 in all"
                        + " 24");
        assertThatThrownBy(() -> ProvisionedSchedule.of(hours(24, 3, 4, -1), 100))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("provisionedConcurrency.schedule[3] must be between 0 and 100000 environments but was: -1");
        assertThatThrownBy(() -> ProvisionedSchedule.of(BUSY_HOURS, 0)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("provisionedConcurrency.durationMs must be greater than 0 and at most 900000 ms but was: 0");
        assertThatThrownBy(() -> FUNCTION.withProvisionedConcurrency(ProvisionedConcurrency.allMonth(1, 730, 100)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("provisionedConcurrency takes either a schedule (environments in each hour) or"
                        + " environments for some hours a month, not both; it had: ");
    }

    @Test
    void toString_schedule() {
        assertThat(ProvisionedSchedule.of(BUSY_HOURS, 100)).hasToString("up to 10 environments in 10 of 24 hours, at"
                + " 100.0 ms");
        assertThat(ProvisionedSchedule.NONE).hasToString("none");
        assertThat(FUNCTION).hasToString("Lambda 1024 MB x86_64, 100.0 ms, PC up to 10 environments in 10 of 24 hours,"
                + " at 100.0 ms");
        assertThat(ProvisionedSchedule.of(BUSY_HOURS, 100).hours()).isEqualTo(24);
        assertThat(ProvisionedSchedule.of(BUSY_HOURS, 100).environments(8)).isEqualTo(10);
    }
}
