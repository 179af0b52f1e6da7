package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** YAML scenario files: the same fields as JSON, and errors that name the file, line and field. */
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
        assertThat(yaml).isEqualTo(json);
        assertThat(yaml).isEqualTo(Breakeven.defaultScenario());
    }

    @Test
    void read_ymlEnding_isYamlToo() {
        Scenario scenario = ScenarioFile.read(new ByteArrayInputStream(("lambda: {memoryMb: 512, durationMs: 10}\n"
                + CLUSTER).getBytes(StandardCharsets.UTF_8)), "x.YML", null);
        assertThat(scenario.function().memoryMb()).isEqualTo(512);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lambda:\\n  memoryMb: 256\\n  durationMs: 200\\n  memoryMB: 512\\n|s.yaml:4: at lambda: unknown field 'memoryMB'",
        "lambda:\\n  memoryMb: 20000\\n  durationMs: 200\\n|s.yaml:2: at lambda: memoryMb must be between 128 and 10240 MB but was: 20000",
        "workload:\\n  peakToAverageRatio: 0.5\\nlambda: {memoryMb: 256, durationMs: 1}\\n|s.yaml:2: at workload: peakToAverageRatio must be between 1 and 1000",
        "lambda:\\n  memoryMb: lots\\n  durationMs: 200\\n|s.yaml:2: at lambda.memoryMb: Cannot deserialize value of type `java.lang.Integer` from String \"lots\"",
        "lambda:\\n  memoryMb: 256\\n  memoryMb: 512\\n  durationMs: 1\\n|s.yaml:3: at lambda: Duplicate field 'memoryMb'",
    })
    void read_badYaml_namesLineAndField(String text, String message) {
        assertThatThrownBy(() -> yaml(text.replace("\\n", "\n") + CLUSTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void read_unknownField_listsTheKnownOnes() {
        assertThatThrownBy(() -> yaml("lambda: {memoryMb: 256, durationMs: 200, memory: 3}\n" + CLUSTER))
                .hasMessage("s.yaml:1: at lambda: unknown field 'memory'; known fields here: architecture, coldStartRatio,"
                        + " downstream, durationMs, ephemeralStorageMb, freeTier, initDurationMs, memoryMb,"
                        + " provisionedConcurrency");
    }
}
