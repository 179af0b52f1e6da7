package org.breakeven.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A range of requests reads briefly when that is exact, adds its exact ends when not, and parses back. */
class RequestRangeTest {

    /** Ends that the brief form shows exactly, then ends it would round: 52,411,544 shows as 52.4M. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 10000000000 | 0 to 10.0B requests/month",
        "10000 | 1000000000 | 10.0K to 1.0B requests/month",
        "950 | 52400000 | 950 to 52.4M requests/month",
        "1 | 10000000000000 | 1 to 10.0T requests/month",
        "52411544 | 10000000000 | 52.4M to 10.0B requests/month (52,411,544 to 10,000,000,000)",
        "0.5 | 999.5 | 1 to 1.0K requests/month (0.5 to 999.5)",
        "0 | 1234567.25 | 0 to 1.2M requests/month (0 to 1,234,567.25)"})
    void toString_briefWhenExactElseWithExactEnds(double from, double to, String expected) {
        assertThat(new RequestRange(from, to)).hasToString(expected);
    }

    /** The forms people write read as the numbers they say; the exact ends, when given, are the ends. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 to 10.0B requests/month | 0 | 10000000000",
        "1M to 1B requests/month | 1000000 | 1000000000",
        "'1,000,000 to 1e9 requests/month' | 1000000 | 1000000000",
        "52.4M to 10.0B requests/month (52,411,544 to 10,000,000,000) | 52411544 | 10000000000",
        "1M to 1B requests/month (1,000,000 to 1,000,000,000) | 1000000 | 1000000000"})
    void parse_shortLongAndExactForms(String text, double from, double to) {
        assertThat(RequestRange.parse(text)).isEqualTo(new RequestRange(from, to));
    }

    @Test
    void parse_default() {
        assertThat(RequestRange.parse(RequestRange.DEFAULT.toString())).isEqualTo(RequestRange.DEFAULT);
    }

    /** Every valid range prints as text that parses back to an equal range, whether or not it needs exact ends. */
    @Property
    void parse_readsWhatToStringPrints(@ForAll("ends") double a, @ForAll("ends") double b) {
        Assume.that(a != b);
        RequestRange range = new RequestRange(Math.min(a, b), Math.max(a, b));

        assertThat(RequestRange.parse(range.toString())).isEqualTo(range);
    }

    /**
     * Any double from 0 to 10^13, whole numbers, and numbers with few digits, which the brief form often shows
     * exactly: 0 to 9,999 times 100, 10^5, 10^8 or 10^9, such as 52.4M (524 * 10^5).
     */
    @Provide
    Arbitrary<Double> ends() {
        long max = Workload.MAX_REQUESTS_PER_MONTH;
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, max),
                Arbitraries.longs().between(0, max).map(Long::doubleValue),
                Arbitraries.integers().between(0, 9999).flatMap(tenths -> Arbitraries.of(1e2, 1e5, 1e8, 1e9)
                        .map(scale -> tenths * scale)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 to 10.0B", "0 - 10.0B requests/month", "0 to 10.0B requests/month ", "to 10B requests/month",
        "0 to 10.0B requests/month (0 to 10,000,000,000", "0 to 10.0B requests/month (0, 10,000,000,000)"})
    void parse_notARange(String text) {
        assertThatThrownBy(() -> RequestRange.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a request range must read like 0 to 10.0B requests/month, or with exact ends like 52.4M"
                        + " to 10.0B requests/month (52,411,544 to 10,000,000,000), but was: " + text);
    }

    @Test
    void parse_notANumberOfRequests() {
        assertThatThrownBy(() -> RequestRange.parse("0 to lots requests/month"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'lots' is not a number of requests such as 1000000, 1e6, 2.5M or 10K");
    }

    /** 52,411,544 shows as 52.4M, not 52.5M; a hand-edited text whose two forms disagree is refused. */
    @Test
    void parse_exactEndThatDoesNotMatchItsShortForm() {
        String text = "52.5M to 10.0B requests/month (52,411,544 to 10,000,000,000)";

        assertThatThrownBy(() -> RequestRange.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the exact end 52,411,544 does not match its short form 52.5M in: " + text);
    }

    /** The parsed ends go through the constructor's checks. */
    @Test
    void parse_emptyRange() {
        assertThatThrownBy(() -> RequestRange.parse("1M to 1M requests/month"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toRequestsPerMonth must be greater than fromRequestsPerMonth (1,000,000 requests/month)"
                        + " but was: 1,000,000");
    }

    /** Negative zero passes the range check and is kept as zero, so the range equals one from 0. */
    @Test
    void constructor_negativeZeroIsZero() {
        assertThat(new RequestRange(-0.0, 1)).isEqualTo(new RequestRange(0, 1));
    }

    /** A log scale starts at 1 request or more: 0 and 0.5 are refused, with the rule named. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5})
    void logScale_belowOne(double from) {
        assertThatThrownBy(() -> RequestRange.logScale(from, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromRequestsPerMonth must be between 1 and 10000000000000 requests/month on a log scale"
                        + " but was: " + (from == 0 ? "0" : "0.5"));
    }

    /** The constructor's checks come first, so an empty or reversed range says so whatever its start. */
    @Test
    void logScale_checksTheRangeFirst() {
        assertThat(RequestRange.logScale(1, 10)).isEqualTo(new RequestRange(1, 10));
        assertThatThrownBy(() -> RequestRange.logScale(0.5, 0.25)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toRequestsPerMonth must be greater than fromRequestsPerMonth (1 requests/month) but was: 0");
        assertThatThrownBy(() -> RequestRange.logScale(1, 2e13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toRequestsPerMonth must be between 0 and 10000000000000 requests/month but was: 20000000000000");
    }
}
