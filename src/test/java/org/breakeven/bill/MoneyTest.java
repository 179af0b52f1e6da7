package org.breakeven.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource({"'USD 1,234.56', USD, 1234.56", "USD 1234.56, USD, 1234.56", "'USD 107.10', USD, 107.10",
        "EUR 0.00, EUR, 0", "'USD -1,234.50', USD, -1234.50", "USD 0.0000166667, USD, 0.0000166667",
        "'USD 1,000,000', USD, 1000000", "USD 16, USD, 16"})
    void parse_currencyAndAmount(String text, String currency, String amount) {
        Money money = Money.parse(text);

        assertThat(money.currency()).isEqualTo(currency);
        assertThat(money.amount()).isEqualByComparingTo(amount);
    }

    /** A bill's total prints with its period, which is not part of the money; separators go between thousands only. */
    @ParameterizedTest
    @ValueSource(strings = {"USD 107.10/month", "USD", "USD ", "107.10", "USD  107.10", " USD 107.10", "USD 107.10 ",
        "USD 1,23.00", "USD 1234,567.00", "USD ,123", "USD 1.", "USD .5", "USD +1", "USD 1e3", "USD1.00", "USD 1.2.3"})
    void parse_notMoney(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("money must read like USD 1,234.56, a currency code, a space and an amount with no period"
                        + " such as /month, but was: " + text);
    }

    /** The currency code is checked where every Money checks it, in the constructor. */
    @Test
    void parse_notAnIsoCode() {
        assertThatThrownBy(() -> Money.parse("usd 1.00")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be a three-letter ISO 4217 code such as USD but was: usd");
    }

    /** A text that starts with its space has an empty currency code, which the constructor names. */
    @Test
    void parse_noCurrencyCode() {
        assertThatThrownBy(() -> Money.parse(" 107.10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be a three-letter ISO 4217 code such as USD but was: ");
    }

    /** toString rounds half-up to cents, so 1,234.565 prints as 1,234.57 and reads back as that. */
    @Test
    void parse_readsWhatToStringPrints() {
        Money money = Money.usd("1234.565");

        assertThat(money).hasToString("USD 1,234.57");
        assertThat(Money.parse(money.toString())).isEqualTo(Money.usd("1234.57"));
    }

    /** For any amount, positive or negative, in cents or finer: parse(toString) is the amount rounded to cents. */
    @Property
    void parse_toStringRoundTripsToCents(@ForAll("amounts") BigDecimal amount, @ForAll("codes") String currency) {
        Money money = Money.of(currency, amount);

        assertThat(Money.parse(money.toString())).isEqualTo(money.roundedToCents());
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(6);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of("USD", "EUR", "JPY", "ZAR");
    }
}
