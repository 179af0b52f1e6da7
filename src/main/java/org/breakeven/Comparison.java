package org.breakeven;

import org.breakeven.bill.Bill;
import org.breakeven.bill.LineItem;
import org.breakeven.bill.Format;
import org.breakeven.bill.Side;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Both monthly bills at one number of requests.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param requestsPerMonth the month's requests
 * @param serverless the Lambda bill
 * @param cluster the cluster bill
 */
public record Comparison(BigDecimal requestsPerMonth, Bill serverless, Bill cluster) {

    /**
     * Creates a comparison.
     *
     * @param requestsPerMonth the requests
     * @param serverless the Lambda bill
     * @param cluster the cluster bill
     */
    public Comparison {
        Objects.requireNonNull(requestsPerMonth, "requestsPerMonth");
        Objects.requireNonNull(serverless, "serverless");
        Objects.requireNonNull(cluster, "cluster");
    }

    /**
     * Gets the cheaper side by the totals that differ (the Lambda lines that the cluster does not pay
     * too, against the whole cluster bill), unrounded. Ties go to Lambda.
     *
     * @return the cheaper side
     */
    public Side cheaper() {
        return difference().signum() <= 0 ? Side.SERVERLESS : Side.CLUSTER;
    }

    /**
     * Gets the exact comparable Lambda cost minus the exact cluster cost: negative when Lambda is cheaper.
     *
     * @return the difference, unrounded
     */
    public BigDecimal difference() {
        BigDecimal lambda = BigDecimal.ZERO;
        for (LineItem item : serverless.items()) {
            if (!item.paidByClusterToo()) {
                lambda = lambda.add(item.amount().amount());
            }
        }
        return lambda.subtract(cluster.exactTotal().amount());
    }

    /**
     * Outputs {@code Lambda USD 3.53/month vs cluster USD 107.10/month at 1,000,000 requests/month}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String lambda = serverless.comparableTotal().equals(serverless.total())
                ? serverless.total() + "/month"
                : serverless.comparableTotal() + "/month (" + serverless.total() + " with shared services)";
        return "Lambda " + lambda + " vs cluster " + cluster.total() + "/month at "
                + Format.whole(requestsPerMonth.doubleValue()) + " requests/month";
    }
}
