package org.breakeven.serverless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.breakeven.TestTables;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.Side;
import org.breakeven.cluster.LoadBalancers;
import org.junit.jupiter.api.Test;

/** Lambda's front doors and what each bills. */
class FrontDoorTest {

    private static BillModel alone(FrontDoor door) {
        List<Charge> lines = door.charges(TestTables.usEast1(), Conventions.DEFAULT);
        return new BillModel(Side.SERVERLESS, "USD", lines);
    }

    /**
     * An ALB in front of a function, 100 requests a connection and 40 KB a request, at 100M requests a month: new
     * connections 100,000,000 / 100 / 3,600 / 25 per LCU-hour... summed over the month 1,000,000 / 25 / 3,600 * 3,600
     * = 40,000 / 3,600... per request 1 / (3,600 * 100 * 25) = 1.1e-7 LCU-hours; processed bytes 40 / (10^6 * 0.4) =
     * 1e-4 LCU-hours (Lambda targets: 0.4 GB an LCU-hour), the larger: 100,000,000 * 1e-4 = 10,000 LCU-hours * 0.008 =
     * 80.00, and 730 * 0.0225 = 16.425 -> 16.43 for the hours. EC2 targets (1 GB) would bill 4,000 LCU-hours, 32.00.
     */
    @Test
    void charges_albForLambdaTargets_countsPointFourGbPerLcuHour() {
        BillModel alb = alone(FrontDoor.alb(new LoadBalancers("ALB", 1, 100, 40)));

        assertThat(alb.bill(100_000_000).items()).extracting(i -> i.rounded().amount().toPlainString())
                .containsExactly("16.43", "80.00");
    }

    /** API Gateway HTTP at $1.00 per million for the first 300M: 100M requests cost 100.00; a function URL nothing. */
    @Test
    void charges_apiGatewayAndFunctionUrl() {
        assertThat(alone(FrontDoor.API_GATEWAY_HTTP).bill(100_000_000).total().amount()).isEqualByComparingTo("100.00");
        assertThat(alone(FrontDoor.API_GATEWAY_REST).bill(100_000_000).total().amount()).isEqualByComparingTo("350.00");
        assertThat(FrontDoor.FUNCTION_URL.charges(TestTables.usEast1(), Conventions.DEFAULT)).isEmpty();
        assertThat(FrontDoor.NONE.charges(TestTables.usEast1(), Conventions.DEFAULT)).isEmpty();
    }

    @Test
    void appendTo_addsTheLinesAfterTheFunctions() {
        BillModel lambda = ServerlessModel.billModel(LambdaFunction.of(256, 200), TestTables.usEast1(), Conventions.DEFAULT);
        BillModel behind = FrontDoor.API_GATEWAY_HTTP.appendTo(lambda, TestTables.usEast1(), Conventions.DEFAULT);

        assertThat(behind.comparableCost(1e8) - lambda.comparableCost(1e8)).isCloseTo(100.0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(behind.charges().get(behind.charges().size() - 1).name()).isEqualTo("API Gateway HTTP API");
    }

    @Test
    void new_albWithoutAnAlb_isRejected() {
        assertThatThrownBy(() -> FrontDoor.alb(LoadBalancers.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("frontDoor alb needs at least one ALB");
        assertThat(BigDecimal.ONE).isNotNull();
    }
}
