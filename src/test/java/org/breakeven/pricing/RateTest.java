package org.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tiered rates, exactly and in {@code double}, at and around each tier boundary, and the checks on
 * rates and the other values of a pricing table.
 * <p>
 * {@code lambda.duration.x86_64} of pricing/aws/us-east-1/2024-11-01.json (infracost's golden): 0.0000166667
 * per GB-second for the first 6e9 GB-s a month, 0.000015 for the next 9e9, 0.0000133334 above 15e9. Its
 * note gives the first two tiers' monthly costs: 100,000.20 for 6e9 and 135,000.00 for 9e9.
 */
class RateTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static Rate duration() {
        return PricingTables.version("aws", "us-east-1", "2024-11-01").rate("lambda.duration.x86_64");
    }

    /**
     * At each boundary the whole of the lower tier is paid and none of the upper one; one GB-s more is paid
     * at the upper tier's price. 6e9 * 0.0000166667 = 100,000.20; + 1 * 0.000015 = 100,000.200015;
     * 100,000.20 + 9e9 * 0.000015 = 235,000.20; + 1 * 0.0000133334 = 235,000.2000133334; and 1e9 into the
     * third tier, 235,000.20 + 1e9 * 0.0000133334 = 248,333.60.
     */
    @ParameterizedTest
    @CsvSource({"0, 0", "1, 0.0000166667", "6000000000, 100000.20", "6000000001, 100000.200015",
        "15000000000, 235000.20", "15000000001, 235000.2000133334", "16000000000, 248333.60"})
    void cost_atAndAroundEachTierBoundary(String gbSeconds, String cost) {
        Rate rate = duration();

        assertThat(rate.cost(dec(gbSeconds))).isEqualByComparingTo(cost);
        assertThat(rate.cost(dec(gbSeconds).doubleValue())).isCloseTo(dec(cost).doubleValue(), within(1e-9));
    }

    /**
     * The price of the unit at a point of the month is the price of the tier that holds it: a tier's start belongs
     * to it, its end to the next one (0.0000166667 below 6e9 GB-s, 0.000015 from 6e9 to 15e9, 0.0000133334 above).
     */
    @ParameterizedTest
    @CsvSource({"0, 0.0000166667", "5999999999.999, 0.0000166667", "6000000000, 0.0000150000",
        "14999999999, 0.0000150000", "15000000000, 0.0000133334", "1000000000000000, 0.0000133334"})
    void priceAt_theTierThatHoldsTheUsage(String gbSeconds, String price) {
        assertThat(duration().priceAt(dec(gbSeconds))).isEqualTo(dec(price));
    }

    @Test
    void priceAt_negative() {
        assertThatThrownBy(() -> duration().priceAt(dec("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usage must be at least 0 but was: -1");
    }

    /** A flat rate: AWS example 2's 7,440,000 requests at 0.0000002 = 1.488. */
    @Test
    void cost_flatRate() {
        Rate rate = Rate.flat("lambda.requests", "USD per request", dec("0.0000002"), "aws-lambda-pricing");

        assertThat(rate.cost(dec("7440000"))).isEqualByComparingTo("1.488");
        assertThat(rate.cost(7_440_000d)).isCloseTo(1.488, within(1e-12));
        assertThat(rate.isTiered()).isFalse();
        assertThat(rate.boundariesForSolver()).isEmpty();
        assertThat(rate).hasToString("lambda.requests 0.0000002 USD per request");
    }

    @Test
    void boundariesForSolver_startsOfEveryTierButTheFirst() {
        Rate rate = duration();

        assertThat(rate.boundariesForSolver()).containsExactly(6e9, 15e9);
        assertThat(rate.isTiered()).isTrue();
        assertThat(rate.firstPrice()).isEqualByComparingTo("0.0000166667");
        assertThat(rate.tiers().get(2).end()).isEmpty();
        assertThat(rate.tiers().get(0).end()).contains(dec("6000000000"));
    }

    /** Equal when key, unit, tiers, source and note are; the tiers compare by their decimals as written. */
    @Test
    void equals_everyField() {
        Tier tier = new Tier(BigDecimal.ZERO, null, dec("0.0000002"));
        Rate rate = Rate.tiered("lambda.requests", "USD per request", List.of(tier), "s", "note");

        assertThat(rate).isEqualTo(Rate.tiered("lambda.requests", "USD per request", List.of(tier), "s", "note"))
                .hasSameHashCodeAs(Rate.tiered("lambda.requests", "USD per request", List.of(tier), "s", "note"));
        assertThat(rate).isNotEqualTo(Rate.tiered("lambda.other", "USD per request", List.of(tier), "s", "note"))
                .isNotEqualTo(Rate.tiered("lambda.requests", "EUR per request", List.of(tier), "s", "note"))
                .isNotEqualTo(Rate.tiered("lambda.requests", "USD per request",
                        List.of(new Tier(BigDecimal.ZERO, null, dec("0.0000003"))), "s", "note"))
                .isNotEqualTo(Rate.tiered("lambda.requests", "USD per request", List.of(tier), "t", "note"))
                .isNotEqualTo(Rate.tiered("lambda.requests", "USD per request", List.of(tier), "s", "other"))
                .isNotEqualTo("lambda.requests");
        assertThat(rate.hashCode()).isNotEqualTo(Rate.tiered("lambda.other", "USD per request", List.of(tier), "s", "note")
                .hashCode());
        assertThat(Rate.tiered("x", "USD per unit", List.of(tier), "s", null).note()).isEmpty();
    }

    /** Every rule of the value types, each with the field it names and its full message. */
    static Stream<Arguments> invalid() {
        Tier first = new Tier(BigDecimal.ZERO, dec("100"), BigDecimal.ONE);
        Tier open = new Tier(BigDecimal.ZERO, null, BigDecimal.ONE);
        return Stream.of(
                invalid("no tiers", () -> Rate.tiered("x", "USD per unit", List.of(), "s", ""), "tiers",
                        "rate x must have at least one tier"),
                invalid("first tier not at 0", () -> Rate.tiered("x", "USD per unit",
                        List.of(new Tier(dec("10"), null, BigDecimal.ONE)), "s", ""), "tiers[0].fromInclusive",
                        "rate x tier 0 must start at 0 but starts at 10: the tiers leave a gap"),
                invalid("gap between tiers", () -> Rate.tiered("x", "USD per unit",
                        List.of(first, new Tier(dec("150"), null, BigDecimal.ONE)), "s", ""), "tiers[1].fromInclusive",
                        "rate x tier 1 must start at 100, where tier 0 ends, but starts at 150: the tiers leave a gap"),
                invalid("overlapping tiers", () -> Rate.tiered("x", "USD per unit",
                        List.of(first, new Tier(dec("50"), null, BigDecimal.ONE)), "s", ""), "tiers[1].fromInclusive",
                        "rate x tier 1 must start at 100, where tier 0 ends, but starts at 50: the tiers overlap"),
                invalid("open tier before the last", () -> Rate.tiered("x", "USD per unit",
                        List.of(open, new Tier(dec("100"), null, BigDecimal.ONE)), "s", ""), "tiers[0].toExclusive",
                        "rate x tier 0 must end where tier 1 starts, as only the last tier is open-ended, but has no end"),
                invalid("closed last tier", () -> Rate.tiered("x", "USD per unit", List.of(first), "s", ""),
                        "tiers[0].toExclusive", "rate x tier 0 must be open-ended, as the last tier, but ends at 100"),
                invalid("tier starting below 0", () -> new Tier(dec("-1"), null, BigDecimal.ONE), "fromInclusive",
                        "tier start must be between 0 and 1,000,000,000,000,000, with at most 20 decimal places, but was: -1"),
                invalid("empty tier", () -> new Tier(dec("100"), dec("100"), BigDecimal.ONE), "toExclusive",
                        "tier end must be greater than its start (100) but was: 100"),
                invalid("negative price", () -> new Tier(BigDecimal.ZERO, null, dec("-0.01")), "price",
                        "price must be at least 0 but was: -0.01"),
                invalid("negative flat price", () -> Rate.flat("x", "USD per unit", dec("-0.01"), "s"), "price",
                        "price must be at least 0 but was: -0.01"),
                invalid("negative allowance", () -> new Allowance("lambda.freeTier.requests", dec("-1"),
                        "requests per month", "s", null), "quantity",
                        "quantity of allowance lambda.freeTier.requests must be between 0 and 1,000,000,000,000,000, with at"
                        + " most 20 decimal places, but was: -1"),
                invalid("no vCPU", () -> new InstanceType("t3.nano", 0, dec("0.5"), "x86_64", dec("0.0052"), "s"), "vcpu",
                        "vcpu of t3.nano must be between 1 and 10,000 but was: 0"),
                invalid("no memory", () -> new InstanceType("t3.nano", 2, BigDecimal.ZERO, "x86_64", dec("0.0052"), "s"),
                        "memoryGib", "memoryGib of t3.nano must be greater than 0 and at most 1,000,000 GiB, with at most 20"
                        + " decimal places, but was: 0"),
                invalid("unknown architecture", () -> new InstanceType("t3.nano", 2, dec("0.5"), "riscv", dec("0.0052"),
                        "s"), "architecture", "architecture of t3.nano must be x86_64 or arm64 but was: riscv"),
                invalid("negative hourly price", () -> new InstanceType("t3.nano", 2, dec("0.5"), "x86_64", dec("-0.0052"),
                        "s"), "hourlyPrice", "hourlyPrice of t3.nano must be between 0 and 1,000,000 per hour, with at most 20"
                        + " decimal places, but was: -0.0052"),
                invalid("read before published", () -> new Source("s", "A source", null, LocalDate.of(2024, 11, 1),
                        LocalDate.of(2024, 10, 31)), "read", "read of source s must be on or after published (2024-11-01)"
                        + " but was: 2024-10-31"),
                invalid("tier start of a billion decimals", () -> new Tier(dec("1e-999999999"), null, BigDecimal.ONE),
                        "fromInclusive", "tier start must be between 0 and 1,000,000,000,000,000, with at most 20 decimal"
                        + " places, but was: 1E-999999999"),
                invalid("tier end above 10^15", () -> new Tier(BigDecimal.ZERO, dec("1e15").add(BigDecimal.ONE),
                        BigDecimal.ONE), "toExclusive", "tier end must be between 0 and 1,000,000,000,000,000, with at"
                        + " most 20 decimal places, but was: 1000000000000001"),
                invalid("tier end with 21 decimals", () -> new Tier(BigDecimal.ZERO, dec("0.000000000000000000001"),
                        BigDecimal.ONE), "toExclusive", "tier end must be between 0 and 1,000,000,000,000,000, with at"
                        + " most 20 decimal places, but was: 0.000000000000000000001"),
                invalid("allowance of 1e300", () -> new Allowance("lambda.freeTier.requests", dec("1e300"),
                        "requests per month", "s", null), "quantity", "quantity of allowance lambda.freeTier.requests"
                        + " must be between 0 and 1,000,000,000,000,000, with at most 20 decimal places, but was: 1E+300"),
                invalid("more vCPUs than 10,000", () -> new InstanceType("t3.nano", 10_001, dec("0.5"), "x86_64",
                        dec("0.0052"), "s"), "vcpu", "vcpu of t3.nano must be between 1 and 10,000 but was: 10001"),
                invalid("memory of a billion decimals", () -> new InstanceType("t3.nano", 2, dec("1e-999999999"), "x86_64",
                        dec("0.0052"), "s"), "memoryGib", "memoryGib of t3.nano must be greater than 0 and at most"
                        + " 1,000,000 GiB, with at most 20 decimal places, but was: 1E-999999999"),
                invalid("memory above 10^6 GiB", () -> new InstanceType("t3.nano", 2, dec("1000001"), "x86_64",
                        dec("0.0052"), "s"), "memoryGib", "memoryGib of t3.nano must be greater than 0 and at most"
                        + " 1,000,000 GiB, with at most 20 decimal places, but was: 1000001"),
                invalid("hourly price of 1e300", () -> new InstanceType("t3.nano", 2, dec("0.5"), "x86_64", dec("1e300"),
                        "s"), "hourlyPrice", "hourlyPrice of t3.nano must be between 0 and 1,000,000 per hour, with at most"
                        + " 20 decimal places, but was: 1E+300"),
                invalid("hourly price of 2,000 digits, shown shortened", () -> new InstanceType("t3.nano", 2, dec("0.5"),
                        "x86_64", dec("9".repeat(2000)), "s"), "hourlyPrice", "hourlyPrice of t3.nano must be between 0"
                        + " and 1,000,000 per hour, with at most 20 decimal places, but was: " + "9".repeat(100)
                        + "... (2,000 characters)"),
                invalid("a terminal escape in a name, escaped", () -> new InstanceType("t3" + (char) 27 + "[31m", 0,
                        dec("0.5"), "x86_64", dec("0.0052"), "s"), "vcpu", "vcpu of t3\\u001B[31m must be between 1 and"
                        + " 10,000 but was: 0"),
                invalid("a rate priced 1e300 in a table", () -> PricingTable.of("aws", "test-1", LocalDate.of(2024, 11, 1),
                        "USD", "Mine").withSource(new Source("s", "A source", null, LocalDate.of(2024, 11, 1),
                        LocalDate.of(2024, 11, 1))).withRate(Rate.flat("x", "USD per unit", dec("1e300"), "s")),
                        "rates.x.tiers[0].price", "price of rate x must be between 0 and 1,000,000 per unit, with at most"
                        + " 20 decimal places, but was: 1E+300"),
                invalid("a tier priced above 10^6 in a table", () -> PricingTable.of("aws", "test-1",
                        LocalDate.of(2024, 11, 1), "USD", "Mine").withSource(new Source("s", "A source", null,
                        LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 1))).withRate(Rate.tiered("x", "USD per unit",
                        List.of(new Tier(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE),
                                new Tier(BigDecimal.TEN, null, dec("1000000.1"))), "s", "")),
                        "rates.x.tiers[1].price", "price of rate x tier 1 must be between 0 and 1,000,000 per unit, with at"
                        + " most 20 decimal places, but was: 1000000.1"),
                invalid("a price checked where it is read", () -> PricingTable.checkPrice("a price", dec("1e-999999999")),
                        "price", "a price must be between 0 and 1,000,000 per unit, with at most 20 decimal places, but"
                        + " was: 1E-999999999"),
                invalid("a quantity checked where it is read", () -> PricingTable.checkQuantity("the end of a band",
                        dec("-1e300")), "quantity", "the end of a band must be between 0 and 1,000,000,000,000,000, with"
                        + " at most 20 decimal places, but was: -1E+300"),
                invalid("a provider in capitals", () -> PricingTable.of("AWS", "test-1", LocalDate.of(2024, 11, 1), "USD",
                        "Mine"), "provider", "provider must be lowercase letters and digits in words joined by hyphens,"
                        + " such as aws, but was: \"AWS\""),
                invalid("a region with a line break", () -> PricingTable.of("aws", "test-1\n", LocalDate.of(2024, 11, 1),
                        "USD", "Mine"), "region", "region must be lowercase letters and digits in words joined by hyphens,"
                        + " such as us-east-1, but was: \"test-1\\u000A\""),
                invalid("a currency that is not a code", () -> PricingTable.of("aws", "test-1", LocalDate.of(2024, 11, 1),
                        "", "Mine"), "currency", "currency must be an ISO 4217 code of three capital letters, such as USD,"
                        + " but was: \"\""));
    }

    private static Arguments invalid(String name, Supplier<Object> call, String field, String message) {
        return Arguments.of(Named.of(name, call), field, message);
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void constructor_invalid(Supplier<Object> call, String field, String message) {
        assertThatThrownBy(call::get).isInstanceOfSatisfying(PricingValueException.class,
                e -> assertThat(e.field()).isEqualTo(field)).hasMessage(message);
    }

    /** The boundaries are allowed: free prices, an allowance of 0, 1 vCPU, a source read the day it was published. */
    @Test
    void constructor_atTheBoundaries() {
        assertThat(Rate.tiered("x", "USD per unit", List.of(new Tier(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO),
                new Tier(BigDecimal.ONE, null, BigDecimal.ZERO)), "s", "").tiers()).hasSize(2);
        assertThat(new Allowance("a", BigDecimal.ZERO, "requests per month", "s", "").quantity()).isZero();
        assertThat(new InstanceType("t", 1, dec("0.5"), "arm64", BigDecimal.ZERO, "s").vcpu()).isEqualTo(1);
        assertThat(new Source("s", "A source", null, LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 1)).read())
                .isEqualTo(LocalDate.of(2024, 11, 1));
    }

    /**
     * The upper bounds are allowed too, each with 20 decimal places: a price of 1,000,000 per unit, a quantity of
     * 10^15, 10,000 vCPUs and 1,000,000 GiB; and a price of 0 written with an exponent, which has no decimals.
     */
    @Test
    void constructor_atTheUpperBounds() {
        BigDecimal million = dec("1000000.00000000000000000000");
        BigDecimal quadrillion = dec("1000000000000000.00000000000000000000");

        assertThat(PricingTable.checkPrice("price", million)).isSameAs(million);
        assertThat(PricingTable.checkPrice("price", dec("0E+5"))).isZero();
        assertThat(PricingTable.checkQuantity("quantity", quadrillion)).isSameAs(quadrillion);
        assertThat(new Tier(BigDecimal.ZERO, quadrillion, BigDecimal.ONE).toExclusive()).isSameAs(quadrillion);
        assertThat(new Allowance("a", quadrillion, "requests per month", "s", "").quantity()).isSameAs(quadrillion);
        assertThat(new InstanceType("u.huge", 10_000, million, "x86_64", million, "s").vcpu()).isEqualTo(10_000);
    }

    @Test
    void valueTypes_accepted() {
        Source source = new Source("s", "A source", "https://example.org/", LocalDate.of(2024, 11, 1),
                LocalDate.of(2024, 11, 1));

        assertThat(source.address()).contains("https://example.org/");
        assertThat(new Source("s", "A billing export", null, LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 2))
                .address()).isEmpty();
        assertThat(new InstanceType("m7g.large", 2, dec("8"), "arm64", dec("0.0816"), "s"))
                .hasToString("m7g.large (2 vCPU, 8 GiB, arm64) 0.0816/hour");
        assertThat(new Allowance("lambda.freeTier.requests", dec("1000000"), "requests per month", "s", null))
                .hasToString("lambda.freeTier.requests 1000000 requests per month")
                .extracting(Allowance::note).isEqualTo("");
    }
}
