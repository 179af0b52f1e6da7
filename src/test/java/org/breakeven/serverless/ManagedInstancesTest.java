package org.breakeven.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.breakeven.TestTables;
import org.breakeven.bill.Bill;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Conventions;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.pricing.PricingTable;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/** The Lambda Managed Instances bill. */
class ManagedInstancesTest {

    private static final PricingTable TABLE = TestTables.usEast1Options();
    private static final ManagedInstances M7G = ManagedInstances.of("m7g.xlarge", 1,
            ManagedInstances.Concurrency.perVcpu(64));

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * AWS's example on the Lambda pricing page ("Pricing Example: High-throughput API service", US East, read through
     * the copies ../shared/reference/aws-rates-2026.md section 1 names): 100 million requests a month on m7g.xlarge,
     * "~2,000 hours/month" of instances, a 3-year Compute Savings Plan.
     * <pre>
     * requests        100,000,000 / 1,000,000 * 0.20     =  20.00
     * EC2 instances   2,000 h * 0.0457 (the page's SP price) =  91.40
     * management fee  2,000 h * 0.1632 * 0.15 = 2,000 * 0.02448 = 48.96
     * total                                             = 160.36
     * </pre>
     * The request and fee lines are the model's own rates; the EC2 line's Savings Plan price is the page's (commitments
     * are another branch's work), and the instance-hours are the page's figure, not this model's sizing (three
     * instances all month would be 2,190).
     */
    @Test
    void billModel_awsPricingPageExample_toTheCent() {
        BillModel model = M7G.billModel(TABLE, Workload.of(100_000_000), Conventions.DEFAULT, 200);
        Charge requests = model.charges().get(0);
        Charge fee = model.charges().get(2);

        BigDecimal requestLine = requests.item(BigDecimal.valueOf(100_000_000), "USD").amount().amount();
        BigDecimal feeLine = fee.rate().cost(BigDecimal.valueOf(2000));
        BigDecimal ec2Line = new BigDecimal("0.0457").multiply(BigDecimal.valueOf(2000));

        assertThat(fee.rate().firstPrice()).isEqualByComparingTo("0.02448");
        assertThat(cents(requestLine)).isEqualByComparingTo("20.00");
        assertThat(cents(feeLine)).isEqualByComparingTo("48.96");
        assertThat(cents(ec2Line)).isEqualByComparingTo("91.40");
        assertThat(cents(requestLine).add(cents(ec2Line)).add(cents(feeLine))).isEqualByComparingTo("160.36");
    }

    /**
     * The model's own bill at the example's traffic, flat, on demand: 100M requests at 200 ms is 100,000,000 / (730 *
     * 3,600) = 38.05 requests/s, 7.6 in flight; one m7g.xlarge holds 64 * 4 = 256, so the default minimum of three
     * instances runs all month, 3 * 730 = 2,190 instance-hours:
     * <pre>
     * requests        100 * 0.20           =  20.00
     * EC2 instances   2,190 * 0.1632       = 357.408  -> 357.41
     * management fee  2,190 * 0.02448      =  53.6112 ->  53.61
     * total                                           = 431.02
     * </pre>
     */
    @Test
    void billModel_atTheExamplesTraffic_runsTheDefaultThreeInstances() {
        Bill bill = M7G.billModel(TABLE, Workload.of(100_000_000), Conventions.DEFAULT, 200).bill(100_000_000);

        assertThat(bill.items()).extracting(i -> i.rounded().amount().toPlainString())
                .containsExactly("20.00", "357.41", "53.61");
        assertThat(bill.total().amount()).isEqualByComparingTo("431.02");
    }

    /**
     * Above the minimum the instances follow the traffic: at 10 billion requests, 3,805.2 requests/s, an instance
     * serving 256 * 1,000 / 200 = 1,280 requests/s at full concurrency; ceil(3,805.2 / 1,280) = 3 instances still;
     * at 30 billion (11,415.5 requests/s) ceil(8.92) = 9 instances, 9 * 730 = 6,570 instance-hours.
     */
    @Test
    void billModel_instancesFollowTheTraffic() {
        Bill bill = M7G.billModel(TABLE, Workload.of(100_000_000), Conventions.DEFAULT, 200).bill(30_000_000_000L);

        assertThat(bill.items().get(1).quantity()).isEqualByComparingTo("6570");
    }

    /** Behind an ALB the bill adds its hours and capacity units: 730 * 0.0225 = 16.425 -> 16.43 with no traffic. */
    @Test
    void billModel_behindAnAlb_addsItsLines() {
        Bill bill = M7G.withFrontDoor(FrontDoor.alb(LoadBalancers.alb(1))).billModel(TABLE, Workload.of(1), Conventions.DEFAULT,
                200).bill(0);

        assertThat(bill.items()).extracting(i -> i.name()).containsExactly("Requests (Managed Instances)",
                "EC2 instances (m7g.xlarge, autoscaled by the hour)", "Managed Instances management fee (m7g.xlarge)",
                "Load balancer hours (ALB)", "Load balancer capacity units (ALB, Lambda targets)");
        assertThat(bill.items().get(3).rounded().amount()).isEqualByComparingTo("16.43");
    }

    @Test
    void concurrency_bothOrNeither_isRejected() {
        assertThatThrownBy(() -> new ManagedInstances.Concurrency(10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("managedInstances needs exactly one of concurrencyPerEnvironment and concurrencyPerVcpu but had both");
        assertThatThrownBy(() -> ManagedInstances.Concurrency.perEnvironment(1601))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("managedInstances.concurrencyPerEnvironment must be between 0 and 1600");
    }

    @Test
    void toString_readsWell() {
        assertThat(M7G.withFrontDoor(FrontDoor.FUNCTION_URL)).hasToString("Lambda Managed Instances on m7g.xlarge, 1 "
                + "environment per instance, 64 concurrent requests per vCPU, 3 to 10,000 instances, behind a function URL");
    }
}
