/**
 * AssertJ assertions on break-evens, results and bills, so that a build fails when a pricing change or a
 * scenario change breaks an assumption the team relies on. Start from {@link BreakevenAssertions}:
 * <pre>{@code
 * import static org.breakeven.assertj.BreakevenAssertions.*;
 *
 * assertThat(scenario).breakEven().isBetween(40_000_000, 65_000_000);
 * assertThat(scenario).isCheaperOn(Side.SERVERLESS).at(20_000_000);
 * assertThat(scenario).withPricing("aws/us-east-1@2024-11-01").breakEven()
 *         .movedLessThan(percent(10)).comparedTo(latest());
 * assertThat(scenario.solve()).hasNoCrossingBelow(1_000_000);
 * assertThat(scenario).clusterBillAt(1_000_000).hasTotalBelow("USD 200.00");
 * }</pre>
 * <p>
 * Every failure message gives the bound that was expected, the value that was found, the pricing version it
 * was found on and the line items behind it (both bills at the break-even, or each pricing change that moved
 * it). This package needs the optional dependency {@code org.assertj:assertj-core}; nothing else in the library
 * uses it.
 */
package org.breakeven.assertj;
