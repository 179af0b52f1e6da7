package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Quantity;
import org.breakeven.bill.Side;
import org.breakeven.pricing.Rate;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/**
 * The marginal costs behind an explanation, on bills of whole dollars: each charge is priced at 1 USD per
 * USD, so a line's quantity is its cost. The coefficients are test inputs, not rates.
 */
class MarginalsTest {

    private static final Rate AT_PAR = Rate.flat("test.usd", "USD per USD", BigDecimal.ONE, "test");

    /** A bill of {@code fixed + perRequest * N} dollars a month. */
    private static BillModel line(Side side, String fixed, String perRequest) {
        return new BillModel(side, "USD", List.of(Charge.of(side.label(), Quantity.split(new BigDecimal(fixed),
                new BigDecimal(perRequest), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), "USD", AT_PAR,
                BigDecimal.ZERO, false)));
    }

    /**
     * Lambda at 1 a request against a cluster at 100 plus 1, from 0 to 1,000: over the upper half, 500 to
     * 1,000, each adds (1,000 - 500) / 500 = 1 a request, 1,000,000 per million. Lambda stays 100 cheaper and
     * its marginal cost is not above the cluster's, so the bills never cross: no estimate beyond the range.
     */
    @Test
    void of_parallelLinesWithLambdaCheaperNeverCross() {
        Marginals marginals = Marginals.of(line(Side.SERVERLESS, "0", "1"), line(Side.CLUSTER, "100", "1"),
                new RequestRange(0, 1000), Side.SERVERLESS, 1);

        assertThat(marginals.lambdaPerMillion()).isEqualTo(1_000_000);
        assertThat(marginals.clusterPerMillion()).isEqualTo(1_000_000);
        assertThat(marginals.clusterBase()).isEqualTo(100);
        assertThat(marginals.beyond()).isNaN();
    }

    /**
     * Lambda at 1 a request against a cluster at 100 plus 0.5, from 0 to 100: at 100 Lambda's 100 is 50 below
     * the cluster's 150 and closes the gap by 1 - 0.5 = 0.5 a request, so the bills would meet at
     * 100 + 50 / 0.5 = 200.
     */
    @Test
    void of_lambdaCheaperButDearerAtTheMarginCrossesAbove() {
        Marginals marginals = Marginals.of(line(Side.SERVERLESS, "0", "1"), line(Side.CLUSTER, "100", "0.5"),
                new RequestRange(0, 100), Side.SERVERLESS, 1);

        assertThat(marginals.beyond()).isEqualTo(200);
        assertThat(marginals.beyondText()).isEqualTo("200 requests/month");
    }
}
