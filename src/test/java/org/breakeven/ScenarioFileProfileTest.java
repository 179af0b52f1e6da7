package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.workload.HourlyProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario file's hourly profile ({@code workload.profile}) and autoscaled nodes
 * ({@code cluster.nodes.autoscaled}): each form read, and each bad value failing with the file, the line and
 * the field, in the domain type's words.
 */
class ScenarioFileProfileTest {

    private static final String LAMBDA = "lambda:\n  memoryMb: 256\n  durationMs: 200\n";
    private static final String FIXED = "cluster:\n  instanceType: t3.medium\n  nodes:\n    fixed: 3\n";

    private static Scenario yaml(String text, Path baseDir) {
        return ScenarioFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.yaml", baseDir);
    }

    private static Scenario yaml(String text) {
        return yaml(text, null);
    }

    private static String weights(int count, String value) {
        return "[" + String.join(", ", Collections.nCopies(count, value)) + "]";
    }

    @Test
    void read_profileShape() {
        Scenario s = yaml("workload:\n  profile:\n    shape: businessHours\n" + LAMBDA + FIXED);

        assertThat(s.workload().profile()).isEqualTo(HourlyProfile.shape("businessHours"));
        assertThat(s.workload().requestsPerMonth()).isEqualTo(1_000_000);
    }

    /** Weights as numbers or decimal strings, kept exactly: 14 ones and 10 sevens are businessHours. */
    @Test
    void read_profileWeights() {
        String weights = "[1, 1, 1, 1, 1, 1, 1, 1, 7, 7, 7, 7, 7, 7, 7, 7, 7, \"7.0\", 1, 1, 1, 1, 1, 1]";
        Scenario s = yaml("workload:\n  profile:\n    weights: " + weights + "\n" + LAMBDA + FIXED);

        assertThat(s.workload().profile()).isEqualTo(HourlyProfile.shape("businessHours"));
    }

    /** A CSV file is resolved against the scenario file's folder, like pricing.file. */
    @Test
    void read_profileCsvRelativeToTheScenario(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("traffic.csv"), csv(168, -1));
        Scenario s = yaml("workload:\n  profile:\n    csv: traffic.csv\n" + LAMBDA + FIXED, dir);

        assertThat(s.workload().profile().hours()).isEqualTo(168);
        assertThat(s.workload().profile().weight(9)).isEqualByComparingTo("70");
        assertThat(s.workload().profile().weight(3)).isEqualByComparingTo("10");
    }

    /** A week of hourly counts from Monday 2024-05-06: 70 from 08:00 to 17:59, 10 otherwise; one row left out. */
    private static List<String> csv(int hours, int missing) {
        List<String> rows = new ArrayList<>();
        rows.add("Timestamp,Sum");
        Instant monday = Instant.parse("2024-05-06T00:00:00Z");
        for (int i = 0; i < hours; i++) {
            if (i != missing) {
                rows.add(monday.plusSeconds(3600L * i) + "," + (i % 24 >= 8 && i % 24 < 18 ? 70 : 10));
            }
        }
        return rows;
    }

    @Test
    void read_profileCsvMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> yaml("workload:\n  profile:\n    csv: nowhere.csv\n" + LAMBDA + FIXED, dir))
                .isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot read traffic file " + dir.resolve("nowhere.csv"));
    }

    /** A gap in the CSV: the scenario's line and field, then the CSV file's line. */
    @Test
    void read_profileCsvWithAGap(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("traffic.csv"), csv(200, 30));

        assertThatThrownBy(() -> yaml("workload:\n  profile:\n    csv: traffic.csv\n" + LAMBDA + FIXED, dir))
                .isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage("s.yaml:3: at workload.profile.csv: " + dir.resolve("traffic.csv") + ":32: the counts have a"
                        + " gap: no row for 2024-05-07T06:00:00Z, the hour after 2024-05-07T05:00:00Z (line 31), before"
                        + " this row's 2024-05-07T07:00:00Z");
    }

    @Test
    void read_autoscaledByCpu() {
        Scenario s = yaml(LAMBDA + """
                cluster:
                  instanceType: m6i.large
                  nodes:
                    autoscaled:
                      minimum: 3
                      maximum: 40
                      cpuMsPerRequest: 100
                      allocatableCpuFraction: 0.965
                      targetUtilisation: 0.6
                      headroom: 1.2
                      scaleDownDelayHours: 2
                """);

        assertThat(s.cluster().nodes()).isEqualTo(NodeSizing.autoscaledByCpu(3, 40, 100, 0.6)
                .withAllocatableCpuFraction(0.965).withHeadroom(1.2).withScaleDownDelayHours(2));
    }

    @Test
    void read_autoscaledDefaults() {
        Scenario s = yaml(LAMBDA + "cluster:\n  instanceType: m6i.large\n  nodes:\n    autoscaled:\n"
                + "      requestsPerSecondPerNode: 50\n");

        assertThat(s.cluster().nodes()).isEqualTo(NodeSizing.autoscaledByCapacity(2, 10_000, 50, 1));
    }

    private static final String AUTOSCALED = "cluster:\n  instanceType: m6i.large\n  nodes:\n    autoscaled:\n";

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("23 weights", "workload:\n  profile:\n    weights: " + weights(23, "1") + "\n" + LAMBDA + FIXED,
                        "s.yaml:3: at workload.profile.weights: a profile must have 24 hourly weights (a day) or 168 (a"
                                + " week from Monday 00:00 UTC) but had: 23"),
                Arguments.of("a negative weight", "workload:\n  profile:\n    weights: [" + "1, ".repeat(5) + "-2"
                        + ", 1".repeat(18) + "]\n" + LAMBDA + FIXED, "s.yaml:3: at workload.profile.weights: weights[5]"
                                + " must be between 0 and 1000000000000000 but was: -2"),
                Arguments.of("a weight a billion decimal places small", "workload:\n  profile:\n    weights: ["
                        + "1e-999999999" + ", 1".repeat(23) + "]\n" + LAMBDA + FIXED, "s.yaml:3: at"
                                + " workload.profile.weights: weights[0] must be 0 or at least 0.000000000000001 but was:"
                                + " 1E-999999999"),
                Arguments.of("all weights zero", "workload:\n  profile:\n    weights: " + weights(168, "0") + "\n"
                        + LAMBDA + FIXED, "s.yaml:3: at workload.profile.weights: weights must not all be 0 (a profile"
                                + " needs traffic in at least one hour) but all 168 were"),
                Arguments.of("a weight that is not a number", "workload:\n  profile:\n    weights:\n      - 1\n"
                        + "      - many\n" + LAMBDA + FIXED, "s.yaml:5: at workload.profile.weights[1]: weights[1] must"
                                + " be a decimal number but was: \"many\""),
                Arguments.of("an unknown shape", "workload:\n  profile:\n    shape: weekends\n" + LAMBDA + FIXED,
                        "s.yaml:3: at workload.profile.shape: shape must be one of flat, businessHours, businessWeek,"
                                + " eveningPeak, nightlyBatch but was: weekends"),
                Arguments.of("a shape and weights", "workload:\n  profile:\n    shape: flat\n    weights: "
                        + weights(24, "1") + "\n" + LAMBDA + FIXED, "s.yaml:2: at workload.profile: profile takes exactly"
                                + " one of shape, weights (24 or 168 numbers) and csv (a file of hourly request counts)"),
                Arguments.of("an empty profile", "workload:\n  profile: {}\n" + LAMBDA + FIXED, "s.yaml:2: at"
                        + " workload.profile: profile takes exactly one of shape, weights (24 or 168 numbers) and csv (a"
                        + " file of hourly request counts)"),
                Arguments.of("minimum above maximum", LAMBDA + AUTOSCALED + "      minimum: 5\n      maximum: 3\n"
                        + "      cpuMsPerRequest: 100\n", "s.yaml:9: at cluster.nodes.autoscaled.maximum:"
                                + " nodes.autoscaled.maximum must be at least nodes.autoscaled.minimum (5 nodes) but was: 3"),
                Arguments.of("minimum above the default maximum", LAMBDA + AUTOSCALED + "      minimum: 10001\n"
                        + "      cpuMsPerRequest: 100\n", "s.yaml:8: at cluster.nodes.autoscaled.minimum:"
                                + " nodes.autoscaled.minimum must be between 1 and 10000 nodes but was: 10001"),
                Arguments.of("no capacity", LAMBDA + AUTOSCALED + "      minimum: 2\n", "s.yaml:7: at"
                        + " cluster.nodes.autoscaled: autoscaled needs exactly one of requestsPerSecondPerNode"
                        + " (requests/s) and cpuMsPerRequest (CPU-ms)"),
                Arguments.of("headroom below 1", LAMBDA + AUTOSCALED + "      cpuMsPerRequest: 100\n      headroom: 0.5\n",
                        "s.yaml:9: at cluster.nodes.autoscaled.headroom: nodes.autoscaled.headroom must be between 1 and"
                                + " 10 (multiplier on each hour's load) but was: 0.5"),
                Arguments.of("a fractional delay", LAMBDA + AUTOSCALED + "      cpuMsPerRequest: 100\n"
                        + "      scaleDownDelayHours: 1.5\n", "s.yaml:9: at cluster.nodes.autoscaled.scaleDownDelayHours:"
                                + " scaleDownDelayHours must be a whole number but was: 1.5"),
                Arguments.of("allocatable share with a rate", LAMBDA + AUTOSCALED + "      requestsPerSecondPerNode: 100\n"
                        + "      allocatableCpuFraction: 0.9\n", "s.yaml:9: at"
                                + " cluster.nodes.autoscaled.allocatableCpuFraction: nodes.autoscaled.allocatableCpuFraction"
                                + " applies to cpuMsPerRequest only, and must be 1 with requestsPerSecondPerNode, but was:"
                                + " 0.9"),
                Arguments.of("autoscaled and fixed", LAMBDA + "cluster:\n  instanceType: m6i.large\n  nodes:\n"
                        + "    fixed: 3\n    autoscaled:\n      cpuMsPerRequest: 100\n", "s.yaml:6: at cluster.nodes: nodes"
                                + " takes autoscaled alone, not together with fixed, minimum, requestsPerSecondPerNode,"
                                + " cpuMsPerRequest or targetUtilisation"),
                Arguments.of("an unknown autoscaled field", LAMBDA + AUTOSCALED + "      cpuMsPerRequest: 100\n"
                        + "      scaleDownDelay: 1\n", "s.yaml:9: at cluster.nodes.autoscaled: unknown field"
                                + " 'scaleDownDelay'; known fields here: allocatableCpuFraction, cpuMsPerRequest, headroom,"
                                + " maximum, minimum, requestsPerSecondPerNode, scaleDownDelayHours, targetUtilisation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void read_invalid(String what, String text, String message) {
        assertThatThrownBy(() -> yaml(text)).isExactlyInstanceOf(ScenarioFormatException.class).hasMessage(message);
    }
}
