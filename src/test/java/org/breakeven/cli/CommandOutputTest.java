package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.breakeven.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, output integrity: output that cannot be written is never reported as success. Every command
 * whose standard output fails part-way exits with 2 (not 0, and not the 1 of a failed check) and says on
 * standard error what could not be written; a file is replaced whole or not at all.
 */
class CommandOutputTest {

    private static final String FULL = "breakeven: cannot write standard output: No space left on device";

    static Run run(OutputStream out, Output files, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8), false, files);
        return new Run(code, "", err.toString(StandardCharsets.UTF_8));
    }

    static Stream<List<String>> commands() {
        return Stream.of(List.of("solve"), List.of("solve", "--format", "json"), List.of("solve", "--format", "csv"),
                List.of("solve", "--format", "focus", "--month", "2026-01"), List.of("compare"),
                List.of("compare", "--format", "json"), List.of("sweep", "--points", "1000"),
                List.of("sweep", "--format", "text"), List.of("chart", "-o", "-"), List.of("pricing", "list"),
                List.of("pricing", "show"), List.of("pricing", "diff", "aws/us-east-1@2024-07-01", "latest"),
                List.of("--help"), List.of("solve", "--help"), List.of("--version"));
    }

    /**
     * Each command's output is cut at half its length, as a full disk or {@code ulimit -f} cuts it: the
     * bytes before the cut are written, and the exit code is 2 with one line on standard error.
     */
    @ParameterizedTest
    @MethodSource("commands")
    void everyCommand_outputCutPartWay_exitsTwo(List<String> command) {
        String[] args = command.toArray(String[]::new);
        Run whole = MainTest.run(args);
        assertThat(whole.code()).isZero();
        byte[] expected = whole.out().getBytes(StandardCharsets.UTF_8);
        int half = expected.length / 2;
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        Run cut = run(new OutputTest.FailsAfter(written, half), Output.FILES, args);

        assertThat(cut.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(cut.errLines()).containsExactly(FULL);
        assertThat(written.toByteArray()).containsExactly(java.util.Arrays.copyOf(expected, half));
    }

    /** A CSV cut at 4,096 bytes, as {@code ulimit -f 4} cuts {@code sweep --points 1000 > sweep.csv}. */
    @Test
    void sweep_cutAt4096Bytes_exitsTwo() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        Run run = run(new OutputTest.FailsAfter(written, 4096), Output.FILES, "sweep", "--points", "1000");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly(FULL);
        assertThat(written.size()).isEqualTo(4096);
    }

    /** A failed check exits with 1, but not when its report could not be written: that is 2. */
    @Test
    void solve_checkFailsAndOutputFails_exitsTwo() {
        Run run = run(new OutputTest.FailsAfter(new ByteArrayOutputStream(), 0), Output.FILES, "solve",
                "--fail-if-below", "100M");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: check failed: the break-even, 52.4M requests/month"
                + " (52,411,544), is below 100.0M requests/month (--fail-if-below)", FULL);
    }

    @Test
    void solve_closedStandardOutput_exitsTwo() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Stream closed");
            }
        };
        Run run = run(closed, Output.FILES, "solve", "--format", "json");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: cannot write standard output: Stream closed");
    }

    /** Through the public {@link Main#run(String[], PrintStream, PrintStream)}, whose PrintStream hides why. */
    @Test
    void run_printStreamThatFails_exitsTwo() {
        PrintStream out = new PrintStream(new OutputTest.FailsAfter(new ByteArrayOutputStream(), 10), true,
                StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"sweep"}, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("breakeven: cannot write standard output: the stream reported an error\n");
    }

    @Test
    void run_verbose_outputFails_addsTheStackTrace() {
        Run run = run(new OutputTest.FailsAfter(new ByteArrayOutputStream(), 0), Output.FILES, "solve", "--verbose");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines().get(0)).isEqualTo(FULL);
        assertThat(run.err()).contains("Output$Failure", "\tat ");
    }

    /** {@code /dev/full} as standard output, where the platform has it. */
    @Test
    void sweep_devFull_exitsTwo() throws IOException {
        assumeThat(Files.exists(Path.of("/dev/full"))).as("/dev/full exists").isTrue();
        try (OutputStream full = new FileOutputStream("/dev/full")) {
            Run run = run(full, Output.FILES, "sweep", "--points", "1000");
            assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.errLines()).containsExactly(FULL);
        }
    }

    /**
     * The program itself, as a shell runs it: {@code breakeven sweep --points 1000 > /dev/full} and
     * {@code breakeven solve --format json >&-} (a closed standard output). This checks that {@code main}
     * writes through a stream that reports failures, which {@code System.out} does not.
     */
    @Test
    void main_devFullAndClosedStandardOutput_exitTwo() throws Exception {
        assumeThat(Files.exists(Path.of("/dev/full")) && Files.isExecutable(Path.of("/bin/sh")))
                .as("/dev/full and /bin/sh exist").isTrue();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "exec '" + java + "' -cp \"$CP\" " + Main.class.getName();

        Process full = shell(command + " sweep --points 1000 > /dev/full");
        assertThat(full.waitFor()).isEqualTo(Main.BAD_INPUT);
        assertThat(new String(full.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(FULL + "\n");

        Process closed = shell(command + " solve --format json >&-");
        assertThat(closed.waitFor()).isEqualTo(Main.BAD_INPUT);
        assertThat(new String(closed.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("breakeven: cannot write standard output: Bad file descriptor\n");
    }

    private static Process shell(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command);
        // The tests may run on the module path: the main classes are then on jdk.module.path, not the class path.
        builder.environment().put("CP", System.getProperty("java.class.path") + java.io.File.pathSeparator
                + System.getProperty("jdk.module.path", ""));
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        if (!process.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish in 60 s: " + command);
        }
        return process;
    }

    /** {@code chart -o existing.svg} on a disk that fills part-way leaves the old chart as it was, and no other file. */
    @Test
    void chart_fileFailsPartWay_keepsTheOldFile(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("existing.svg");
        Files.writeString(svg, "the old chart");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Run run = run(out, OutputTest.failingAfter(4096), "chart", "-o", svg.toString());

        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: cannot write " + svg + ": No space left on device");
        assertThat(out.size()).isZero();
        assertThat(Files.readString(svg)).isEqualTo("the old chart");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(svg);
        }
    }

    @Test
    void chartHtml_fileFailsPartWay_leavesNoFile(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Run run = run(new ByteArrayOutputStream(), OutputTest.failingAfter(100), "chart", "--html", "-o",
                html.toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: cannot write " + html + ": No space left on device");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void chart_missingFolder_exitsTwo(@TempDir Path dir) {
        Path svg = dir.resolve("no-such-folder").resolve("c.svg");
        Run run = MainTest.run("chart", "-o", svg.toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: cannot write " + svg + ": no such folder: "
                + svg.getParent());
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(svg.getParent())).isFalse();
    }

    @Test
    void chart_outputIsAFolder_exitsTwo(@TempDir Path dir) throws IOException {
        Run run = MainTest.run("chart", "-o", dir.toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: cannot write " + dir + ": it is a folder");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void chart_emptyOutput_exitsTwo() {
        Run run = MainTest.run("chart", "-o", "");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: --output must name a file, or - for standard output,"
                + " but was empty");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void chart_devFull_exitsTwoAndLeavesTheDevice() {
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full)).as("/dev/full exists").isTrue();
        Run run = MainTest.run("chart", "-o", full.toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: cannot write /dev/full: No space left on device");
        assertThat(Files.isRegularFile(full)).isFalse();
    }
}
