package org.breakeven;

import org.breakeven.bill.Money;
import org.breakeven.bill.Bill;
import org.breakeven.bill.LineItem;
import org.breakeven.bill.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.breakeven.pricing.Rate;
import org.junit.jupiter.api.Test;

/**
 * Which side is cheaper at one number of requests: the Lambda lines that the cluster does not pay too
 * against the whole cluster bill, exactly, ties to Lambda.
 */
class ComparisonTest {

    private static final Rate AT_PAR = Rate.flat("test.usd", "USD per USD", BigDecimal.ONE, "test");

    private static LineItem line(String name, String amount, boolean paidByClusterToo) {
        BigDecimal value = new BigDecimal(amount);
        return new LineItem(name, value, value, "USD", AT_PAR, Money.usd(amount), paidByClusterToo);
    }

    private static Comparison compare(List<LineItem> lambda, List<LineItem> cluster) {
        BigDecimal n = BigDecimal.valueOf(1_000_000);
        return new Comparison(n, new Bill(Side.SERVERLESS, n, lambda), new Bill(Side.CLUSTER, n, cluster));
    }

    /** 107.10 against 107.10: a tie goes to Lambda. */
    @Test
    void cheaper_tieGoesToLambda() {
        Comparison tie = compare(List.of(line("Compute", "107.10", false)), List.of(line("Nodes", "107.10", false)));

        assertThat(tie.difference()).isEqualByComparingTo("0");
        assertThat(tie.cheaper()).isEqualTo(Side.SERVERLESS);
    }

    /**
     * Lambda 107.104 against the cluster's 107.10: both round to USD 107.10, but the exact difference of
     * 0.004 makes the cluster cheaper.
     */
    @Test
    void cheaper_byTheExactAmountsNotTheRoundedOnes() {
        Comparison comparison = compare(List.of(line("Compute", "107.104", false)), List.of(line("Nodes", "107.10", false)));

        assertThat(comparison.serverless().total()).isEqualTo(comparison.cluster().total());
        assertThat(comparison.difference()).isEqualByComparingTo("0.004");
        assertThat(comparison.cheaper()).isEqualTo(Side.CLUSTER);
    }

    /**
     * A line that the cluster pays too does not count: Lambda 3.53 + 100.00 of DynamoDB against a cluster
     * of 50.00 is a difference of 3.53 - 50.00 = -46.47, Lambda cheaper.
     */
    @Test
    void difference_leavesOutSharedLines() {
        Comparison comparison = compare(List.of(line("Compute", "3.53", false), line("DynamoDB reads", "100.00", true)),
                List.of(line("Nodes", "50.00", false)));

        assertThat(comparison.difference()).isEqualByComparingTo("-46.47");
        assertThat(comparison.cheaper()).isEqualTo(Side.SERVERLESS);
        assertThat(comparison.serverless().comparableTotal().amount()).isEqualByComparingTo("3.53");
        assertThat(comparison.serverless().exactTotal().amount()).isEqualByComparingTo("103.53");
    }

    @Test
    void bill_noLineItems() {
        assertThatThrownBy(() -> new Bill(Side.CLUSTER, BigDecimal.ONE, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a bill must have at least one line item");
    }

    @Test
    void item_unknownName() {
        Bill bill = compare(List.of(line("Compute", "3.53", false)), List.of(line("Nodes", "50.00", false))).cluster();

        assertThatThrownBy(() -> bill.item("Compute"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no line item named 'Compute' in the cluster bill; it has: [Nodes]");
    }

    /**
     * The gap is of the totals as reported, each line rounded to cents: Lambda's 3.534 shows as 3.53 (its
     * 100.00 of DynamoDB, paid by the cluster too, is left out) and the cluster's 50.005 as 50.01 (half up),
     * so the gap is 3.53 - 50.01 = -46.48, while the exact difference is 3.534 - 50.005 = -46.471.
     */
    @Test
    void gap_ofTheReportedTotals() {
        Comparison comparison = compare(List.of(line("Compute", "3.534", false), line("DynamoDB reads", "100.00", true)),
                List.of(line("Nodes", "50.005", false)));

        assertThat(comparison.comparedServerless().amount()).isEqualByComparingTo("3.53");
        assertThat(comparison.comparedCluster().amount()).isEqualByComparingTo("50.01");
        assertThat(comparison.gap().amount()).isEqualByComparingTo("-46.48");
        assertThat(comparison.gap().currency()).isEqualTo("USD");
        assertThat(comparison.difference()).isEqualByComparingTo("-46.471");
    }
}
