package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.breakeven.pricing.LambdaInitBilling;
import org.breakeven.pricing.PricingDiff;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.report.OutputFormat;
import org.breakeven.report.PricingReport;
import org.breakeven.serverless.Packaging;
import org.junit.jupiter.api.Test;

/**
 * The change of the Lambda INIT rule between the 2024-11-01 table (INIT of a ZIP function free) and the 2026-10-01
 * one (billed since 2025-08-01) is shown by the diff and priced on its own by the impact.
 */
class InitBillingImpactTest {

    private static final PricingTable NOVEMBER_2024 = TestTables.usEast1();
    private static final PricingTable OCTOBER_2026 = PricingTables.version("aws", "us-east-1", "2026-10-01");

    /** The default scenario with 5% cold starts of 800 ms INIT, on the 2024-11-01 table. */
    private static Scenario coldStarts() {
        Scenario scenario = Breakeven.defaultScenario().withPricing(NOVEMBER_2024);
        return scenario.withFunction(scenario.function().withColdStarts(0.05, 800));
    }

    @Test
    void diff_showsTheRuleOnlyWhereItChanges() {
        assertThat(PricingDiff.between(NOVEMBER_2024, OCTOBER_2026).initBilling()).hasValueSatisfying(change -> {
            assertThat(change.before()).isEqualTo(LambdaInitBilling.MANAGED_ZIP_FREE);
            assertThat(change.after()).isEqualTo(LambdaInitBilling.BILLED);
        });
        assertThat(PricingDiff.between(PricingTables.version("aws", "us-east-1", "2024-07-01"), NOVEMBER_2024)
                .initBilling()).isEmpty();
        assertThat(PricingReport.diff(PricingDiff.between(NOVEMBER_2024, OCTOBER_2026), OutputFormat.CSV))
                .contains("\nchanged,rule,lambdaInitBilling,,,,,managedZipFree,billed,,\n");
        assertThat(PricingReport.diff(PricingDiff.between(NOVEMBER_2024, OCTOBER_2026), OutputFormat.TEXT))
                .contains("  Rule changed: Lambda INIT billing managedZipFree -> billed");
    }

    /**
     * 256 MB (0.25 GB), 200 ms, 3x compute downstream. Before, INIT is free: per request 0.0000002 + 0.2 s x 0.25 GB x
     * 0.0000166667 x 4 = 0.00000353334 (the default's 52,411,544). After, 5% of requests bill 200 + 800 ms:
     * 0.95 x 0.2 + 0.05 x 1.0 = 0.24 s x 0.25 GB = 0.06 GB-s x 0.0000166667 x 4 + 0.0000002 = 0.000004200008. The
     * cluster costs 180.529 a month plus 0.008 / 90,000 per request (BreakevenSolverTest), so the break-even is
     * 180.529 / (0.000004200008 - 0.0000000888889) = 43.91M. Every other change moves nothing.
     */
    @Test
    void impact_pricesTheRuleOnItsOwn() {
        PricingImpact impact = PricingImpact.of(coldStarts(), OCTOBER_2026);
        double expected = 180.529 / (0.000004200008 - 0.008 / 90_000);

        assertThat(impact.before().breakEven().requestsPerMonth()).isEqualTo(52_411_544L);
        assertThat(impact.initBilling()).hasValueSatisfying(effect ->
                assertThat(effect.after().breakEven().exactRequestsPerMonth()).isCloseTo(expected, within(1.0)));
        assertThat(impact.total().after().breakEven().exactRequestsPerMonth()).isCloseTo(expected, within(1.0));
        assertThat(impact.effects()).noneMatch(PricingImpact.Effect::moves);
        assertThat(impact.toString()).contains("Lambda INIT billing managedZipFree -> billed (INIT of on-demand ZIP"
                + " functions on managed runtimes is billed): break-even 52.4M -> 43.9M requests/month");
    }

    /** A container image paid for INIT under both rules: the rule change does not move it. */
    @Test
    void impact_imageIsNotMovedByTheRule() {
        Scenario scenario = coldStarts();
        scenario = scenario.withFunction(scenario.function().withPackaging(Packaging.IMAGE));

        PricingImpact impact = PricingImpact.of(scenario, OCTOBER_2026);
        assertThat(impact.initBilling()).hasValueSatisfying(effect -> assertThat(effect.moves()).isFalse());
        assertThat(impact.toString()).contains("managed runtimes is billed): no effect on this scenario");
    }
}
