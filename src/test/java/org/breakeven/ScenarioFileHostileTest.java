package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.breakeven.pricing.PricingTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: hostile and broken scenario files. Each input gives a one-line {@link ScenarioFormatException} that
 * names the file, the line and the field (or a correct answer where the input is valid), never a hang, an
 * out-of-memory, an internal error, a raw terminal escape or the content of a file that is not a table. Where an
 * input used to hang or run out of memory, a generous time bound guards the test.
 */
class ScenarioFileHostileTest {

    /** Far more than any check here needs; the inputs below used to take 18 s, run out of memory, or hang. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static final String LAMBDA = "\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200}";
    private static final String CLUSTER = "\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}";
    private static final String ESC = String.valueOf((char) 27);

    @TempDir
    Path dir;

    private static Scenario json(String text) {
        return ScenarioFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.json", null);
    }

    private static Scenario yaml(String text) {
        return yaml(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Scenario yaml(byte[] text) {
        return ScenarioFile.read(new ByteArrayInputStream(text), "s.yaml", null);
    }

    /** A file with the lambda section and a cluster section that ends with {@code more}. */
    private static String withCluster(String more) {
        return "{" + LAMBDA + ",\n" + CLUSTER + more + "}}";
    }

    private static void fails(Runnable read, String message) {
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(read::run)
                .isExactlyInstanceOf(ScenarioFormatException.class).hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r", ESC)));
    }

    // Item 1: every number has an upper bound and a bounded precision, checked before any arithmetic.

    static Stream<Arguments> absurdNumbers() {
        String digits = "1".repeat(2000);
        return Stream.of(
                Arguments.of("a yearly FTE cost of 10^-999999999 (18 s and 5 GB before)",
                        withCluster(", \"ops\": {\"fte\": 1, \"loadedYearlyCostUsd\": 1e-999999999}"),
                        "s.json:2: at cluster.ops.loadedYearlyCostUsd: ops.loadedYearlyCostUsd must be between 0 and"
                                + " 10000000 per FTE-year, with at most 10 decimal places, but was: 1E-999999999"),
                Arguments.of("a monthly amount of 10^-999999999",
                        withCluster(", \"fixedMonthlyCosts\": [{\"name\": \"x\", \"monthlyAmount\": 1e-999999999}]"),
                        "s.json:2: at cluster.fixedMonthlyCosts[0].monthlyAmount: monthlyAmount of x must be between 0"
                                + " and 1000000000 per month, with at most 10 decimal places, but was: 1E-999999999"),
                Arguments.of("a monthly amount of 10^300 (a bill of 1,000,000,... before)",
                        withCluster(", \"fixedMonthlyCosts\": [{\"name\": \"x\", \"monthlyAmount\": 1e300}]"),
                        "s.json:2: at cluster.fixedMonthlyCosts[0].monthlyAmount: monthlyAmount of x must be between 0"
                                + " and 1000000000 per month, with at most 10 decimal places, but was: 1E+300"),
                Arguments.of("a node of 10^-300 requests/s at 10^-300 (never returned before)",
                        withCluster("").replace("{\"fixed\": 3}", "{\"requestsPerSecondPerNode\": 1e-300,"
                                + " \"targetUtilisation\": 1e-300}"),
                        "s.json:2: at cluster.nodes.requestsPerSecondPerNode: nodes.requestsPerSecondPerNode must be"
                                + " between 0.001 and 10000000 requests/s but was: 1.0E-300"),
                Arguments.of("101 control planes, named as the file names them",
                        withCluster(", \"controlPlanes\": 101"),
                        "s.json:2: at cluster.controlPlanes: controlPlanes must be between 0 and 100 EKS clusters but"
                                + " was: 101"),
                Arguments.of("NAT data, named as the file names it",
                        withCluster(", \"natGateways\": {\"kilobytesPerRequest\": 1e8}"),
                        "s.json:2: at cluster.natGateways.kilobytesPerRequest: natGateways.kilobytesPerRequest must be"
                                + " between 0 and 10000000 KB but was: 100000000"),
                Arguments.of("a 2,000-digit duration", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": " + digits
                                + "}, " + CLUSTER + "}}",
                        "s.json:1: at lambda.durationMs: durationMs must be a number of at most 40 characters but was: "
                                + "1".repeat(40) + "... (2,000 characters)"),
                Arguments.of("a 2,000-digit memory", "{\"lambda\": {\"memoryMb\": " + digits + ", \"durationMs\": 1},"
                                + " " + CLUSTER + "}}",
                        "s.json:1: at lambda.memoryMb: memoryMb must be a number of at most 40 characters but was: "
                                + "1".repeat(40) + "... (2,000 characters)"),
                Arguments.of("a 2,000-digit amount", withCluster(", \"fixedMonthlyCosts\": [{\"name\": \"x\","
                                + " \"monthlyAmount\": \"" + digits + "\"}]"),
                        "s.json:2: at cluster.fixedMonthlyCosts[0].monthlyAmount: monthlyAmount must be at most 1000"
                                + " characters but was: \"" + "1".repeat(40) + "... (2,000 characters)\""),
                Arguments.of("a duration too large for a double", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\":"
                                + " 1e999}, " + CLUSTER + "}}",
                        "s.json:1: at lambda.durationMs: durationMs must be 0 or between 2.2250738585072014E-308 and"
                                + " 1.7976931348623157E308 in size but was: 1e999"),
                Arguments.of("a ratio too small for a double", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1,"
                                + " \"coldStartRatio\": 1e-999999999}, " + CLUSTER + "}}",
                        "s.json:1: at lambda.coldStartRatio: coldStartRatio must be 0 or between"
                                + " 2.2250738585072014E-308 and 1.7976931348623157E308 in size but was: 1e-999999999"),
                Arguments.of("a whole number of 10^-999999999", "{\"lambda\": {\"memoryMb\": 1e-999999999,"
                                + " \"durationMs\": 1}, " + CLUSTER + "}}",
                        "s.json:1: at lambda.memoryMb: memoryMb must be a whole number but was: 1e-999999999"),
                Arguments.of("a whole number of 10^999999999", withCluster("").replace("{\"fixed\": 3}",
                                "{\"fixed\": 1e999999999}"),
                        "s.json:2: at cluster.nodes.fixed: fixed must be a whole number between -2147483648 and"
                                + " 2147483647 but was: 1e999999999"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("absurdNumbers")
    void read_absurdNumber_failsAtOnceNamingTheField(String name, String text, String message) {
        fails(() -> json(text), message);
    }

    /**
     * In YAML, a 2,000-digit scalar is text to Jackson, and a 999-digit one a number: either is named at its
     * field, and shortened.
     */
    @Test
    void read_yaml2000DigitNumber_namesTheField() {
        fails(() -> yaml("lambda:\n  memoryMb: 256\n  durationMs: " + "1".repeat(2000) + "\n"),
                "s.yaml:3: at lambda.durationMs: durationMs must be at most 1000 characters but was: \""
                        + "1".repeat(40) + "... (2,000 characters)\"");
        fails(() -> yaml("lambda:\n  memoryMb: 256\n  durationMs: " + "1".repeat(999) + "\n"),
                "s.yaml:3: at lambda.durationMs: durationMs must be a number of at most 40 characters but was: "
                        + "1".repeat(40) + "... (999 characters)");
    }

    // Item 2: bounded reads; only regular files; one-line errors for files that are not scenarios.

    static Stream<Arguments> notScenarios() {
        return Stream.of(
                Arguments.of("just null", "null", "s.json:1: at (top level): the file must be a section of fields but"
                        + " was: null"),
                Arguments.of("a top-level string, not shown", "\"AKIAIOSFODNN7EXAMPLE\"", "s.json:1: at (top level):"
                        + " the file must be a section of fields but was: text"),
                Arguments.of("a top-level number, not shown", "42", "s.json:1: at (top level): the file must be a"
                        + " section of fields but was: a number"),
                Arguments.of("a null fixed cost", withCluster(", \"fixedMonthlyCosts\": [null]"), "s.json:2: at"
                        + " cluster.fixedMonthlyCosts[0]: fixedMonthlyCosts[0] must be a section of fields but was:"
                        + " null"),
                Arguments.of("nodes: 3", "{" + LAMBDA + ", \"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\":"
                        + " 3}}", "s.json:1: at cluster.nodes: nodes must be a section of fields but was: 3"),
                Arguments.of("a 5,000-character field name", "{\"" + "k".repeat(5000) + "\": 1}", "s.json:1: at (top"
                        + " level): a field name must be at most 100 characters but was: '" + "k".repeat(40)
                        + "... (5,000 characters)'"),
                Arguments.of("a 100,000-character text", withCluster(", \"fixedMonthlyCosts\": [{\"name\": \""
                        + "n".repeat(100_000) + "\", \"monthlyAmount\": 1}]"), "s.json:2: at"
                        + " cluster.fixedMonthlyCosts[0].name: name must be at most 1000 characters but was: \""
                        + "n".repeat(40) + "... (100,000 characters)\""),
                Arguments.of("sections nested 100 deep", "{\"lambda\": " + "[".repeat(100) + "]".repeat(100) + "}",
                        "s.json:1: at lambda" + "[0]".repeat(32) + ": the file nests sections and lists more than 32"
                                + " deep; a scenario needs 4"),
                Arguments.of("20,000 values", "{\"lambda\": [" + IntStream.range(0, 20_000).mapToObj(i -> "0")
                        .collect(Collectors.joining(",")) + "]}", "s.json:1: at lambda[9998]: the file holds more"
                        + " than 10,000 values; a scenario needs fewer than 100"),
                Arguments.of("a syntax error, with no token quoted", "root:x:0:0:root:/root:/bin/bash", "s.json:1: at"
                        + " (top level): not valid JSON at column 1: Unrecognized token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notScenarios")
    void read_notAScenario_oneLineError(String name, String text, String message) {
        fails(() -> json(text), message);
    }

    /**
     * A YAML key longer than the 1,024 characters YAML allows for a plain key: SnakeYAML's error, on one line,
     * without the text around it that SnakeYAML quotes.
     */
    @Test
    void read_veryLongYamlKey_oneLineError() {
        fails(() -> yaml("k".repeat(2000) + ": 1\n"), "s.yaml:1: at (top level): not valid YAML at column 2001:"
                + " mapping values are not allowed here");
        fails(() -> yaml("lambda:\n  memoryMb: 256\n" + "  " + "k".repeat(2000) + ": 1\n"), "s.yaml:2: at"
                + " lambda.memoryMb: not valid YAML at column 16: while scanning a simple key");
    }

    /**
     * Bytes that are not UTF-8 in a YAML file (found by {@code ScenarioFuzzTest}): the YAML reader's own error said
     * only {@code java.io.CharConversionException}, at line 1, column 1. Now the line, the column and the byte's
     * offset: in the first file, {@code "lambda:\n"} is 8 bytes and {@code "  memoryMb: "} 12, so the byte 0xC3
     * (which needs a continuation byte, not the line break after it) is at offset 20, line 2, column 13.
     */
    @Test
    void read_yamlNotUtf8_namesTheByte() {
        byte[] cutShort = "lambda:\n  memoryMb: #\n".getBytes(StandardCharsets.UTF_8);
        cutShort[20] = (byte) 0xC3;
        byte[] continuationFirst = {(byte) 0x80, 'a', ':', ' ', '1'};
        byte[] surrogate = {'a', ':', ' ', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};

        fails(() -> yaml(cutShort), "s.yaml:2: at (top level): not valid YAML at column 13: the file must be UTF-8,"
                + " but the byte at offset 20 (0xC3) is not");
        fails(() -> yaml(continuationFirst), "s.yaml:1: at (top level): not valid YAML at column 1: the file must be"
                + " UTF-8, but the byte at offset 0 (0x80) is not");
        fails(() -> yaml(surrogate), "s.yaml:1: at (top level): not valid YAML at column 5: the file must be UTF-8,"
                + " but the byte at offset 4 (0xED) is not");
    }

    /** A JSON file that is not UTF-8 (nor UTF-16 or UTF-32) is named at its field and column by the JSON reader. */
    @Test
    void read_jsonNotUtf8_namesTheField() {
        byte[] text = ("{" + LAMBDA.replace("}", ", \"architecture\": \"#\"}") + "}").getBytes(StandardCharsets.UTF_8);
        text[text.length - 4] = (byte) 0xC3;

        fails(() -> ScenarioFile.read(new ByteArrayInputStream(text), "s.json", null), "s.json:1: at lambda.architecture:"
                + " not valid JSON at column 68: Invalid UTF-8 middle byte 0x22");
    }

    /** A parser's error that is a Java exception's text loses the class's name, keeping what it says. */
    @Test
    void kindOfError_javaExceptionText_dropsTheClass() {
        assertThat(FieldTree.kindOfError("java.io.CharConversionException: Invalid UTF-8 middle byte 0xa (at char #3,"
                + " byte #-1)")).isEqualTo("Invalid UTF-8 middle byte 0xa");
        assertThat(FieldTree.kindOfError("java.io.CharConversionException")).isEqualTo("unexpected text");
        assertThat(FieldTree.kindOfError("mapping values are not allowed here")).isEqualTo("mapping values are not"
                + " allowed here");
    }

    /** One byte more than a scenario may hold: refused from its size, before it is parsed. */
    @Test
    void read_fileOverTheLimit_refusedBeforeParsing() throws IOException {
        Path file = dir.resolve("big.json");
        Files.writeString(file, "{" + " ".repeat(ScenarioFile.MAX_BYTES - 2) + "}!");

        fails(() -> ScenarioFile.read(file), file + ": at (top level): a scenario file may hold at most 1,048,576"
                + " bytes but holds 1,048,577");
    }

    /** A file at the limit is read. */
    @Test
    void read_fileAtTheLimit_isRead() throws IOException {
        String text = withCluster("");
        Path file = dir.resolve("padded.json");
        Files.writeString(file, text + " ".repeat(ScenarioFile.MAX_BYTES - text.length()));

        assertThat(ScenarioFile.read(file).cluster().instanceType()).isEqualTo("t3.medium");
    }

    /** A stream that never ends (as /dev/zero does) is read no further than the limit. */
    @Test
    void read_endlessStream_stopsAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        fails(() -> ScenarioFile.read(endless, "endless.json", dir), "endless.json: at (top level): the file holds"
                + " more than 1,048,576 bytes, the most a scenario file may hold");
    }

    /** {@code solve /dev/zero} ran out of memory with a stack trace. */
    @Test
    void read_device_refused() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");

        fails(() -> ScenarioFile.read(zero), "/dev/zero: at (top level): a scenario file must be a regular file, not a"
                + " device, pipe or socket");
    }

    @Test
    void read_folder_refused() {
        fails(() -> ScenarioFile.read(dir), dir + ": at (top level): a scenario file must be a regular file, not a"
                + " folder");
    }

    /** A named pipe as a scenario blocked forever on open. */
    @Test
    void read_namedPipe_refused() throws Exception {
        Path pipe = fifo("scenario.json");

        fails(() -> ScenarioFile.read(pipe), pipe + ": at (top level): a scenario file must be a regular file, not a"
                + " device, pipe or socket");
    }

    private Path fifo(String name) throws Exception {
        Path pipe = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            throw e;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo made a pipe");
        return pipe;
    }

    // Item 3: pricing.file stays in the scenario's folder unless the caller allows otherwise; no content quoted.

    private Path scenarioWithPricingFile(Path folder, String pricingFile) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("scenario.json");
        Files.writeString(file, "{\"pricing\": {\"file\": \"" + pricingFile.replace("\\", "\\\\") + "\"},\n"
                + LAMBDA + ", " + CLUSTER + "}}");
        return file;
    }

    private Path shippedTable(Path at) throws IOException {
        Files.createDirectories(at.getParent());
        try (InputStream in = PricingTables.class.getResourceAsStream("/pricing/aws/us-east-1/2024-11-01.json")) {
            Files.copy(in, at);
        }
        return at;
    }

    @Test
    void read_pricingFileInTheFolder_isRead() throws IOException {
        Path folder = dir.resolve("scenarios");
        shippedTable(folder.resolve("tables/aws.json"));

        Scenario scenario = ScenarioFile.read(scenarioWithPricingFile(folder, "tables/aws.json"));

        assertThat(scenario.pricing().version()).isEqualTo(PricingTables.version("aws", "us-east-1", "2024-11-01")
                .version());
    }

    static Stream<Arguments> outOfTheFolder() {
        return Stream.of(Arguments.of("../", "../outside.json"), Arguments.of("../ after a folder",
                "tables/../../outside.json"), Arguments.of("absolute", "ABSOLUTE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfTheFolder")
    void read_pricingFileOutOfTheFolder_refusedUnlessAllowed(String name, String pricingFile) throws IOException {
        Path outside = shippedTable(dir.resolve("outside.json"));
        Path folder = dir.resolve("scenarios");
        String written = pricingFile.replace("ABSOLUTE", outside.toString());
        Path file = scenarioWithPricingFile(folder, written);

        fails(() -> ScenarioFile.read(file), file + ":1: at pricing.file: pricing.file must name a file in the"
                + " scenario's folder or below it, but '" + written + "' leads out of " + folder + "; a caller who"
                + " trusts the scenario can allow it (ScenarioFile.reader().allowPricingFilesAnywhere())");
        assertThat(ScenarioFile.reader().allowPricingFilesAnywhere().read(file).pricing().version())
                .isEqualTo(PricingTables.version("aws", "us-east-1", "2024-11-01").version());
    }

    /** A symbolic link in the folder that leads out of it is out of it. */
    @Test
    void read_pricingFileLinkedOutOfTheFolder_refused() throws IOException {
        Path outside = shippedTable(dir.resolve("outside.json"));
        Path folder = dir.resolve("scenarios");
        Files.createDirectories(folder);
        try {
            Files.createSymbolicLink(folder.resolve("link.json"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e.getMessage());
        }
        Path file = scenarioWithPricingFile(folder, "link.json");

        fails(() -> ScenarioFile.read(file), file + ":1: at pricing.file: pricing.file must name a file in the"
                + " scenario's folder or below it, but 'link.json' leads out of " + folder + "; a caller who trusts"
                + " the scenario can allow it (ScenarioFile.reader().allowPricingFilesAnywhere())");
    }

    /** Even where files anywhere are allowed, a device is not a table. */
    @Test
    void read_pricingFileDevice_refusedEvenAnywhere() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
        Path file = scenarioWithPricingFile(dir, "/dev/zero");

        fails(() -> ScenarioFile.reader().allowPricingFilesAnywhere().read(file), file + ":1: at pricing.file:"
                + " pricing.file '/dev/zero' must be a regular file, not a device, pipe or socket");
    }

    /** A pricing file that is a named pipe hung forever. */
    @Test
    void read_pricingFileNamedPipe_refused() throws Exception {
        fifo("pipe.json");
        Path file = scenarioWithPricingFile(dir, "pipe.json");

        fails(() -> ScenarioFile.read(file), file + ":1: at pricing.file: pricing.file 'pipe.json' must be a regular"
                + " file, not a device, pipe or socket");
    }

    /**
     * A {@code pricing.file} that leads to no file (found by {@code ScenarioFuzzTest}, which put a byte into the
     * name) threw an {@link java.io.UncheckedIOException} that named no line and no field: now it is refused at
     * its line, with the path looked for. A name that goes through a file as if it were a folder leads nowhere too.
     */
    @Test
    void read_pricingFileMissing_refusedAtItsLine() throws IOException {
        shippedTable(dir.resolve("table.json"));
        for (String missing : new String[] {"missing.json", "table.json/x.json"}) {
            Path file = scenarioWithPricingFile(dir, missing);

            fails(() -> ScenarioFile.read(file), file + ":1: at pricing.file: pricing.file '" + missing + "' does not"
                    + " exist or cannot be reached: " + dir.resolve(missing));
        }
    }

    /**
     * A file that is not a table, such as {@code /etc/passwd} or a credentials file: its place is named, never
     * its text ({@code 'root'} and {@code 'AKIA...'} were quoted before), and no cause carries it.
     */
    @Test
    void read_pricingFileOfSecrets_quotesNothing() throws IOException {
        Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(dir.resolve("credentials"), "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");

        for (String secrets : new String[] {"passwd", "credentials"}) {
            Path file = scenarioWithPricingFile(dir, secrets);
            assertThatThrownBy(() -> ScenarioFile.read(file)).isExactlyInstanceOf(ScenarioFormatException.class)
                    .hasNoCause().satisfies(e -> assertThat(e.getMessage()).doesNotContain("root", "AKIA", "default"));
        }
        Path passwd = scenarioWithPricingFile(dir, "passwd");
        fails(() -> ScenarioFile.read(passwd), passwd + ":1: at pricing.file: pricing.file 'passwd' is not a valid"
                + " pricing table (line 1, column 1); load it on its own, with PricingTables.fromFile or `breakeven"
                + " pricing show FILE`, to see why");
    }

    /** Terminal escapes in values, field names and file names are escaped in every message. */
    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                Arguments.of("in an unknown instance type", "{" + LAMBDA + ", \"cluster\": {\"instanceType\":"
                        + " \"t3\\u001b[31m\", \"nodes\": {\"fixed\": 3}}}", "t3\\u001B[31m"),
                Arguments.of("in an architecture", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1,"
                        + " \"architecture\": \"\\u001b]0;pwned\\u0007\"}, " + CLUSTER + "}}", "\\u001B]0;pwned\\u0007"),
                Arguments.of("in an unknown field", "{\"\\u001b[2J\": 1}", "'\\u001B[2J'"),
                Arguments.of("a line break in a fixed cost's name", withCluster(", \"fixedMonthlyCosts\": [{\"name\":"
                        + " \"a\\nb\", \"monthlyAmount\": -1}]"), "monthlyAmount of a\\u000Ab must be"),
                Arguments.of("in a wrong-typed value", "{\"lambda\": {\"memoryMb\": \"\\u009b31m\"}}",
                        "\"\\u009B31m\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controlCharacters")
    void read_controlCharacters_escaped(String name, String text, String shown) {
        assertThatThrownBy(() -> json(text)).isExactlyInstanceOf(ScenarioFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(shown)
                        .doesNotContain(ESC, "\n", String.valueOf((char) 0x9B), String.valueOf((char) 7)));
    }

    @Test
    void read_controlCharacterInTheFileName_escaped() {
        fails(() -> ScenarioFile.read(new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8)),
                "s" + ESC + "[31m.json", null), "s\\u001B[31m.json:1: at (top level): the file must be a section of"
                + " fields but was: null");
    }

    // Item 7: YAML anchors and aliases are refused with a message that says so.

    /** Jackson does not report the anchor of a scalar in a section, so no alias is expanded, even a legitimate one. */
    @Test
    void read_yamlAlias_refused() {
        fails(() -> yaml("""
                lambda:
                  memoryMb: &size 1024
                  durationMs: 120
                  ephemeralStorageMb: *size
                cluster:
                  instanceType: t3.medium
                  nodes: {fixed: 2}
                """), "s.yaml:4: at lambda.ephemeralStorageMb: YAML anchors and aliases are not supported, but the"
                + " alias *size is used here: write the value out");
        fails(() -> yaml("""
                lambda: {memoryMb: 256, durationMs: 1}
                cluster:
                  instanceType: t3.medium
                  nodes: {fixed: 2}
                  fixedMonthlyCosts:
                    - &monitoring {name: Monitoring, monthlyAmount: "16.00"}
                    - *monitoring
                """), "s.yaml:7: at cluster.fixedMonthlyCosts[1]: YAML anchors and aliases are not supported, but the"
                + " alias *monitoring is used here: write the value out");
    }

    /** An anchor that no alias uses is only a label: the file is read as if it were not there. */
    @Test
    void read_yamlAnchorWithoutAlias_isRead() {
        assertThat(yaml("lambda: &fn {memoryMb: 256, durationMs: 200}\ncluster: {instanceType: t3.medium, nodes:"
                + " {fixed: 3}}\n")).isEqualTo(json("{" + LAMBDA + ", " + CLUSTER + "}}"));
    }

    /** "Billion laughs": nine levels of ten aliases each would be 10^9 values; the first alias stops it. */
    @Test
    void read_billionLaughs_refused() {
        StringBuilder text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String alias = "*a" + (level - 1);
            text.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(IntStream.range(0, 10).mapToObj(i -> alias).collect(Collectors.joining(", ")))
                    .append("]\n");
        }

        fails(() -> yaml(text.toString()), "s.yaml:2: at a1[0]: YAML anchors and aliases are not supported, but the"
                + " alias *a0 is used here: write the value out");
    }

    @Test
    void read_yamlMergeKey_refused() {
        fails(() -> yaml("lambda:\n  <<: {memoryMb: 256}\n  durationMs: 1\n"), "s.yaml:2: at lambda: YAML merge"
                + " keys (<<) are not supported: write the fields out");
    }
}
