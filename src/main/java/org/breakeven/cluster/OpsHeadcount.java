package org.breakeven.cluster;

import org.breakeven.bill.Checks;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The people who run the cluster: full-time equivalents times their loaded yearly cost, shown as a
 * monthly line of its own because it often decides the answer.
 * <p>
 * There is no neutral published figure for how many engineers a cluster needs; it is an input.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fte full-time equivalents, 0 to 1,000
 * @param loadedYearlyCost the loaded cost of one FTE per year, in the pricing table's currency, 0 to 10^7 with at
 *     most 10 decimal places ({@code ops.loadedYearlyCostUsd} in a scenario file)
 */
public record OpsHeadcount(double fte, BigDecimal loadedYearlyCost) {

    /**
     * The highest loaded yearly cost of one FTE: 10,000,000 a year, some twenty times the dearest engineer.
     */
    public static final long MAX_LOADED_YEARLY_COST = 10_000_000;

    /** Nobody counted. */
    public static final OpsHeadcount NONE = new OpsHeadcount(0, BigDecimal.ZERO);

    /**
     * The loaded yearly cost of one operations FTE that a what-if assumes when a scenario gives none: USD
     * 150,000, the low end of "$150,000 to $350,000/year" for 1 to 2 engineers in Laquis, "Kubernetes vs
     * Serverless: When to Use What in 2026" (see {@code ../shared/reference/articles.md}).
     */
    public static final BigDecimal ARTICLE_LOADED_YEARLY_COST = BigDecimal.valueOf(150_000);

    /**
     * Returns a copy with one more FTE, at this headcount's yearly cost or, when it has none, at
     * {@link #ARTICLE_LOADED_YEARLY_COST}.
     *
     * @return the copy
     */
    public OpsHeadcount plusOneFte() {
        return new OpsHeadcount(fte + 1, fte > 0 ? loadedYearlyCost : ARTICLE_LOADED_YEARLY_COST);
    }

    /**
     * Creates a headcount, checking the values.
     *
     * @param fte 0 to 1,000
     * @param loadedYearlyCost 0 to 10^7 per year, with at most 10 decimal places
     */
    public OpsHeadcount {
        Checks.between("ops.fte", fte, 0, 1000, "FTE");
        Objects.requireNonNull(loadedYearlyCost, "loadedYearlyCost");
        Checks.decimal("ops.loadedYearlyCostUsd", loadedYearlyCost, 0, MAX_LOADED_YEARLY_COST, 10, "per FTE-year");
    }

    /**
     * Obtains a headcount.
     *
     * @param fte full-time equivalents
     * @param loadedYearlyCost cost of one FTE per year, such as 150000
     * @return the headcount
     */
    public static OpsHeadcount of(double fte, long loadedYearlyCost) {
        return new OpsHeadcount(fte, BigDecimal.valueOf(loadedYearlyCost));
    }

    @Override
    public String toString() {
        return fte + " FTE at " + loadedYearlyCost.toPlainString() + "/year";
    }
}
