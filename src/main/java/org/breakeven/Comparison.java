package org.breakeven;

import java.math.BigDecimal;
import java.util.Objects;
import org.breakeven.bill.Bill;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Format;
import org.breakeven.bill.LineItem;
import org.breakeven.bill.Money;
import org.breakeven.bill.Side;

/**
 * Both monthly bills at one number of requests, and the one rule by which they are compared: the Lambda
 * lines that the cluster does not pay too (downstream services both would use are left out) against the
 * whole cluster bill. The solver, every report and every check use this class for that rule.
 * <pre>{@code
 * jshell> Breakeven.defaultScenario().at(1_000_000)
 * $1 ==> Lambda USD 3.53/month vs cluster USD 180.62/month at 1,000,000 requests/month
 * }</pre>
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
     * Prices both bills exactly at a whole number of requests.
     *
     * @param serverless the Lambda bill model
     * @param cluster the cluster bill model
     * @param requestsPerMonth the requests, at least 0
     * @return the comparison
     */
    static Comparison of(BillModel serverless, BillModel cluster, long requestsPerMonth) {
        BigDecimal n = BigDecimal.valueOf(requestsPerMonth);
        return new Comparison(n, serverless.bill(n), cluster.bill(n));
    }

    /**
     * Computes the compared Lambda cost minus the cluster's in {@code double}, for the solver: the same
     * rule as {@link #difference()}, from the same charges.
     *
     * @param serverless the Lambda bill model
     * @param cluster the cluster bill model
     * @param requestsPerMonth the requests
     * @return the difference, negative when Lambda is cheaper
     */
    static double fastDifference(BillModel serverless, BillModel cluster, double requestsPerMonth) {
        return serverless.comparableCost(requestsPerMonth) - cluster.comparableCost(requestsPerMonth);
    }

    /**
     * Gets the side that a difference in {@link #difference()}'s sense makes cheaper: Lambda when it is
     * negative or zero (ties go to Lambda), the cluster when it is positive.
     *
     * @param difference the compared Lambda cost minus the cluster's
     * @return the cheaper side
     */
    static Side cheaperFor(double difference) {
        return difference <= 0 ? Side.SERVERLESS : Side.CLUSTER;
    }

    /**
     * Gets the cheaper side by the compared totals, unrounded. Ties go to Lambda.
     *
     * @return the cheaper side
     */
    public Side cheaper() {
        return difference().signum() <= 0 ? Side.SERVERLESS : Side.CLUSTER;
    }

    /**
     * Gets the exact compared Lambda cost minus the exact cluster cost: negative when Lambda is cheaper.
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
        BigDecimal clusterCompared = BigDecimal.ZERO;
        for (LineItem item : cluster.items()) {
            if (!item.paidByClusterToo()) {
                clusterCompared = clusterCompared.add(item.amount().amount());
            }
        }
        return lambda.subtract(clusterCompared);
    }

    /**
     * Gets the compared Lambda total as reported: the sum of its lines, each rounded to cents, that the
     * cluster does not pay too.
     *
     * @return the compared Lambda total
     */
    public Money comparedServerless() {
        return serverless.comparableTotal();
    }

    /**
     * Gets the compared cluster total as reported: the cluster bill's lines, each rounded to cents, but those that
     * both sides pay and the comparison leaves out (data transfer out, unless compared).
     *
     * @return the compared cluster total
     */
    public Money comparedCluster() {
        return cluster.comparableTotal();
    }

    /**
     * Gets the reported gap, {@link #comparedServerless()} minus {@link #comparedCluster()}: negative when
     * Lambda is cheaper.
     *
     * @return the gap
     */
    public Money gap() {
        return comparedServerless().minus(comparedCluster());
    }

    /**
     * Checks whether the Lambda bill holds lines the cluster pays too, which the comparison leaves out.
     *
     * @return true if some Lambda line is paid by the cluster too
     */
    public boolean leavesOutSharedLines() {
        return !serverless.comparableTotal().equals(serverless.total());
    }

    /**
     * Outputs {@code Lambda USD 3.53/month vs cluster USD 107.10/month at 1,000,000 requests/month}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String lambda = leavesOutSharedLines()
                ? comparedServerless() + "/month (" + serverless.total() + " with shared services)"
                : serverless.total() + "/month";
        return "Lambda " + lambda + " vs cluster " + comparedCluster() + "/month at "
                + Format.whole(requestsPerMonth.doubleValue()) + " requests/month";
    }
}
