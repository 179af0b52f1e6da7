package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Commitment;
import org.breakeven.bill.Discounts;
import org.breakeven.bill.LineItem;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.Spot;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * Commitments, Spot and negotiated discounts, each worked by hand from the 2024-11-01 us-east-1 table:
 * m6i.xlarge on demand USD 0.192 per instance-hour, Lambda x86_64 duration USD 0.0000166667 per GB-second,
 * requests USD 0.0000002 each, 730 hours a month. The discounts and Spot savings are explicit inputs of the
 * tests, not rates of AWS's.
 */
class PricingTermsTest {

    private static final PricingTable TABLE = PricingTables.version("aws", "us-east-1", "2024-11-01");
    private static final Commitment.Kind COMPUTE = Commitment.Kind.COMPUTE_SAVINGS_PLAN;
    private static final Commitment.Payment NO_UPFRONT = Commitment.Payment.NO_UPFRONT;

    private static Scenario cluster(NodeSizing nodes, PricingTerms terms) {
        return new Scenario(Workload.of(1_000_000), LambdaFunction.of(1024, 100), Cluster.of("m6i.xlarge", nodes),
                TABLE, org.breakeven.bill.Conventions.DEFAULT, RequestRange.DEFAULT, terms);
    }

    private static LineItem line(Bill bill, String name) {
        return bill.item(name);
    }

    @Test
    void clusterCommitment_coversNodesAndBillsItsFee() {
        // 3 nodes covered at 0.192 * (1 - 0.30) = 0.1344/hour: fee 3 * 0.1344 * 730 = 294.336.
        // Nodes: 4 * 730 = 2,920 instance-hours, list 2,920 * 0.192 = 560.64; 3 * 730 = 2,190 covered, so the
        // line pays (2,920 - 2,190) * 0.192 = 140.16.
        Commitment plan = Commitment.nodes(COMPUTE, 1, NO_UPFRONT, new BigDecimal("3"), new BigDecimal("30"));
        Bill bill = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withClusterCommitment(plan)).at(1_000_000).cluster();
        LineItem nodes = line(bill, "Nodes (m6i.xlarge)");
        assertThat(nodes.amount().amount()).isEqualByComparingTo("140.16");
        assertThat(nodes.listAmount().amount()).isEqualByComparingTo("560.64");
        assertThat(nodes.adjustment()).contains("1-year Compute Savings Plan").contains("covers 3 nodes");
        LineItem fee = line(bill, "Compute Savings Plan commitment (1-year, noUpfront, nodes)");
        assertThat(fee.amount().amount()).isEqualByComparingTo("294.336");
        assertThat(fee.listAmount().amount()).isEqualByComparingTo("0");
    }

    @Test
    void clusterCommitment_unusedPartStaysOnTheBillAtZeroRequests() {
        // Sized from CPU with a minimum of 2 nodes: at 0 requests 2 nodes run, 1,460 instance-hours, all covered by
        // the 3 nodes' 2,190: the node line is 0, and the fee of 294.336 is paid in full.
        Commitment plan = Commitment.nodes(COMPUTE, 1, NO_UPFRONT, new BigDecimal("3"), new BigDecimal("30"));
        Bill bill = cluster(NodeSizing.byCpu(2, 8, 0.65), PricingTerms.NONE.withClusterCommitment(plan)).at(0).cluster();
        assertThat(line(bill, "Nodes (m6i.xlarge)").amount().amount()).isEqualByComparingTo("0");
        assertThat(line(bill, "Nodes (m6i.xlarge)").listAmount().amount()).isEqualByComparingTo("280.32");
        assertThat(line(bill, "Compute Savings Plan commitment (1-year, noUpfront, nodes)").amount().amount())
                .isEqualByComparingTo("294.336");
    }

    @Test
    void clusterCommitment_inDollarsPerHour_coversItsAmountOverTheCommittedRate() {
        // USD 0.2688/hour at 0.1344/hour per node covers 2 nodes: 4 nodes pay (2,920 - 1,460) * 0.192 = 280.32,
        // and the fee is 0.2688 * 730 = 196.224.
        Commitment plan = Commitment.dollarsPerHour(COMPUTE, 1, NO_UPFRONT, new BigDecimal("0.2688"),
                new BigDecimal("30"));
        Bill bill = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withClusterCommitment(plan)).at(0).cluster();
        assertThat(line(bill, "Nodes (m6i.xlarge)").amount().amount()).isEqualByComparingTo("280.32");
        assertThat(line(bill, "Compute Savings Plan commitment (1-year, noUpfront, nodes)").amount().amount())
                .isEqualByComparingTo("196.224");
    }

    @Test
    void spot_billsItsShareAtTheSpotPriceWithExtraCapacity() {
        // Half of 4 nodes' 2,920 instance-hours on Spot: 1,460 on demand at 0.192 = 280.32; 1,460 on Spot, list
        // 280.32, effective 280.32 * (1 + 0.10) * (1 - 0.60) = 123.3408.
        Spot spot = Spot.saving(0.5, new BigDecimal("60"), 0.10, "test input");
        Bill bill = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withSpot(spot)).at(0).cluster();
        assertThat(line(bill, "Nodes on demand (m6i.xlarge)").amount().amount()).isEqualByComparingTo("280.32");
        LineItem onSpot = line(bill, "Nodes on Spot (m6i.xlarge)");
        assertThat(onSpot.amount().amount()).isEqualByComparingTo("123.3408");
        assertThat(onSpot.listAmount().amount()).isEqualByComparingTo("280.32");
        assertThat(onSpot.adjustment()).contains("Spot at USD 0.0768/hour (test input), 10% extra capacity kept");
    }

    @Test
    void commitmentSizedToMinimum_coversTheOnDemandPartOfTheMinimum() {
        // Fixed 4 nodes, half on Spot: the on-demand minimum is 2 nodes, 1,460 instance-hours, all covered; the fee
        // is 2 * 0.1344 * 730 = 196.224.
        Commitment plan = Commitment.minimumNodes(COMPUTE, 1, NO_UPFRONT, new BigDecimal("30"));
        Spot spot = Spot.saving(0.5, new BigDecimal("60"), 0, "test input");
        Bill bill = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withClusterCommitment(plan).withSpot(spot)).at(0)
                .cluster();
        assertThat(line(bill, "Nodes on demand (m6i.xlarge)").amount().amount()).isEqualByComparingTo("0");
        assertThat(line(bill, "Compute Savings Plan commitment (1-year, noUpfront, nodes)").amount().amount())
                .isEqualByComparingTo("196.224");
    }

    @Test
    void lambdaCommitment_coversDurationNotRequests() {
        // 10M requests of 100 ms at 1 GB: 1,000,000 GB-s, list 1,000,000 * 0.0000166667 = 16.6667.
        // USD 0.01/hour at 12% off covers 0.01 * 730 / 0.88 = 8.29545454... of on-demand duration, so the line pays
        // 16.6667 - 8.2954545454... = 8.3712454545... (to the rounding of the covered GB-seconds); the fee is 7.30.
        // Requests: 10M * 0.0000002 = 2.00, not covered.
        Commitment plan = Commitment.dollarsPerHour(COMPUTE, 1, NO_UPFRONT, new BigDecimal("0.01"),
                new BigDecimal("12"));
        Bill bill = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withLambdaCommitment(plan)).at(10_000_000)
                .serverless();
        assertThat(line(bill, "Duration (x86_64)").amount().amount().doubleValue())
                .isCloseTo(8.3712454545, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(line(bill, "Duration (x86_64)").listAmount().amount()).isEqualByComparingTo("16.6667");
        assertThat(line(bill, "Requests").amount().amount()).isEqualByComparingTo("2.0000000");
        assertThat(line(bill, "Requests").adjusted()).isFalse();
        assertThat(line(bill, "Compute Savings Plan commitment (1-year, noUpfront, Lambda)").amount().amount())
                .isEqualByComparingTo("7.30");
    }

    @Test
    void lambdaCommitment_coversProvisionedConcurrencyFirst() {
        // One 1 GB environment all month: 730 * 3,600 = 2,628,000 GB-s at 0.0000041667 = 10.9500876 (list).
        // USD 0.02/hour at 12% off covers 0.02 * 730 / 0.88 = 16.5909090... of on-demand compute: the PC fee first,
        // all of it, then 16.5909090... - 10.9500876 = 5.6408214... of duration. At 30M requests of 100 ms, PC serves
        // 2,628,000 s / 0.1 s = 26.28M; the other 3.72M use 372,000 GB-s, list 372,000 * 0.0000166667 = 6.2000124,
        // effective 6.2000124 - 5.6408214... = 0.5591909...
        LambdaFunction function = LambdaFunction.of(1024, 100).withProvisionedConcurrency(
                org.breakeven.serverless.ProvisionedConcurrency.allMonth(1, 730, 100));
        Commitment plan = Commitment.dollarsPerHour(COMPUTE, 1, NO_UPFRONT, new BigDecimal("0.02"),
                new BigDecimal("12"));
        Bill bill = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withLambdaCommitment(plan))
                .withFunction(function).at(30_000_000).serverless();
        LineItem pc = line(bill, "Provisioned Concurrency (x86_64)");
        assertThat(pc.amount().amount()).isEqualByComparingTo("0");
        assertThat(pc.listAmount().amount()).isEqualByComparingTo("10.9500876");
        assertThat(line(bill, "Duration (x86_64)").amount().amount().doubleValue())
                .isCloseTo(6.2000124 - (0.02 * 730 / 0.88 - 10.9500876), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(line(bill, "Duration on Provisioned Concurrency (x86_64)").adjusted()).isFalse();
    }

    @Test
    void clusterCommitment_withoutDiscount_takesTheTablesRate() {
        // A test table (arithmetic, not AWS's rate) holds ec2.savingsPlan.compute.1yr.noUpfront.t3.medium = 0.02912,
        // 30% off 0.0416: 2 nodes covered cost 2 * 0.02912 * 730 = 42.5152 a month.
        PricingTable table = PricingTables.fromFile(java.nio.file.Path.of(
                "src/test/resources/org/breakeven/commitments/committed-rates.json"));
        Commitment plan = Commitment.nodes(COMPUTE, 1, NO_UPFRONT, new BigDecimal("2"), null);
        Scenario scenario = new Scenario(Workload.of(0), LambdaFunction.of(1024, 100),
                Cluster.of("t3.medium", NodeSizing.fixed(3)), table, org.breakeven.bill.Conventions.DEFAULT,
                RequestRange.DEFAULT, PricingTerms.NONE.withClusterCommitment(plan));
        LineItem fee = line(scenario.at(0).cluster(), "Compute Savings Plan commitment (1-year, noUpfront, nodes)");
        assertThat(fee.amount().amount()).isEqualByComparingTo("42.5152");
        assertThat(fee.rate().source()).startsWith("ec2.savingsPlan.compute.1yr.noUpfront.t3.medium: test-arithmetic");
    }

    @Test
    void clusterCommitment_appliesHourByHourOnAnAutoscaledCluster() {
        // Autoscaled by CPU (minimum 2) over the businessHours profile: 10 busy hours weighted 7, 14 quiet hours
        // weighted 1. At 3B requests the model's own hourly counts n(h) are read back, and the node line must pay
        // Σ max(0, n(h) - 5) * 730 / 24 instance-hours at 0.192, hour by hour: the quiet hours' unused commitment is
        // lost, which a month-as-a-whole coverage (Σ n(h) * 730 / 24 - 5 * 730) would not count.
        Commitment plan = Commitment.nodes(COMPUTE, 1, NO_UPFRONT, new BigDecimal("5"), new BigDecimal("30"));
        Scenario scenario = cluster(NodeSizing.autoscaledByCpu(2, 50, 8, 0.65), PricingTerms.NONE
                .withClusterCommitment(plan)).withWorkload(new Workload(3_000_000_000L, 1,
                        org.breakeven.workload.HourlyProfile.shape("businessHours")));
        long requests = 3_000_000_000L;
        java.util.List<Long> counts = scenario.nodesByHour(requests).counts();
        long above = 0;
        long total = 0;
        for (long n : counts) {
            above += Math.max(0, n - 5);
            total += n;
        }
        assertThat(counts).anySatisfy(n -> assertThat(n).isLessThan(5)).anySatisfy(n -> assertThat(n).isGreaterThan(5));
        BigDecimal hourly = BigDecimal.valueOf(above).multiply(BigDecimal.valueOf(730))
                .divide(BigDecimal.valueOf(24), java.math.MathContext.DECIMAL128).multiply(new BigDecimal("0.192"));
        LineItem nodes = line(scenario.at(requests).cluster(), "Nodes (m6i.xlarge, autoscaled by the hour)");
        assertThat(nodes.amount().amount().subtract(hourly).abs()).isLessThan(new BigDecimal("1e-20"));
        BigDecimal monthAsAWhole = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(730))
                .divide(BigDecimal.valueOf(24), java.math.MathContext.DECIMAL128).subtract(BigDecimal.valueOf(5 * 730))
                .multiply(new BigDecimal("0.192"));
        assertThat(nodes.amount()).isGreaterThan(org.breakeven.bill.Money.of("USD", monthAsAWhole));
        assertThat(scenario.solve().notes()).noneSatisfy(note -> assertThat(note).contains("as a whole"));
    }

    @Test
    void lambdaCommitment_appliesHourByHourWithoutProvisionedConcurrency() {
        // businessHours: 10 hours weighted 7 and 14 weighted 1, Σw = 84. 10M requests of 100 ms at 1 GB: 0.1 GB-s each.
        // USD 0.01/hour at 12% off covers 0.01 * 730 / 0.88 = 8.2954545... a month, 8.2954545 / 0.0000166667
        // = 497,726.26... GB-s, a 24th of it in each profile hour: 497,726.26 / (24 * 0.1) = 207,385.9 requests.
        // A busy hour has 10M * 7 / 84 = 833,333.3 requests, above that; a quiet hour 10M / 84 = 119,047.6, below.
        // Covered: 10 * 207,385.9 + 14 * 119,047.6 = 3,740,526 requests; the rest, 6,259,474 * 0.1 = 625,947 GB-s,
        // pay 0.0000166667 each: 10.43. The month as a whole would have left only 1,000,000 - 497,726 GB-s (8.37).
        double coveredGbs = 0.01 * 730 / 0.88 / 0.0000166667;
        double cap = coveredGbs / (24 * 0.1);
        double covered = 10 * Math.min(10e6 * 7 / 84, cap) + 14 * Math.min(10e6 / 84, cap);
        double expected = (10e6 - covered) * 0.1 * 0.0000166667;
        Commitment lambda = Commitment.dollarsPerHour(COMPUTE, 1, NO_UPFRONT, new BigDecimal("0.01"),
                new BigDecimal("12"));
        Scenario scenario = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withLambdaCommitment(lambda))
                .withWorkload(new Workload(1_000_000, 1, org.breakeven.workload.HourlyProfile.shape("businessHours")));
        LineItem duration = line(scenario.at(10_000_000).serverless(), "Duration (x86_64)");
        assertThat(duration.amount().amount().doubleValue()).isCloseTo(expected,
                org.assertj.core.api.Assertions.within(1e-9)).isCloseTo(10.43, org.assertj.core.api.Assertions.within(0.01));
        assertThat(scenario.solve().notes()).noneSatisfy(note -> assertThat(note).contains("as a whole"));
    }

    @Test
    void reservedInstances_fromThe2026Table() {
        // aws/us-east-1@2026-10-01: ec2.reserved.standard.1yr.noUpfront.t3.medium = 0.0261 per instance-hour
        // (infracost's golden, $19.05 / 730 h). 3 t3.medium all covered: fee 3 * 0.0261 * 730 = 57.159, node line 0,
        // its list 3 * 0.0416 * 730 = 91.104.
        PricingTable table2026 = PricingTables.version("aws", "us-east-1", "2026-10-01");
        Commitment ri = Commitment.minimumNodes(Commitment.Kind.STANDARD_RESERVED_INSTANCES, 1, NO_UPFRONT, null);
        Scenario scenario = new Scenario(Workload.of(0), LambdaFunction.of(1024, 100),
                Cluster.of("t3.medium", NodeSizing.fixed(3)), table2026, org.breakeven.bill.Conventions.DEFAULT,
                RequestRange.DEFAULT, PricingTerms.NONE.withClusterCommitment(ri));
        Bill bill = scenario.at(0).cluster();
        assertThat(line(bill, "Standard Reserved Instances commitment (1-year, noUpfront, nodes)").amount().amount())
                .isEqualByComparingTo("57.159");
        assertThat(line(bill, "Nodes (t3.medium)").amount().amount()).isEqualByComparingTo("0");
        assertThat(line(bill, "Nodes (t3.medium)").listAmount().amount()).isEqualByComparingTo("91.104");
    }

    @Test
    void solve_notesWhereLambdasMonthAsAWholeDiffersFromAWSsHours() {
        // With Provisioned Concurrency the plan covers the month as a whole: exact only when every hour looks alike.
        Commitment lambda = Commitment.dollarsPerHour(COMPUTE, 1, NO_UPFRONT, new BigDecimal("0.01"),
                new BigDecimal("12"));
        LambdaFunction provisioned = LambdaFunction.of(1024, 100).withProvisionedConcurrency(
                org.breakeven.serverless.ProvisionedConcurrency.allMonth(1, 730, 100));
        Scenario scenario = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withLambdaCommitment(lambda))
                .withFunction(provisioned)
                .withWorkload(new Workload(1_000_000, 1, org.breakeven.workload.HourlyProfile.shape("businessHours")));
        assertThat(scenario.solve().notes()).anySatisfy(note -> assertThat(note).startsWith(
                "Lambda's 1-year Compute Savings Plan, no upfront, 12% off on-demand is counted against the month's"));
        Scenario flat = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withLambdaCommitment(lambda))
                .withFunction(provisioned);
        assertThat(flat.solve().notes()).noneSatisfy(note -> assertThat(note).contains("as a whole"));
    }

    @Test
    void discounts_applyLastToTheirService() {
        // ec2 10%: the commitment's 140.16 node line becomes 126.144; the Savings Plan fee is its own service and
        // keeps 294.336; Lambda's requests are another service and keep 0.20 at 1M requests.
        Commitment plan = Commitment.nodes(COMPUTE, 1, NO_UPFRONT, new BigDecimal("3"), new BigDecimal("30"));
        PricingTerms terms = PricingTerms.NONE.withClusterCommitment(plan)
                .withDiscounts(new Discounts(Map.of("ec2", new BigDecimal("10"))));
        var both = cluster(NodeSizing.fixed(4), terms).at(1_000_000);
        LineItem nodes = line(both.cluster(), "Nodes (m6i.xlarge)");
        assertThat(nodes.amount().amount()).isEqualByComparingTo("126.144");
        assertThat(nodes.adjustment()).endsWith("negotiated discount 10% on ec2");
        assertThat(line(both.cluster(), "Compute Savings Plan commitment (1-year, noUpfront, nodes)").amount()
                .amount()).isEqualByComparingTo("294.336");
        assertThat(line(both.serverless(), "Requests").adjusted()).isFalse();
    }

    @Test
    void commitment_badValues() {
        assertThatThrownBy(() -> Commitment.nodes(COMPUTE, 2, NO_UPFRONT, BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("termYears must be 1 or 3 years (the terms AWS sells) but was: 2");
        assertThatThrownBy(() -> Commitment.dollarsPerHour(COMPUTE, 1, NO_UPFRONT, new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dollarsPerHour must be between 0 and 1000000 USD per hour");
        assertThatThrownBy(() -> new Discounts(Map.of("ec2", new BigDecimal("120"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ec2 must be between 0 and 100 %");
        assertThatThrownBy(() -> PricingTerms.NONE.withLambdaCommitment(Commitment.nodes(COMPUTE, 1, NO_UPFRONT,
                BigDecimal.ONE, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a Lambda commitment must be given in dollarsPerHour");
    }

    /** A scenario file whose line 4 holds the value under test. */
    private static Scenario file(String section) {
        String json = "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200},\n"
                + " \"cluster\": {\"instanceType\": \"m6i.xlarge\", \"nodes\": {\"fixed\": 3}},\n"
                + section + "\n}";
        return ScenarioFile.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "s.json", null);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "' \"discounts\": {\"ec2\": 120}'|s.json:3: at discounts.ec2: ec2 must be between 0 and 100 %, with at most 10"
                + " decimal places, but was: 120",
        "' \"commitments\": {\"cluster\": {\"type\": \"computeSavingsPlan\", \"termYears\": 1, \"dollarsPerHour\":"
                + " -1}}'|s.json:3: at commitments.cluster.dollarsPerHour: dollarsPerHour must be between 0 and 1000000"
                + " USD per hour, with at most 10 decimal places, but was: -1",
        "' \"commitments\": {\"cluster\": {\"type\": \"computeSavingsPlan\", \"termYears\": 2, \"nodes\": 3}}'"
                + "|s.json:3: at commitments.cluster.termYears: termYears must be 1 or 3 years (the terms AWS sells) but"
                + " was: 2",
        "' \"commitments\": {\"lambda\": {\"type\": \"standardReservedInstances\", \"termYears\": 1,"
                + " \"dollarsPerHour\": 1}}'|s.json:3: at commitments.lambda.type: type must be computeSavingsPlan for"
                + " Lambda (the only commitment that covers it) but was: standardReservedInstances",
        "' \"commitments\": {\"cluster\": {\"type\": \"computeSavingsPlan\", \"termYears\": 1, \"nodes\": 3}}'"
                + "|s.json:3: at commitments.cluster: pricing table aws/us-east-1@2026-10-01 has no committed rate"
                + " ec2.savingsPlan.compute.1yr.noUpfront.m6i.xlarge for a 1-year Compute Savings Plan, no upfront on"
                + " m6i.xlarge; give the commitment's discountPercent (its discount off the on-demand rate, with its"
                + " source)",
        "' \"commitments\": {\"spot\": {\"shareOfNodes\": 0.5, \"priceSource\": \"x\"}}'|s.json:3: at"
                + " commitments.spot: spot needs exactly one of pricePerHour (USD per instance-hour) and savingPercent"
                + " (% off on-demand)"})
    void read_badTerms_failWithFileLineAndField(String section, String message) {
        assertThatThrownBy(() -> file(section)).isInstanceOf(ScenarioFormatException.class).hasMessage(message);
    }

    /**
     * A table that states AWS's maxima (the test table carries the 2026 table's keys: up to 66% for a Compute Savings
     * Plan on EC2, 17% on Lambda, 90% for Spot) refuses a discount above them, at the field's line.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "' \"commitments\": {\"cluster\": {\"type\": \"computeSavingsPlan\", \"termYears\": 1, \"nodes\": 3,"
                + " \"discountPercent\": 80}}'|s.json:4: at commitments.cluster.discountPercent: discountPercent must be"
                + " at most 66%, the most a Compute Savings Plan on EC2 saves (savingsPlan.compute.maxDiscount.ec2 in"
                + " pricing table aws/us-east-1@2024-11-01), but was: 80",
        "' \"commitments\": {\"lambda\": {\"type\": \"computeSavingsPlan\", \"termYears\": 3, \"dollarsPerHour\":"
                + " 1, \"discountPercent\": 20}}'|s.json:4: at commitments.lambda.discountPercent: discountPercent must"
                + " be at most 17%, the most a Compute Savings Plan on Lambda saves (savingsPlan.compute.maxDiscount"
                + ".lambda in pricing table aws/us-east-1@2024-11-01), but was: 20",
        "' \"commitments\": {\"cluster\": {\"type\": \"computeSavingsPlan\", \"termYears\": 1, \"nodes\": 1,"
                + " \"discountPercent\": 30}, \"spot\": {\"shareOfNodes\": 0.5, \"savingPercent\": 95,"
                + " \"priceSource\": \"x\"}}'|s.json:4: at commitments.spot.savingPercent: savingPercent must be at"
                + " most 90%, the most Spot saves (ec2.spot.maxDiscount in pricing table aws/us-east-1@2024-11-01), but"
                + " was: 95"})
    void read_discountAboveTheTablesMaximum_failsAtItsLine(String section, String message) {
        String json = "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200},\n"
                + " \"cluster\": {\"instanceType\": \"m6i.xlarge\", \"nodes\": {\"fixed\": 3}},\n"
                + " \"pricing\": {\"file\": \"src/test/resources/org/breakeven/commitments/committed-rates.json\"},\n"
                + section + "\n}";
        assertThatThrownBy(() -> ScenarioFile.read(new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "s.json", null))
                .isInstanceOf(ScenarioFormatException.class).hasMessage(message);
    }

    @Test
    void clusterCommitment_withoutDiscountOrTableRate_namesTheKey() {
        Commitment plan = Commitment.nodes(COMPUTE, 1, NO_UPFRONT, BigDecimal.ONE, null);
        Scenario scenario = cluster(NodeSizing.fixed(4), PricingTerms.NONE.withClusterCommitment(plan));
        assertThatThrownBy(() -> scenario.at(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no committed rate ec2.savingsPlan.compute.1yr.noUpfront.m6i.xlarge");
    }
}
