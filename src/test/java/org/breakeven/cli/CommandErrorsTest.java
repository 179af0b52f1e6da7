package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.breakeven.ScenarioFormatException;
import org.breakeven.cli.MainTest.Run;
import org.breakeven.pricing.PricingFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, the errors the command prints: one line on standard error, exit 2, no stack trace, nothing on
 * standard output, a value from the command line quoted briefly and with its control characters escaped.
 */
class CommandErrorsTest {

    private static final String TWO_THOUSAND_NINES = "9".repeat(2000);
    private static final String QUOTED_NINES = "'" + "9".repeat(Messages.MAX_QUOTED) + "... (2,000 characters)'";
    private static final String REQUESTS = "requests must be a number from 0 to 10^13 per month such as 1000000, 1e6,"
            + " 2.5M or 10K";

    private static void assertBadInput(Run run, String line) {
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(line);
        assertThat(run.out()).isEmpty();
    }

    /** Every option that takes a number of requests, on a command that has it. */
    static Stream<List<String>> requestsOptions() {
        return Stream.of(List.of("solve", "--fail-if-below"), List.of("solve", "--fail-if-above"),
                List.of("solve", "--requests"), List.of("compare", "--from"), List.of("compare", "--to"),
                List.of("sweep", "--from"), List.of("sweep", "--to"), List.of("chart", "--from"),
                List.of("chart", "--to"));
    }

    @ParameterizedTest
    @MethodSource("requestsOptions")
    void requestsOption_empty(List<String> option) {
        Run run = MainTest.run(option.get(0), option.get(1), "");
        assertBadInput(run, "breakeven " + option.get(0) + ": Invalid value for option '" + option.get(1) + "': "
                + REQUESTS + " but was empty (see breakeven " + option.get(0) + " --help)");
    }

    /** A 2,000-digit number is refused by its length before it is read, and quoted by its first 40 digits. */
    @ParameterizedTest
    @MethodSource("requestsOptions")
    void requestsOption_twoThousandDigits(List<String> option) {
        Run run = MainTest.run(option.get(0), option.get(1), TWO_THOUSAND_NINES);
        assertBadInput(run, "breakeven " + option.get(0) + ": Invalid value for option '" + option.get(1) + "': "
                + REQUESTS + ", at most 40 characters long, but was: " + QUOTED_NINES + " (see breakeven "
                + option.get(0) + " --help)");
    }

    /** 10^14 is 41 characters written out in full, past the limit; as {@code 1e14} it is read, then out of range. */
    @Test
    void requestsOption_outOfRange() {
        assertBadInput(MainTest.run("solve", "--fail-if-below", "1e14"), "breakeven solve: Invalid value for option"
                + " '--fail-if-below': " + REQUESTS + " but was: '1e14' (see breakeven solve --help)");
        assertBadInput(MainTest.run("solve", "--fail-if-below", "-1"), "breakeven solve: Invalid value for option"
                + " '--fail-if-below': " + REQUESTS + " but was: '-1' (see breakeven solve --help)");
    }

    /** 40 characters are read: 10^13 written with commas and a decimal part. */
    @Test
    void requestsOption_fortyCharacters_isRead() {
        String forty = "10,000,000,000,000.000000000000000000000";
        assertThat(forty).hasSize(Requests.MAX_LENGTH);
        assertThat(Requests.parse(forty)).isEqualTo(1e13);
    }

    /** {@code chart --from 0 --to 0} was read as "automatic"; it is refused, and no chart is written. */
    @Test
    void chart_fromZeroToZero(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("c.svg");
        assertBadInput(MainTest.run("chart", "--from", "0", "--to", "0", "-o", svg.toString()), "breakeven:"
                + " toRequestsPerMonth must be greater than fromRequestsPerMonth (0 requests/month) but was: 0");
        assertBadInput(MainTest.run("chart", "--from", "0", "-o", svg.toString()), "breakeven: fromRequestsPerMonth"
                + " must be between 1 and 10000000000000 requests/month on a log scale but was: 0");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void wholeNumberOption_twoThousandDigits() {
        assertBadInput(MainTest.run("sweep", "--points", TWO_THOUSAND_NINES), "breakeven sweep: Invalid value for"
                + " option '--points': " + QUOTED_NINES + " is not a whole number such as 200 (see breakeven sweep"
                + " --help)");
        assertBadInput(MainTest.run("chart", "--width", ""), "breakeven chart: Invalid value for option '--width': ''"
                + " is not a whole number such as 200 (see breakeven chart --help)");
    }

    @Test
    void pricing_empty() {
        assertBadInput(MainTest.run("solve", "--pricing", ""), "breakeven: --pricing must be a shipped version such as"
                + " aws/us-east-1@2024-11-01 or latest (see 'breakeven pricing list'), or an existing file, but was"
                + " empty");
    }

    @Test
    void pricing_folder(@TempDir Path dir) {
        assertBadInput(MainTest.run("compare", "--pricing", dir.toString()), "breakeven: --pricing must be a shipped"
                + " version such as aws/us-east-1@2024-11-01 or latest (see 'breakeven pricing list'), or an existing"
                + " file, but was a folder: " + dir);
    }

    /** A named pipe would block a read for ever; it is refused without being opened. */
    @Test
    void pricing_namedPipe_refusedWithoutHanging(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("table.json");
        assumeThat(Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")))
                .as("mkfifo exists").isTrue();
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MainTest.run("solve", "--pricing",
                pipe.toString()));
        assertBadInput(run, "breakeven: --pricing must be a shipped version such as aws/us-east-1@2024-11-01 or latest"
                + " (see 'breakeven pricing list'), or an existing file, but was not a regular file: "
                + pipe);
    }

    @Test
    void pricing_missingFile_andTheNameOfThePricingCommandsArgument() {
        assertBadInput(MainTest.run("pricing", "show", "no-such-table.json"), "breakeven: pricing table must be a"
                + " shipped version such as aws/us-east-1@2024-11-01 or latest (see 'breakeven pricing list'), or an"
                + " existing file, but was: no-such-table.json");
    }

    @Test
    void pricing_controlCharacters_areEscaped() {
        assertBadInput(MainTest.run("solve", "--pricing", "\u001B[2J\u001B]0;owned\u0007"), "breakeven: --pricing must"
                + " be a shipped version such as aws/us-east-1@2024-11-01 or latest (see 'breakeven pricing list'), or"
                + " an existing file, but was: \\u001B[2J\\u001B]0;owned\\u0007");
    }

    @Test
    void scenario_empty() {
        assertBadInput(MainTest.run("solve", ""), "breakeven: SCENARIO must be a scenario file, or - for standard"
                + " input, but was empty");
    }

    @Test
    void scenario_missing(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder").resolve("s.yaml");
        assertBadInput(MainTest.run("compare", missing.toString()), "breakeven: no such file: " + missing);
    }

    @Test
    void scenario_folder(@TempDir Path dir) {
        assertBadInput(MainTest.run("solve", dir.toString()), "breakeven: " + dir + ": at (top level): a scenario"
                + " file must be a regular file, not a folder");
    }

    /** Only where permissions bind: root reads any file. */
    @Test
    void scenario_unreadable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("secret.json");
        Files.writeString(file, "{}");
        assumeThat(file.toFile().setReadable(false, false) && !Files.isReadable(file))
                .as("permissions bind here").isTrue();
        assertBadInput(MainTest.run("solve", file.toString()), "breakeven: cannot read " + file
                + ": permission denied");
    }

    /** A value from a scenario file is escaped in the message that quotes it. */
    @Test
    void scenario_controlCharactersInAValue_areEscaped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("escape.json");
        Files.writeString(file, "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200}, \"cluster\": {\"instanceType\":"
                + " \"t3.\\u001b[2Jmedium\", \"nodes\": {\"fixed\": 2}}}");
        Run run = MainTest.run("solve", file.toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).doesNotContain("\u001B").endsWith("but was: t3.\\u001B[2Jmedium\n");
    }

    /**
     * picocli's message quotes the whole option: "Unknown option: '" (17 characters), the option (2 + 5,000)
     * and "'" (1), 5,020 characters, cut at 1,000.
     */
    @Test
    void unknownOption_controlCharactersAndLength() {
        Run escape = MainTest.run("solve", "--\u001B[31m");
        assertBadInput(escape, "breakeven solve: Unknown option: '--\\u001B[31m' (see breakeven solve --help)");

        Run huge = MainTest.run("solve", "--" + "x".repeat(5000));
        assertThat(huge.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(huge.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("breakeven solve: Unknown option: '--xxx")
                .contains("... (5,020 characters)")
                .hasSizeLessThan(Messages.MAX_LENGTH + 100));
    }

    @Test
    void messages_line_foldsCutsAndEscapes() {
        assertThat(Messages.line(null)).isEmpty();
        assertThat(Messages.line("  first\n  second\r\nthird\t\u001B ")).isEqualTo("first second third\\u0009\\u001B");
        String cut = Messages.line("y".repeat(Messages.MAX_LENGTH + 1));
        assertThat(cut).isEqualTo("y".repeat(Messages.MAX_LENGTH) + "... (1,001 characters)");
    }

    @Test
    void messages_quote() {
        assertThat(Messages.quote("lots")).isEqualTo("'lots'");
        assertThat(Messages.quote("a\u009Bb")).isEqualTo("'a\\u009Bb'");
        assertThat(Messages.quote("z".repeat(41))).isEqualTo("'" + "z".repeat(40) + "... (41 characters)'");
    }

    /**
     * Bad input, including a malformed scenario or pricing table and a file that cannot be read, is the
     * caller's to fix (2); anything else is ours (3).
     */
    @Test
    void badInput_exceptionMapping() {
        assertThat(Main.badInput(new IllegalArgumentException("x"))).isTrue();
        assertThat(Main.badInput(new ScenarioFormatException("s.json", 1, "lambda", "bad", null))).isTrue();
        assertThat(Main.badInput(new PricingFormatException("t.json", "$.rates", "bad", null))).isTrue();
        assertThat(Main.badInput(new UncheckedIOException(new IOException("disk")))).isTrue();
        assertThat(Main.badInput(new IllegalStateException("x"))).isFalse();
        assertThat(Main.badInput(new NullPointerException())).isFalse();
        assertThat(Main.badInput(new ArithmeticException())).isFalse();
    }

    @Test
    void message_namesTheFileOfAFileSystemFailure() {
        assertThat(Main.message(new UncheckedIOException("cannot read scenario file a.json: a.json",
                new NoSuchFileException("a.json")))).isEqualTo("no such file: a.json");
        assertThat(Main.message(new UncheckedIOException("cannot read scenario file a.json: a.json",
                new AccessDeniedException("a.json")))).isEqualTo("cannot read a.json: permission denied");
        assertThat(Main.message(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
