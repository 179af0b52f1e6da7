package org.breakeven;

import java.math.BigDecimal;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Format;
import org.breakeven.bill.Money;
import org.breakeven.bill.Side;
import org.breakeven.workload.RequestRange;

/**
 * Why the answer is what it is: each side's marginal cost per million requests over the upper half of the
 * range, the cluster's base at the bottom of the range, and, when the bills do not cross in the range, where
 * they would cross above it if the marginal costs held. Computed only when a result's explanation or a
 * missing break-even's estimate is asked for.
 *
 * @param lambdaPerMillion Lambda's compared cost per million requests over the upper half of the range
 * @param clusterPerMillion the cluster's cost per million requests over the same half
 * @param clusterBase the cluster's bill at the bottom of the range
 * @param beyond where the bills would cross above the range, or NaN if they would not
 * @param currency the currency of the bills
 * @param peakToAverageRatio the workload's peak-to-average ratio (times its profile's busiest hour over the
 *     average), which sets the cluster's marginal cost; shown to three significant digits
 */
record Marginals(double lambdaPerMillion, double clusterPerMillion, double clusterBase, double beyond,
        String currency, double peakToAverageRatio) {

    private static final double MILLION = 1e6;

    /**
     * Measures both bills over a range. The slope is the average over the upper half of the range; with a
     * price tier or a node step above the range the estimate beyond it is approximate (reports say "near").
     */
    static Marginals of(BillModel serverless, BillModel cluster, RequestRange range, Side cheaperAtTop,
            double peakToAverageRatio) {
        double lo = range.fromRequestsPerMonth();
        double hi = range.toRequestsPerMonth();
        double mid = lo + (hi - lo) / 2;
        double lambda = (serverless.comparableCost(hi) - serverless.comparableCost(mid)) / (hi - mid) * MILLION;
        double nodes = (cluster.comparableCost(hi) - cluster.comparableCost(mid)) / (hi - mid) * MILLION;
        double gapAtHi = Comparison.fastDifference(serverless, cluster, hi);
        double beyond = Double.NaN;
        if (cheaperAtTop == Side.SERVERLESS && lambda > nodes) {
            beyond = hi - gapAtHi / ((lambda - nodes) / MILLION);
        } else if (cheaperAtTop == Side.CLUSTER && lambda < nodes) {
            beyond = hi + gapAtHi / ((nodes - lambda) / MILLION);
        }
        return new Marginals(lambda, nodes, cluster.comparableCost(lo), beyond, cluster.currency(), peakToAverageRatio);
    }

    String lambdaText() {
        return money(lambdaPerMillion) + " per million requests";
    }

    String clusterText() {
        return money(clusterPerMillion) + " per million";
    }

    String ratioText() {
        return "at a peak-to-average ratio of " + BigDecimal.valueOf(peakToAverageRatio)
                .round(new java.math.MathContext(3, java.math.RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    String baseText() {
        return money(clusterBase) + "/month";
    }

    String beyondText() {
        return Format.brief(beyond) + " requests/month";
    }

    private String money(double amount) {
        return Money.of(currency, BigDecimal.valueOf(amount)).toString();
    }
}
