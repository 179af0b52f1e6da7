package org.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table carries the Lambda INIT rule it bills: stated in {@code lambdaInitBilling}, or, in tables written
 * before the field, the rule in force on the effective date (AWS bills INIT of on-demand ZIP functions on managed
 * runtimes from 2025-08-01; AWS Compute Blog, 2025-04-29).
 */
class LambdaInitBillingTest {

    @TempDir
    Path dir;

    @Test
    void inForceOn_changesOnTheFirstOfAugust2025() {
        assertThat(LambdaInitBilling.inForceOn(LocalDate.of(2025, 7, 31))).isEqualTo(LambdaInitBilling.MANAGED_ZIP_FREE);
        assertThat(LambdaInitBilling.inForceOn(LocalDate.of(2025, 8, 1))).isEqualTo(LambdaInitBilling.BILLED);
    }

    @Test
    void billsInit_zipOnAManagedRuntimeOnlyFromTheChange() {
        assertThat(LambdaInitBilling.MANAGED_ZIP_FREE.billsInit(true)).isFalse();
        assertThat(LambdaInitBilling.MANAGED_ZIP_FREE.billsInit(false)).isTrue();
        assertThat(LambdaInitBilling.BILLED.billsInit(true)).isTrue();
        assertThat(LambdaInitBilling.BILLED.billsInit(false)).isTrue();
    }

    @Test
    void shippedTables_carryTheRuleOfTheirDate() {
        assertThat(PricingTables.version("aws", "us-east-1", "2024-11-01").lambdaInitBilling())
                .isEqualTo(LambdaInitBilling.MANAGED_ZIP_FREE);
        assertThat(PricingTables.version("aws", "us-east-1", "2024-11-01").lambdaInitBillingSource()).isEmpty();
        PricingTable table = PricingTables.version("aws", "us-east-1", "2026-10-01");
        assertThat(table.lambdaInitBilling()).isEqualTo(LambdaInitBilling.BILLED);
        assertThat(table.lambdaInitBillingSource()).contains("aws-lambda-init-billing");
        assertThat(table.sources()).containsKey("aws-lambda-init-billing");
    }

    /**
     * The eu-west-1 table of 2026-10-02 keeps the prices of 2026-10-01 (the older version still loads, with its
     * checksum, as PricingTablesTest checks for every shipped table) and adds the INIT rule and data transfer out.
     */
    @Test
    void euWest1_newVersionAddsTheRuleAndDataTransferOut() {
        PricingTable older = PricingTables.version("aws", "eu-west-1", "2026-10-01");
        PricingTable newer = PricingTables.version("aws", "eu-west-1", "2026-10-02");
        PricingDiff diff = PricingDiff.between(older, newer);

        assertThat(newer.lambdaInitBilling()).isEqualTo(LambdaInitBilling.BILLED);
        assertThat(diff.changes()).extracting(PricingDiff.Change::label).containsExactly(
                "rate dataTransfer.internetOut", "allowance dataTransfer.internetOut.freeGb");
        assertThat(diff.initBilling()).isEmpty();
        assertThat(newer.sources()).doesNotContainKeys("awselb-offer-eu-west-1", "ec2-offer-eu-west-1-nat");
        assertThat(newer.sources().get("eks-pricing-page").address()).isPresent();
    }

    @Test
    void statedRule_overridesTheDateAndWritesBack() throws IOException {
        PricingTable table = PricingTables.fromStream(Files.newInputStream(write(TableReaderTest.VALID.replace(
                "\"title\": \"A small table for tests\",", "\"title\": \"A small table for tests\","
                        + " \"lambdaInitBilling\": { \"rule\": \"billed\", \"source\": \"s\" },"))), "t.json");

        assertThat(table.effectiveDate()).isBefore(LambdaInitBilling.STANDARDIZED);
        assertThat(table.lambdaInitBilling()).isEqualTo(LambdaInitBilling.BILLED);
        PricingTable again = PricingTables.fromFile(write(table.toJson()));
        assertThat(again).isEqualTo(table);
        assertThat(again.lambdaInitBilling()).isEqualTo(LambdaInitBilling.BILLED);
        assertThat(table).isNotEqualTo(PricingTables.fromFile(write(TableReaderTest.VALID)));
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "table", ".json");
        Files.writeString(file, text);
        return file;
    }
}
