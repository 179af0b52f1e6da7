package org.breakeven;

import java.util.Objects;
import org.breakeven.bill.Commitment;
import org.breakeven.bill.Discounts;
import org.breakeven.cluster.Spot;
import org.breakeven.serverless.ServerlessModel;

/**
 * What a team actually pays instead of list prices: a commitment on each side, a share of the cluster's nodes on
 * Spot, and negotiated discounts applied last. Each bill's line items then carry a list amount and an effective
 * amount, and the comparison and the solver use the effective one.
 * <pre>{@code
 * jshell> PricingTerms.NONE.withClusterCommitment(Commitment.minimumNodes(Commitment.Kind.COMPUTE_SAVINGS_PLAN, 1,
 *    ...>         Commitment.Payment.NO_UPFRONT, new BigDecimal("30")))
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param lambdaCommitment a Compute Savings Plan on Lambda's duration and Provisioned Concurrency, or null
 * @param clusterCommitment a Savings Plan or Reserved Instances on the cluster's on-demand nodes, or null
 * @param spot the share of the cluster's nodes on Spot, or null
 * @param discounts the negotiated discounts, {@link Discounts#NONE} for none
 */
public record PricingTerms(Commitment lambdaCommitment, Commitment clusterCommitment, Spot spot, Discounts discounts) {

    /** List prices: no commitment, no Spot, no discount. */
    public static final PricingTerms NONE = new PricingTerms(null, null, null, Discounts.NONE);

    /**
     * Creates pricing terms.
     *
     * @param lambdaCommitment a Compute Savings Plan in dollars per hour, or null
     * @param clusterCommitment a commitment on the nodes, or null
     * @param spot the Spot share, or null
     * @param discounts the discounts
     * @throws IllegalArgumentException if the Lambda commitment is not a Compute Savings Plan in dollars per hour
     */
    public PricingTerms {
        Objects.requireNonNull(discounts, "discounts");
        if (lambdaCommitment != null) {
            ServerlessModel.checkCommitment(lambdaCommitment);
        }
    }

    /**
     * Returns a copy with a commitment on Lambda.
     *
     * @param commitment a Compute Savings Plan in dollars per hour, or null
     * @return the copy
     */
    public PricingTerms withLambdaCommitment(Commitment commitment) {
        return new PricingTerms(commitment, clusterCommitment, spot, discounts);
    }

    /**
     * Returns a copy with a commitment on the cluster's nodes.
     *
     * @param commitment the commitment, or null
     * @return the copy
     */
    public PricingTerms withClusterCommitment(Commitment commitment) {
        return new PricingTerms(lambdaCommitment, commitment, spot, discounts);
    }

    /**
     * Returns a copy with a share of nodes on Spot.
     *
     * @param value the Spot share, or null
     * @return the copy
     */
    public PricingTerms withSpot(Spot value) {
        return new PricingTerms(lambdaCommitment, clusterCommitment, value, discounts);
    }

    /**
     * Returns a copy with negotiated discounts.
     *
     * @param value the discounts
     * @return the copy
     */
    public PricingTerms withDiscounts(Discounts value) {
        return new PricingTerms(lambdaCommitment, clusterCommitment, spot, value);
    }

    /**
     * Checks whether these are list prices.
     *
     * @return true if there is no commitment, no Spot and no discount
     */
    public boolean isList() {
        return equals(NONE);
    }

    /**
     * Outputs the terms as {@code list prices} or, for example, {@code cluster: 1-year Compute Savings Plan ...}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (isList()) {
            return "list prices";
        }
        StringBuilder text = new StringBuilder();
        if (lambdaCommitment != null) {
            text.append("lambda: ").append(lambdaCommitment).append("; ");
        }
        if (clusterCommitment != null) {
            text.append("cluster: ").append(clusterCommitment).append("; ");
        }
        if (spot != null) {
            text.append(spot).append("; ");
        }
        if (!discounts.percentByService().isEmpty()) {
            text.append(discounts).append("; ");
        }
        return text.substring(0, text.length() - 2);
    }
}
