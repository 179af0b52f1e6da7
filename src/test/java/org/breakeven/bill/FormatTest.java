package org.breakeven.bill;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The number formats that every toString relies on. */
class FormatTest {

    @ParameterizedTest
    @CsvSource({"0, 0.00", "3.5333, 3.53", "0.005, 0.01", "0.004999, 0.00", "107.1, 107.10", "1234.5, '1,234.50'",
        "12680.615, '12,680.62'", "1000000, '1,000,000.00'", "-1234.555, '-1,234.56'"})
    void cents_roundsHalfUpWithThousands(String amount, String expected) {
        assertThat(Format.cents(new BigDecimal(amount))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.25, 0.25", "1460, '1,460'", "1460.000, '1,460'", "1200000.5, '1,200,000.5'",
        "0.0000004, 0", "0.0000005, 0.000001", "2.0000004, 2", "-1234.5, '-1,234.5'", "1E+3, '1,000'"})
    void quantity_keepsTheRealFraction(String value, String expected) {
        assertThat(Format.quantity(new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "999, 999", "1000, '1,000'", "52411544.6, '52,411,545'", "10000000000, '10,000,000,000'"})
    void whole_roundsWithThousands(double value, String expected) {
        assertThat(Format.whole(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "950, 950", "999.4, 999", "999.5, 1.0K", "30300, 30.3K", "999949, 999.9K", "999950, 1.0M",
        "52411544, 52.4M", "999950000, 1.0B", "3681436777, 3.7B", "10000000000, 10.0B", "999949999999, 999.9B", "999950000000, 1.0T",
        "1234000000000, 1.2T", "10000000000000, 10.0T", "1234000000000000, '1,234.0T'"})
    void brief_usesThousandsMillionsBillions(double value, String expected) {
        assertThat(Format.brief(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.0000166667, 0.0000166667", "0.10, 0.1", "16.00, 16", "1E+3, 1000"})
    void plain_dropsTrailingZerosAndExponent(String value, String expected) {
        assertThat(Format.plain(new BigDecimal(value))).isEqualTo(expected);
    }

    /** Infinities and NaN, as the solver's explanations can meet them, print as Java spells them. */
    @ParameterizedTest
    @CsvSource({"Infinity, Infinity", "-Infinity, -Infinity", "NaN, NaN"})
    void wholeAndBrief_nonFinite(double value, String expected) {
        assertThat(Format.whole(value)).isEqualTo(expected);
        assertThat(Format.brief(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.57, 57", "0.075, 7.5", "1, 100", "0.07, 7", "0.16666666666666666, 16.666666666666666"})
    void percent_fromDecimalDigits(double fraction, String expected) {
        assertThat(Format.percent(fraction)).isEqualTo(expected);
    }

    /** Every form people write, each suffix in both cases; a suffix scales the decimal exactly. */
    @ParameterizedTest
    @CsvSource({"0, 0", "950, 950", "' 950 ', 950", "'1,000,000', 1000000", "1_000_000, 1000000", "1e6, 1000000",
        "30.3K, 30300", "30.3k, 30300", "52.4M, 52400000", "52.4m, 52400000", "2.5B, 2500000000",
        "2.5b, 2500000000", "10.0T, 10000000000000", "10t, 10000000000000", "'1,234.0T', 1234000000000000",
        "0.5, 0.5", "-1.0M, -1000000"})
    void parseRequests_shortAndLongForms(String text, double expected) {
        assertThat(Format.parseRequests(text)).isEqualTo(expected);
    }

    /**
     * What {@code brief} prints reads back as the number it shows: the rows of
     * {@link #brief_usesThousandsMillionsBillions}, each text with the number its digits say.
     */
    @ParameterizedTest
    @CsvSource({"999.4, 999", "999.5, 1000", "30300, 30300", "999949, 999900", "52411544, 52400000",
        "3681436777, 3700000000", "10000000000, 10000000000", "1234000000000000, 1234000000000000"})
    void parseRequests_readsWhatBriefPrints(double value, double shown) {
        assertThat(Format.parseRequests(Format.brief(value))).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "", "M", "1.2.3M", "1MB", "NaN", "Infinity", "1e400", "1e99999999999", "1e2147483647K"})
    void parseRequests_notANumber(String text) {
        assertThatThrownBy(() -> Format.parseRequests(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a number of requests such as 1000000, 1e6, 2.5M or 10K");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.25, 0.25", "950, 950", "1234.5, '1,234.5'", "52411544, '52,411,544'",
        "10000000000000, '10,000,000,000,000'", "-1234567.5, '-1,234,567.5'", "Infinity, Infinity"})
    void exact_everyDigitWithThousands(double value, String expected) {
        assertThat(Format.exact(value)).isEqualTo(expected);
    }

    /** {@code exact} prints every digit that the double needs, so it reads back as the same double. */
    @Property
    void exact_readsBackExactly(@ForAll @DoubleRange(min = 0, max = 1e13) double value) {
        assertThat(Format.parseRequests(Format.exact(value))).isEqualTo(value);
    }

    /**
     * Each unprintable character becomes its Java escape, written here with (char) so that the table shows
     * what the input holds: ESC (a terminal escape), a line break, DEL, the C1 control CSI, a right-to-left
     * override, a zero-width space, a line separator and an unpaired surrogate.
     */
    @ParameterizedTest
    @CsvSource({"27, '\\u001B'", "10, '\\u000A'", "13, '\\u000D'", "0, '\\u0000'", "127, '\\u007F'",
        "155, '\\u009B'", "8238, '\\u202E'", "8203, '\\u200B'", "8232, '\\u2028'", "55296, '\\uD800'"})
    void printable_escapesUnprintableCharacters(int character, String escaped) {
        assertThat(Format.printable("t3" + (char) character + "[31m")).isEqualTo("t3" + escaped + "[31m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "t3.medium", "Überwachung (Grafana) \\ 100 %", "\u00e9t\u00e9 \ud83d\ude80"})
    void printable_keepsPrintableText(String text) {
        assertThat(Format.printable(text)).isSameAs(text);
    }

    @Test
    void printable_escapesBothHalvesOfAnInvisibleSupplementaryCharacter() {
        // U+E0001 LANGUAGE TAG is a format character outside the BMP: both of its UTF-16 units are escaped.
        assertThat(Format.printable("a" + new String(Character.toChars(0xE0001)) + "b")).isEqualTo("a\\uDB40\\uDC01b");
    }

    @Test
    void printable_isIdempotent() {
        String once = Format.printable("a" + (char) 27 + "b");

        assertThat(Format.printable(once)).isEqualTo(once).isEqualTo("a\\u001Bb");
    }

    @Test
    void printable_shortensLongTextAndSaysHowLong() {
        assertThat(Format.printable("1".repeat(2000), 20)).isEqualTo("11111111111111111111... (2,000 characters)");
    }

    @Test
    void printable_shortensAfterEscaping() {
        assertThat(Format.printable((char) 27 + "x".repeat(30), 3)).isEqualTo("\\u001Bxx... (31 characters)");
    }

    @Test
    void printable_keepsTextAtTheLimit() {
        assertThat(Format.printable("x".repeat(20), 20)).isEqualTo("x".repeat(20));
    }

    @Test
    void printable_doesNotCutASurrogatePair() {
        String rocket = new String(Character.toChars(0x1F680));

        assertThat(Format.printable("ab" + rocket + "cd", 3)).isEqualTo("ab... (6 characters)");
    }

    @Test
    void printable_nullAndBadLimit() {
        assertThatThrownBy(() -> Format.printable(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> Format.printable("x", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxChars must be at least 1 but was: 0");
    }
}
