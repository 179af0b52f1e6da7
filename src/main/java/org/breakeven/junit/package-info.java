/**
 * A JUnit 5 extension that injects scenarios from files and pricing tables by version, and a source of pricing
 * tables for parameterised tests, so that a test pinned to an old table and one on the latest live side by side:
 * <pre>{@code
 * @ExtendWith(BreakevenExtension.class)
 * class CheckoutCostTest {
 *
 *     @Test
 *     void pinned(@ScenarioPath("examples/default.json") @PricingVersion("aws/us-east-1@2024-11-01") Scenario scenario) {
 *         assertThat(scenario).breakEven().isBetween(40_000_000, 65_000_000);
 *     }
 *
 *     @ParameterizedTest
 *     @PricingTablesSource(region = "us-east-1")
 *     void everyShippedVersion(PricingTable table) {
 *         assertThat(Breakeven.defaultScenario().withPricing(table)).isCheaperOn(Side.SERVERLESS).at(20_000_000);
 *     }
 * }
 * }</pre>
 * <p>
 * This package needs the optional dependencies {@code org.junit.jupiter:junit-jupiter-api} and
 * {@code junit-jupiter-params}; nothing else in the library uses them.
 */
package org.breakeven.junit;
