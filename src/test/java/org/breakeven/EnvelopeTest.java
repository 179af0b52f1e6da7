package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Charge;
import org.breakeven.bill.Quantity;
import org.breakeven.bill.Side;
import org.breakeven.pricing.Rate;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/**
 * The envelope on three straight bills whose crossings are worked by hand, in USD a month at N requests:
 * <ul>
 * <li>{@code pay}: 0.000003 N</li>
 * <li>{@code mid}: 100.000001 + 0.000001 N</li>
 * <li>{@code flat}: 250.0000005</li>
 * </ul>
 * pay = mid at 0.000002 N = 100.000001, N = 50,000,000.5: mid is cheaper from 50,000,001 (at 50,000,000 pay is
 * 150 against 150.000001). mid = flat at 0.000001 N = 250.0000005 - 100.000001 = 149.9999995, N = 149,999,999.5:
 * flat is cheaper from 150,000,000 (mid 250.000001 against 250.0000005; at 149,999,999 mid is 250.000000). pay = flat
 * at N = 250.0000005 / 0.000003 = 83,333,333.5: flat is cheaper than pay from 83,333,334 (250.000002 against
 * 250.0000005), which changes the runner-up behind mid there.
 */
class EnvelopeTest {

    private static final RequestRange RANGE = new RequestRange(0, 1e9);

    private static Option line(String name, String fixed, String perRequest) {
        Rate usd = Rate.flat("test." + name, "USD per USD", BigDecimal.ONE, "EnvelopeTest");
        List<Charge> charges = new ArrayList<>();
        charges.add(Charge.of("Fixed", Quantity.fixed(new BigDecimal(fixed)), "USD", usd, BigDecimal.ZERO, false));
        charges.add(Charge.of("Requests", Quantity.perRequest(new BigDecimal(perRequest)), "USD", usd, BigDecimal.ZERO,
                false));
        return Option.of(name, new BillModel(Side.CLUSTER, "USD", charges));
    }

    private static final Option PAY = line("pay", "0", "0.000003");
    private static final Option MID = line("mid", "100.000001", "0.000001");
    private static final Option FLAT = line("flat", "250.0000005", "0");

    @Test
    void of_threeStraightBills_givesTheHandWorkedBands() {
        Envelope envelope = Envelope.of(List.of(PAY, MID, FLAT), RANGE);

        assertThat(envelope.bands()).containsExactly(
                new Band(0, 50_000_000, PAY, MID),
                new Band(50_000_001, 83_333_333, MID, PAY),
                new Band(83_333_334, 149_999_999, MID, FLAT),
                new Band(150_000_000, 1_000_000_000, FLAT, MID));
        assertThat(envelope.switches()).extracting(Switch::requestsPerMonth).containsExactly(50_000_001L, 150_000_000L);
        assertThat(envelope.switches().get(0).exactRoot()).isCloseTo(50_000_000.5, offset(1e-3));
        assertThat(envelope.crossings("pay", "flat")).extracting(Switch::requestsPerMonth).containsExactly(83_333_334L);
        assertThat(envelope.crossings("flat", "pay")).extracting(Switch::requestsPerMonth).containsExactly(83_333_334L);
        assertThat(envelope.cheapestAt(83_333_334)).isEqualTo(MID);
        assertThat(envelope.toString()).isEqualTo(
                "pay up to 50,000,000 requests/month, then mid up to 149,999,999 requests/month, then flat");
    }

    @Test
    void of_orderDoesNotChangeTheAnswer() {
        Envelope envelope = Envelope.of(List.of(FLAT, PAY, MID), RANGE);

        assertThat(envelope.switches()).extracting(Switch::toString).containsExactly(
                "mid cheaper than pay from 50,000,001 requests/month",
                "flat cheaper than mid from 150,000,000 requests/month");
    }

    /** At 0 requests mid's gap over pay is its fixed 100.000001, 100.00 in cents; at 50,000,000 it is 0.000001. */
    @Test
    void band_gap_isTheRunnerUpsBillMinusTheCheapestsAtEachEnd() {
        Band first = Envelope.of(List.of(PAY, MID, FLAT), RANGE).bands().get(0);

        assertThat(first.gapAtFrom().amount()).isEqualByComparingTo("100.00");
        assertThat(first.gapAtTo().amount()).isEqualByComparingTo("0.00");
        assertThat(first.toString()).isEqualTo("0 to 50,000,000 requests/month: pay cheapest, then mid (gap USD 100.00 to USD 0.00)");
    }

    @Test
    void of_oneOption_isRejected() {
        assertThatThrownBy(() -> Envelope.of(List.of(PAY), RANGE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("options must hold 2 to 16 options (one is cheapest everywhere; each pair is solved) but held: 1");
    }

    @Test
    void of_twoOptionsWithOneName_isRejected() {
        assertThatThrownBy(() -> Envelope.of(List.of(PAY, line("pay", "1", "0")), RANGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("options must each have their own name but 'pay' was used twice");
    }

    @Test
    void crossings_unknownName_namesTheOptions() {
        Envelope envelope = Envelope.of(List.of(PAY, MID), RANGE);

        assertThatThrownBy(() -> envelope.crossings("pay", "eks")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no option is named 'eks'; the options are [pay, mid]");
        assertThatThrownBy(() -> envelope.crossings("pay", "pay")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crossings need two different options but both were: pay");
    }

    @Test
    void option_badName_isRejectedWithTheRule() {
        assertThatThrownBy(() -> Option.of("my option", PAY.model())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an option name must be 1 to 40 characters of letters, digits, '-', '_' and '.' (it names a "
                        + "column in CSV and JSON) but was: 'my option'");
    }

    @Test
    void toString_ofTheDefaultScenariosOptions_readsWell() {
        Scenario s = Breakeven.defaultScenario();
        Envelope envelope = s.envelope();

        assertThat(Option.of("lambda", s.serverlessModel())).hasToString("lambda (Lambda bill model with 3 lines)");
        assertThat(new Alternative.OnCluster("eks", s.cluster()).option(s)).hasToString("eks (cluster bill model with 4 lines)");
        assertThat(envelope).hasToString("lambda up to 52,411,543 requests/month, then cluster");
        assertThat(envelope.bands().get(0)).hasToString("0 to 52,411,543 requests/month: lambda cheapest, then cluster"
                + " (gap USD 180.53 to USD 0.00)");
    }

    @Test
    void bandAt_outsideTheRange_isRejected() {
        Envelope envelope = Envelope.of(List.of(PAY, MID), RANGE);

        assertThatThrownBy(() -> envelope.bandAt(2e9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("requestsPerMonth must be in the range");
    }

    @Test
    void scenarioSolve_isUnchangedByTheEnvelope() {
        Scenario s = Breakeven.defaultScenario();
        Envelope envelope = Envelope.of(List.of(Option.of("lambda", s.serverlessModel()),
                Option.of("eks", s.clusterModel())), s.range());

        assertThat(envelope.switches()).extracting(Switch::requestsPerMonth)
                .containsExactlyElementsOf(s.solve().crossings().stream().map(Crossing::requestsPerMonth).toList());
    }
}
