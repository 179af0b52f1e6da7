package org.breakeven.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An hourly profile: the one formula that spreads a month's requests over the hours, checked by hand; the
 * built-in shapes as their documentation writes them; each invalid profile refused with a message naming
 * the field, the value and the rule; and a CloudWatch CSV export folded into a week.
 */
class HourlyProfileTest {

    private static final BigDecimal N = BigDecimal.valueOf(730_000_000);

    private static double[] weights(int hours, IntFunction<Double> weight) {
        return IntStream.range(0, hours).mapToDouble(weight::apply).toArray();
    }

    /**
     * businessHours: 10 hours of 7 and 14 of 1, Σw = 84. At 730M requests over 730 hours, a busy hour holds
     * 730M * 7 * 24 / (84 * 730) = 2,000,000 requests and a quiet one 730M * 1 * 24 / (84 * 730) = 2M / 7;
     * a day holds 10 * 2M + 14 * 2M / 7 = 24M = 730M * 24 / 730.
     */
    @Test
    void requestsInHour_businessHoursByHand() {
        HourlyProfile business = HourlyProfile.shape("businessHours");

        assertThat(business.requestsInHour(8, N, 730)).isEqualByComparingTo("2000000");
        assertThat(business.requestsInHour(17, N, 730)).isEqualByComparingTo("2000000");
        assertThat(business.requestsInHour(18, N, 730))
                .isEqualByComparingTo("285714.2857142857142857142857142857");
        assertThat(business.requestsInHour(8, 730e6, 730)).isCloseTo(2_000_000, within(1e-6));
        assertThat(business.requestsInHour(0, 730e6, 730)).isCloseTo(2e6 / 7, within(1e-6));
        BigDecimal day = BigDecimal.ZERO;
        for (int h = 0; h < 24; h++) {
            day = day.add(business.requestsInHour(h, N, 730));
        }
        assertThat(day).isCloseTo(new BigDecimal("24000000"), within(new BigDecimal("1e-25")));
    }

    /** A flat profile puts N / H in every hour: 730M / 730 = 1M, and 720M / 720 = 1M. */
    @Test
    void requestsInHour_flatIsTheMonthOverItsHours() {
        for (int h = 0; h < 24; h++) {
            assertThat(HourlyProfile.FLAT.requestsInHour(h, N, 730)).isEqualByComparingTo("1000000");
            assertThat(HourlyProfile.FLAT.requestsInHour(h, BigDecimal.valueOf(720_000_000), 720))
                    .isEqualByComparingTo("1000000");
        }
    }

    /**
     * businessWeek: Monday to Friday as businessHours (5 * 84 = 420) and two days of 24 ones: Σw = 468. Monday
     * 08:00 (hour 8) holds 730M * 7 * 168 / (468 * 730) = 1176M / 468 = 2,512,820.51...; Saturday 08:00
     * (hour 5 * 24 + 8 = 128) holds 168M / 468 = 358,974.35...
     */
    @Test
    void requestsInHour_weekStartsMondayMidnight() {
        HourlyProfile week = HourlyProfile.shape("businessWeek");

        assertThat(week.hours()).isEqualTo(168);
        assertThat(week.totalWeight()).isEqualByComparingTo("468");
        assertThat(week.requestsInHour(8, 730e6, 730)).isCloseTo(1176e6 / 468, within(1e-6));
        assertThat(week.requestsInHour(128, 730e6, 730)).isCloseTo(168e6 / 468, within(1e-6));
        assertThat(week.requestsInHour(4 * 24 + 17, 730e6, 730)).isCloseTo(1176e6 / 468, within(1e-6));
    }

    /** The inverse: 2,000,000 requests in a businessHours busy hour is 2M * 84 * 730 / (7 * 24) = 730M a month. */
    @Test
    void requestsPerMonthFor_invertsTheFormula() {
        HourlyProfile business = HourlyProfile.shape("businessHours");

        assertThat(business.requestsPerMonthFor(8, BigDecimal.valueOf(2_000_000), 730)).isEqualByComparingTo(N);
        assertThat(business.requestsPerMonthFor(0, new BigDecimal("285714.2857142857142857142857142857"), 730))
                .isCloseTo(N, within(new BigDecimal("1e-20")));
    }

    @Test
    void requestsPerMonthFor_zeroWeightHour() {
        HourlyProfile night = HourlyProfile.of(weights(24, h -> h < 12 ? 0.0 : 1.0));

        assertThatThrownBy(() -> night.requestsPerMonthFor(3, BigDecimal.ONE, 730))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("hour 3 has weight 0: no month's requests put traffic in it");
    }

    @Test
    void hour_outOfRange() {
        assertThatThrownBy(() -> HourlyProfile.FLAT.weight(24)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("hour must be between 0 and 23 but was: 24");
        assertThatThrownBy(() -> HourlyProfile.FLAT.requestsInHour(-1, 1.0, 730))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("hour must be between 0 and 23 but was: -1");
        assertThatThrownBy(() -> HourlyProfile.FLAT.requestsInHour(0, 1.0, 0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("hoursPerMonth must be at least 1 hour but was: 0");
    }

    /**
     * Each shape's busiest hour over the average, from the weights its documentation gives: businessHours
     * 7 * 24 / 84 = 2; businessWeek 7 * 168 / 468 = 2.5128...; eveningPeak 10 * 24 / 122 = 1.967...
     * (Σ = 4+3+2+1+1+1 + 2+3+4+4+4 + 5+6+5+5+5 + 6+7+8 + 10+10+10+10 + 6 = 122); nightlyBatch
     * 12 * 24 / (4 * 12 + 20) = 4.235...
     */
    @Test
    void shape_builtInWeightsAsDocumented() {
        assertThat(HourlyProfile.shapeNames())
                .containsExactly("flat", "businessHours", "businessWeek", "eveningPeak", "nightlyBatch");
        assertThat(HourlyProfile.shape("flat")).isSameAs(HourlyProfile.FLAT);
        assertThat(HourlyProfile.FLAT.peakToAverage()).isEqualTo(1.0);
        assertThat(HourlyProfile.shape("businessHours").peakToAverage()).isEqualTo(2.0);
        assertThat(HourlyProfile.shape("businessWeek").peakToAverage()).isCloseTo(7.0 * 168 / 468, within(1e-12));
        assertThat(HourlyProfile.shape("eveningPeak").totalWeight()).isEqualByComparingTo("122");
        assertThat(HourlyProfile.shape("eveningPeak").peakToAverage()).isCloseTo(240.0 / 122, within(1e-12));
        assertThat(HourlyProfile.shape("eveningPeak").peakHour()).isEqualTo(19);
        assertThat(HourlyProfile.shape("nightlyBatch").totalWeight()).isEqualByComparingTo("68");
        assertThat(HourlyProfile.shape("nightlyBatch").peakToAverage()).isCloseTo(288.0 / 68, within(1e-12));
        assertThat(HourlyProfile.shape("nightlyBatch").peakHour()).isEqualTo(1);
        assertThat(HourlyProfile.shape("businessHours").weights()).extracting(BigDecimal::intValue)
                .containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void shape_unknown() {
        assertThatThrownBy(() -> HourlyProfile.shape("weekend")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape must be one of flat, businessHours, businessWeek, eveningPeak, nightlyBatch but was:"
                        + " weekend");
    }

    @Test
    void toString_flatOrLengthPeakAndHour() {
        assertThat(HourlyProfile.FLAT).hasToString("flat");
        assertThat(HourlyProfile.shape("businessHours")).hasToString("24-hour profile, peak 2x the average from hour 8");
        assertThat(HourlyProfile.shape("businessWeek"))
                .hasToString("168-hour profile, peak 2.51x the average from hour 8 of the week");
    }

    /** Weights are relative: the same shape at any scale is the same profile. */
    @Test
    void equals_sameShapeAtAnyScale() {
        HourlyProfile doubled = HourlyProfile.of(weights(24, h -> h >= 8 && h < 18 ? 14.0 : 2.0));

        assertThat(doubled).isEqualTo(HourlyProfile.shape("businessHours"))
                .hasSameHashCodeAs(HourlyProfile.shape("businessHours"));
        assertThat(HourlyProfile.of(weights(24, h -> 3.0))).isEqualTo(HourlyProfile.FLAT);
        assertThat(HourlyProfile.of(weights(168, h -> 1.0))).isNotEqualTo(HourlyProfile.FLAT);
        assertThat(HourlyProfile.shape("eveningPeak")).isNotEqualTo(HourlyProfile.shape("nightlyBatch"));
        assertThat(HourlyProfile.of(weights(168, h -> 1.0)).isFlat()).isTrue();
        assertThat(HourlyProfile.shape("nightlyBatch").isFlat()).isFalse();
    }

    static List<Arguments> invalidProfiles() {
        double[] negative = weights(24, h -> 1.0);
        negative[5] = -1;
        double[] nan = weights(24, h -> 1.0);
        nan[0] = Double.NaN;
        double[] huge = weights(168, h -> 1.0);
        huge[100] = 2e15;
        return List.of(
                Arguments.of("23 weights", weights(23, h -> 1.0),
                        "a profile must have 24 hourly weights (a day) or 168 (a week from Monday 00:00 UTC) but had: 23"),
                Arguments.of("no weights", new double[0],
                        "a profile must have 24 hourly weights (a day) or 168 (a week from Monday 00:00 UTC) but had: 0"),
                Arguments.of("a negative weight", negative, "weights[5] must be between 0 and 1000000000000000 but was: -1"),
                Arguments.of("NaN", nan, "weights[0] must be between 0 and 1000000000000000 but was: NaN"),
                Arguments.of("above 10^15", huge,
                        "weights[100] must be between 0 and 1000000000000000 but was: 2000000000000000"),
                Arguments.of("all zero", weights(24, h -> 0.0),
                        "weights must not all be 0 (a profile needs traffic in at least one hour) but all 24 were"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProfiles")
    void of_invalid(String what, double[] weights, String message) {
        assertThatThrownBy(() -> HourlyProfile.of(weights)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void of_decimalsAndNulls() {
        List<BigDecimal> withNull = new ArrayList<>(Collections.nCopies(24, BigDecimal.ONE));
        withNull.set(2, null);
        List<BigDecimal> negative = new ArrayList<>(Collections.nCopies(24, BigDecimal.ONE));
        negative.set(7, new BigDecimal("-0.5"));

        assertThat(HourlyProfile.of(Collections.nCopies(24, new BigDecimal("0.25")))).isEqualTo(HourlyProfile.FLAT);
        assertThatThrownBy(() -> HourlyProfile.of(withNull)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("weights[2]");
        assertThatThrownBy(() -> HourlyProfile.of((List<BigDecimal>) null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("weights");
        assertThatThrownBy(() -> HourlyProfile.of(negative)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights[7] must be between 0 and 1000000000000000 but was: -0.5");
    }

    /**
     * Weights whose exponents are far apart would need a sum of a billion digits: a weight above 0 must be at
     * least 10^-15, and messages show such numbers in scientific notation. Weights are kept to 34 significant
     * digits, so 1 plus 10^-34 is 1.
     */
    @Test
    void of_extremeDecimals() {
        List<BigDecimal> tiny = new ArrayList<>(Collections.nCopies(24, BigDecimal.ONE));
        tiny.set(3, new BigDecimal("1e-999999999"));
        List<BigDecimal> huge = new ArrayList<>(Collections.nCopies(24, BigDecimal.ONE));
        huge.set(3, new BigDecimal("1e999999999"));
        List<BigDecimal> long35 = new ArrayList<>(Collections.nCopies(24, BigDecimal.ONE));
        long35.set(3, new BigDecimal("1.0000000000000000000000000000000001"));

        assertThatThrownBy(() -> HourlyProfile.of(tiny)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights[3] must be 0 or at least 0.000000000000001 but was: 1E-999999999");
        assertThatThrownBy(() -> HourlyProfile.of(huge)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights[3] must be between 0 and 1000000000000000 but was: 1E+999999999");
        assertThat(HourlyProfile.of(long35)).isEqualTo(HourlyProfile.FLAT);
        assertThat(HourlyProfile.of(long35).weight(3)).isEqualByComparingTo("1");
        tiny.set(3, new BigDecimal("1e-15"));
        assertThat(HourlyProfile.of(tiny).weight(3)).isEqualByComparingTo("0.000000000000001");
    }

    // --- CSV: 2024-05-06 is a Monday, so its 00:00 UTC is hour 0 of the week.

    private static final Instant MONDAY = Instant.parse("2024-05-06T00:00:00Z");

    /** Rows of hourly counts from a start, the i-th hour holding count(i), with a header. */
    private static List<String> rows(Instant start, int hours, IntFunction<Long> count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            rows.add(start.plusSeconds(3600L * i) + "," + count.apply(i));
        }
        return rows;
    }

    private static HourlyProfile csv(List<String> rows) {
        return HourlyProfile.fromCsv(new StringReader(String.join("\n", rows) + "\n"), "traffic.csv");
    }

    private static String header(List<String> rows) {
        rows.add(0, "Timestamp,RequestCount");
        return String.join("\n", rows);
    }

    /**
     * Two weeks from Monday: hour i of the first week holds i + 1 requests, of the second i + 3, so each hour of
     * the week averages to i + 2. Rows in reverse order (CloudWatch does not sort them), with a header.
     */
    @Test
    void fromCsv_twoWeeksAveragedByHourOfWeek() {
        List<String> rows = rows(MONDAY, 336, i -> i < 168 ? i + 1L : i - 168 + 3L);
        Collections.reverse(rows);

        HourlyProfile profile = HourlyProfile.fromCsv(new StringReader(header(rows)), "traffic.csv");

        assertThat(profile.hours()).isEqualTo(168);
        for (int h = 0; h < 168; h++) {
            assertThat(profile.weight(h)).as("hour %d", h).isEqualByComparingTo(BigDecimal.valueOf(h + 2));
        }
    }

    /**
     * Ten days from Wednesday 00:00 (hour 48 of the week): the first 168 rows hold 100 requests, the last 72
     * (Wednesday to Friday again, hours 48 to 119) hold 200, so those hours average 150 and the rest stay at 100.
     */
    @Test
    void fromCsv_moreThanAWeekFromMidweek() {
        HourlyProfile profile = csv(rows(MONDAY.plusSeconds(48 * 3600), 240, i -> i < 168 ? 100L : 200L));

        assertThat(profile.weight(47)).isEqualByComparingTo("100");
        assertThat(profile.weight(48)).isEqualByComparingTo("150");
        assertThat(profile.weight(119)).isEqualByComparingTo("150");
        assertThat(profile.weight(120)).isEqualByComparingTo("100");
        assertThat(profile.weight(0)).isEqualByComparingTo("100");
    }

    /** Quoted fields, a space between date and time, no offset (UTC) or another offset, a fractional count. */
    @Test
    void fromCsv_cloudWatchVariants() {
        List<String> rows = new ArrayList<>();
        rows.add("\"Timestamp\",\"Sum\"");
        for (int i = 0; i < 168; i++) {
            Instant at = MONDAY.plusSeconds(3600L * i);
            String text = i % 3 == 0 ? "\"" + at.toString().replace('T', ' ').replace("Z", "") + "\""
                    : i % 3 == 1 ? at.atOffset(java.time.ZoneOffset.ofHours(2)).toString() : at.toString();
            rows.add(text + ", \"" + (i == 5 ? "2.5" : "1") + "\"");
        }

        HourlyProfile profile = csv(rows);

        assertThat(profile.weight(5)).isEqualByComparingTo("2.5");
        assertThat(profile.weight(6)).isEqualByComparingTo("1");
        assertThat(profile.totalWeight()).isEqualByComparingTo("169.5");
    }

    @Test
    void fromCsv_gapNamesTheLine() {
        List<String> rows = rows(MONDAY, 200, i -> 10L);
        rows.remove(50);
        rows.add(0, "Timestamp,Sum");

        assertThatThrownBy(() -> csv(rows)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("traffic.csv:52: the counts have a gap: no row for 2024-05-08T02:00:00Z, the hour after"
                        + " 2024-05-08T01:00:00Z (line 51), before this row's 2024-05-08T03:00:00Z");
    }

    @Test
    void fromCsv_repeatedHour() {
        List<String> rows = rows(MONDAY, 170, i -> 10L);
        rows.add(MONDAY.plusSeconds(3600 * 3) + ",11");

        assertThatThrownBy(() -> csv(rows)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("traffic.csv:171: a second count for 2024-05-06T03:00:00Z (the first is on line 4)");
    }

    static List<Arguments> invalidCsv() {
        return List.of(
                Arguments.of(rows(MONDAY, 100, i -> 1L),
                        "traffic.csv: a traffic file needs hourly counts for at least a week (168 hours) but had: 100"),
                Arguments.of(withRow(3, "2024-05-06T02:30:00Z,5"),
                        "traffic.csv:4: the timestamp must be on the hour (a count per hour, a period of 3600 s) but"
                                + " was: 2024-05-06T02:30:00Z"),
                Arguments.of(withRow(3, "yesterday,5"),
                        "traffic.csv:4: the timestamp must be ISO 8601, such as 2024-05-06T09:00:00Z, but was: yesterday"),
                Arguments.of(withRow(3, "2024-05-06T03:00:00Z,many"),
                        "traffic.csv:4: the count must be a number of requests but was: many"),
                Arguments.of(withRow(3, "2024-05-06T03:00:00Z,-4"),
                        "traffic.csv:4: the count must be between 0 and 1000000000000000 requests but was: -4"),
                Arguments.of(withRow(3, "2024-05-06T03:00:00Z,1e-999999999"),
                        "traffic.csv:4: the count must be 0 or at least 0.000000000000001 requests but was: 1e-999999999"),
                Arguments.of(withRow(3, "2024-05-06T03:00:00Z,1e999999999"),
                        "traffic.csv:4: the count must be between 0 and 1000000000000000 requests but was: 1e999999999"),
                Arguments.of(withRow(3, "2024-05-06T03:00:00Z,4,5"),
                        "traffic.csv:4: a row must be a timestamp and a count, such as 2024-05-06T09:00:00Z,18250, but"
                                + " was: 2024-05-06T03:00:00Z,4,5"),
                Arguments.of(rows(MONDAY, 168, i -> 0L),
                        "traffic.csv: weights must not all be 0 (a profile needs traffic in at least one hour) but all"
                                + " 168 were"));
    }

    /** A week of ones with row {@code index} (0-based, before any header) replaced. */
    private static List<String> withRow(int index, String row) {
        List<String> rows = rows(MONDAY, 168, i -> 1L);
        rows.set(index, row);
        return rows;
    }

    @ParameterizedTest
    @MethodSource("invalidCsv")
    void fromCsv_invalid(List<String> rows, String message) {
        assertThatThrownBy(() -> csv(rows)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    /** A file of more than 100,000 hours stops at the row after the 100,000th. */
    @Test
    void fromCsv_atMost100000Hours() {
        List<String> rows = rows(MONDAY, 100_001, i -> 1L);

        assertThatThrownBy(() -> csv(rows)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("traffic.csv:100001: a traffic file may hold at most 100000 hourly counts (over 11 years;"
                        + " CloudWatch keeps hourly data for 455 days) but has more");
        assertThat(csv(rows.subList(0, 100_000)).hours()).isEqualTo(168);
    }

    /** A row longer than 1,000 characters stops there; what a message quotes is escaped and shortened. */
    @Test
    void fromCsv_hostileRows() {
        List<String> longRow = rows(MONDAY, 168, i -> 1L);
        longRow.set(2, "2024-05-06T02:00:00Z," + "9".repeat(2000));
        List<String> control = rows(MONDAY, 168, i -> 1L);
        control.set(2, "2024-05-06T02:00:00Z,\u001b[31m" + "x".repeat(150));

        assertThatThrownBy(() -> csv(longRow)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("traffic.csv:3: a row must be at most 1000 characters long, but this one is longer");
        assertThatThrownBy(() -> csv(control)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("traffic.csv:3: the count must be a number of requests but was: \\u001b[31m"
                        + "x".repeat(95) + "... (155 characters)");
        assertThatThrownBy(() -> HourlyProfile.shape("a\nb")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("but was: a\\u000ab");
    }

    /** Windows line ends read as any other. */
    @Test
    void fromCsv_crlf() {
        assertThat(HourlyProfile.fromCsv(new StringReader(String.join("\r\n", rows(MONDAY, 168, i -> 2L))), "t.csv"))
                .isEqualTo(flatWeek());
    }

    private static HourlyProfile flatWeek() {
        double[] w = new double[168];
        Arrays.fill(w, 1);
        return HourlyProfile.of(w);
    }

    /** Only the first line may be a header: a second non-data line is an error. */
    @Test
    void fromCsv_headerOnlyOnTheFirstLine() {
        List<String> rows = rows(MONDAY, 168, i -> 1L);
        rows.add(0, "Timestamp,Sum");
        rows.add(1, "Timestamp,Sum");

        assertThatThrownBy(() -> csv(rows)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("traffic.csv:2: the timestamp must be ISO 8601, such as 2024-05-06T09:00:00Z, but was:"
                        + " Timestamp");
    }

    @Test
    void fromCsv_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("traffic.csv");
        Files.write(file, rows(MONDAY, 168, i -> i % 24 >= 8 && i % 24 < 18 ? 70L : 10L));

        HourlyProfile profile = HourlyProfile.fromCsv(file);

        assertThat(Arrays.asList(profile.weight(8), profile.weight(18))).extracting(BigDecimal::intValue)
                .containsExactly(70, 10);
        assertThatThrownBy(() -> HourlyProfile.fromCsv(dir.resolve("missing.csv")))
                .isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot read traffic file " + dir.resolve("missing.csv"));
    }
}
