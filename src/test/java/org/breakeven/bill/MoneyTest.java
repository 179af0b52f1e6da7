package org.breakeven.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact money in one currency: ISO 4217 codes, arithmetic that refuses to mix currencies, equality by value. */
class MoneyTest {

    private static final Money USD_1 = Money.usd("1");
    private static final Money EUR_1 = Money.of("EUR", BigDecimal.ONE);

    /** Codes whose letters sit at both ends of A to Z: Australian dollar, New Zealand dollar, South African rand. */
    @ParameterizedTest
    @ValueSource(strings = {"AUD", "NZD", "ZAR", "USD"})
    void of_isoCode(String code) {
        assertThat(Money.of(code, BigDecimal.TEN).currency()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "US", "USDX", "", "U$D", "U@D", "US[", "1SD"})
    void of_notAnIsoCode(String code) {
        assertThatThrownBy(() -> Money.of(code, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be a three-letter ISO 4217 code such as USD but was: " + code);
    }

    static Stream<Arguments> mixedCurrencies() {
        return Stream.of(mixed("plus", () -> USD_1.plus(EUR_1)), mixed("minus", () -> USD_1.minus(EUR_1)),
                mixed("compareTo", () -> USD_1.compareTo(EUR_1)));
    }

    private static Arguments mixed(String name, Supplier<Object> call) {
        return Arguments.of(Named.of(name, call));
    }

    @ParameterizedTest
    @MethodSource("mixedCurrencies")
    void arithmetic_otherCurrency(Supplier<Object> call) {
        assertThatThrownBy(call::get)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine USD with EUR");
    }

    /** 107.10 - 16 = 91.10 and 91.10 + 16 = 107.10: the seed article's cluster with and without its load balancer. */
    @Test
    void plusAndMinus_exact() {
        Money total = Money.usd("107.10");

        assertThat(total.minus(Money.usd("16")).amount()).isEqualByComparingTo("91.10");
        assertThat(Money.usd("91.10").plus(Money.usd("16"))).isEqualTo(total);
    }

    @Test
    void compareTo_byAmount() {
        assertThat(Money.usd("3.53")).isLessThan(Money.usd("107.10"));
        assertThat(Money.usd("107.10")).isGreaterThan(Money.usd("3.53"));
        assertThat(Money.usd("3.530").compareTo(Money.usd("3.53"))).isZero();
    }

    /** Equal by currency and numeric value, whatever the scale, with equal hash codes. */
    @Test
    void equals_byCurrencyAndValue() {
        assertThat(Money.usd("16.00")).isEqualTo(Money.usd("16")).hasSameHashCodeAs(Money.usd("16"));
        assertThat(Money.usd("16")).isNotEqualTo(Money.of("EUR", new BigDecimal("16")));
        assertThat(Money.usd("16")).isNotEqualTo(Money.usd("16.01"));
        assertThat(Money.usd("16").hashCode()).isNotEqualTo(Money.of("EUR", new BigDecimal("16")).hashCode());
        assertThat(Money.usd("16")).isNotEqualTo("USD 16.00");
    }

    @Test
    void zero_inAnyCurrency() {
        assertThat(Money.zero("EUR")).isEqualTo(Money.of("EUR", BigDecimal.ZERO)).hasToString("EUR 0.00");
    }
}
