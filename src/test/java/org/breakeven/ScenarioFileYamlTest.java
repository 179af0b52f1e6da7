package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.breakeven.serverless.LambdaFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML scenario files: the same records as JSON, and errors that name the file, line and path. */
class ScenarioFileYamlTest {

    private static final String CLUSTER = "cluster:\n  instanceType: t3.medium\n  nodes:\n    fixed: 3\n";

    private static Scenario yaml(String text) {
        return ScenarioFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.yaml", null);
    }

    @Test
    void read_yamlAndJson_giveTheSameScenario() {
        Scenario json = ScenarioFile.read(Path.of("examples", "default.json"));
        Scenario yaml = yaml("""
                # the default scenario
                workload:
                  requestsPerMonth: 1000000
                lambda:
                  memoryMb: 256
                  durationMs: 200
                  downstream:
                    computeMultiplier: 3
                cluster:
                  instanceType: t3.medium
                  nodes: {fixed: 3}
                  loadBalancers: {type: ALB, count: 1}
                """);

        assertThat(yaml).isEqualTo(json).isEqualTo(Breakeven.defaultScenario());
    }

    static Stream<String> yamlExamples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(4);
            return names.stream();
        }
    }

    /** Each YAML example, written out as JSON by Jackson, reads to the equal scenario: one set of records. */
    @ParameterizedTest
    @MethodSource("yamlExamples")
    void read_yamlExample_equalsItsJsonTwin(String name) throws IOException {
        Path file = Path.of("examples", name);
        byte[] json = new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(file.toFile()));

        Scenario fromJson = ScenarioFile.read(new ByteArrayInputStream(json), name + ".json", file.getParent());

        assertThat(ScenarioFile.read(file)).isEqualTo(fromJson);
    }

    @Test
    void read_ymlEnding_isYamlToo() {
        Scenario scenario = ScenarioFile.read(new ByteArrayInputStream(("lambda: {memoryMb: 512, durationMs: 10}\n"
                + CLUSTER).getBytes(StandardCharsets.UTF_8)), "x.YML", null);

        assertThat(scenario.function()).isEqualTo(LambdaFunction.of(512, 10));
    }

    /**
     * A number with a leading zero is refused: YAML 1.1 reads {@code 0400} as the octal number 256, YAML 1.2
     * and people as 400, and a price must not depend on which. Numbers YAML writes in other notations are
     * refused too; a quoted number is text.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0400|s.yaml:2: at lambda.memoryMb: memoryMb must be written without a leading zero but was: 0400 (YAML 1.1"
                + " reads a leading zero as octal; write the decimal number)",
        "0x100|s.yaml:2: at lambda.memoryMb: memoryMb must be a number in decimal digits, such as 1000 or 0.25, but"
                + " was: 0x100",
        "1_024|s.yaml:2: at lambda.memoryMb: memoryMb must be a number in decimal digits, such as 1000 or 0.25, but"
                + " was: 1_024",
        "'\"0400\"'|s.yaml:2: at lambda.memoryMb: memoryMb must be a whole number but was: \"0400\"",
    })
    void read_numberNotInDecimal(String memory, String message) {
        assertThatThrownBy(() -> yaml("lambda:\n  memoryMb: " + memory + "\n  durationMs: 200\n" + CLUSTER))
                .isExactlyInstanceOf(ScenarioFormatException.class).hasMessage(message);
    }

    /** A plus sign is still decimal. */
    @Test
    void read_plusSign_isDecimal() {
        assertThat(yaml("lambda:\n  memoryMb: +400\n  durationMs: 200\n" + CLUSTER).function())
                .isEqualTo(LambdaFunction.of(400, 200));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lambda:\\n  memoryMb: 256\\n  durationMs: 200\\n  memoryMB: 512\\n|s.yaml:4: at lambda: unknown field"
                + " 'memoryMB'; known fields here: architecture, coldStartRatio, concurrencyLimit, downstream, durationMs,"
                + " ephemeralStorageMb, freeTier, initDurationMs, memoryMb, packaging, provisionedConcurrency",
        "lambda:\\n  memoryMb: 20000\\n  durationMs: 200\\n|s.yaml:2: at lambda.memoryMb: memoryMb must be between 128"
                + " and 10240 MB but was: 20000",
        "workload:\\n  peakToAverageRatio: 0.5\\nlambda: {memoryMb: 256, durationMs: 1}\\n|s.yaml:2: at"
                + " workload.peakToAverageRatio: peakToAverageRatio must be between 1 and 1000 (peak requests/s over"
                + " average) but was: 0.5",
        "lambda:\\n  memoryMb: lots\\n  durationMs: 200\\n|s.yaml:2: at lambda.memoryMb: memoryMb must be a whole"
                + " number but was: \"lots\"",
        "lambda:\\n  memoryMb: 256\\n  memoryMb: 512\\n  durationMs: 1\\n|s.yaml:3: at lambda: duplicate field"
                + " 'memoryMb'",
        "lambda:\\n  memoryMb: 256\\n  durationMs: 1\\n  downstream:\\n|s.yaml:4: at lambda.downstream: downstream"
                + " must be a section of fields but was: null",
        "lambda:\\n  memoryMb: 256\\n  durationMs: 1\\n  freeTier: no\\n  architecture: no\\n|s.yaml:5: at"
                + " lambda.architecture: architecture must be text but was: false",
        "lambda: {memoryMb: 256, durationMs: 1}\\n---\\nlambda: {}\\n|s.yaml:3: at (top level): the file holds a second"
                + " document or value here; a scenario is one section of fields",
    })
    void read_badYaml_namesLineAndPath(String text, String message) {
        assertThatThrownBy(() -> yaml(text.replace("\\n", "\n") + CLUSTER))
                .isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage(message);
    }

    /**
     * A syntax error: the line, the column and the kind of error, on one line; SnakeYAML's own description,
     * which quotes the text around it, is left out (issue 14: a file may hold anything).
     */
    @Test
    void read_notYaml() {
        assertThatThrownBy(() -> yaml("lambda:\n  memoryMb: [256\n  durationMs: 200\n"))
                .isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage("s.yaml:3: at lambda.memoryMb[0]: not valid YAML at column 13: while parsing a flow sequence");
    }
}
