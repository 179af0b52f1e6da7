package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.serverless.Architecture;
import org.breakeven.serverless.DownstreamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: defaults, every section, and errors that name the file, the line and the field. */
class ScenarioFileTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void read_minimalFileTakesTheDefaults() throws IOException {
        Scenario scenario = ScenarioFile.read(write("""
                {"lambda": {"memoryMb": 256, "durationMs": 200},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}}}"""));

        assertThat(scenario.workload().requestsPerMonth()).isEqualTo(1_000_000);
        assertThat(scenario.function().freeTier()).isFalse();
        assertThat(scenario.function().architecture()).isEqualTo(Architecture.X86_64);
        assertThat(scenario.cluster().clusters()).isEqualTo(1);
        assertThat(scenario.conventions()).isEqualTo(Conventions.DEFAULT);
        assertThat(scenario.pricing().version()).isEqualTo("aws/us-east-1@2024-11-01");
    }

    @Test
    void read_everySection() throws IOException {
        Scenario scenario = ScenarioFile.read(write("""
                {"pricing": {"provider": "aws", "region": "us-east-1", "version": "2024-11-01"},
                 "conventions": {"hoursPerMonth": 720, "billingGranularityMs": 100},
                 "workload": {"requestsPerMonth": 5000000, "peakToAverageRatio": 4},
                 "range": {"fromRequestsPerMonth": 1000, "toRequestsPerMonth": 1000000000},
                 "lambda": {"memoryMb": 1024, "durationMs": 50, "architecture": "arm64", "ephemeralStorageMb": 1024,
                   "freeTier": true, "coldStartRatio": 0.01, "initDurationMs": 400,
                   "provisionedConcurrency": {"environments": 2, "hoursPerMonth": 720, "shareOfRequests": 0.5},
                   "downstream": {"computeMultiplier": 1, "items": [{"kind": "DYNAMODB_READ", "unitsPerRequest": 2},
                     {"kind": "API_GATEWAY_HTTP", "unitsPerRequest": 1}]}},
                 "cluster": {"instanceType": "m7g.large",
                   "nodes": {"minimum": 2, "cpuMsPerRequest": 20, "targetUtilisation": 0.6},
                   "controlPlanes": 1, "extendedSupport": true,
                   "loadBalancers": {"type": "ALB", "count": 2, "requestsPerConnection": 10, "kilobytesPerRequest": 4},
                   "natGateways": {"count": 1, "kilobytesPerRequest": 2}, "storageGbPerNode": 30,
                   "ops": {"fte": 0.5, "loadedYearlyCostUsd": 150000},
                   "fixedMonthlyCosts": [{"name": "Monitoring", "monthlyAmount": "120.00"}]}}"""));

        assertThat(scenario.conventions()).isEqualTo(new Conventions(720, 100));
        assertThat(scenario.workload().peakToAverageRatio()).isEqualTo(4);
        assertThat(scenario.function().provisioned().durationMs()).isEqualTo(50);
        assertThat(scenario.function().downstream().items()).extracting(i -> i.kind())
                .containsExactly(DownstreamKind.DYNAMODB_READ, DownstreamKind.API_GATEWAY_HTTP);
        assertThat(scenario.function().downstream().items().get(0).paidByClusterToo()).isTrue();
        assertThat(scenario.cluster().nodes()).isEqualTo(NodeSizing.byCpu(2, 20, 0.6));
        assertThat(scenario.cluster().fixedCosts()).singleElement()
                .satisfies(f -> assertThat(f.monthlyAmount()).isEqualByComparingTo("120"));
        assertThat(scenario.clusterModel().bill(0).items()).extracting(LineItem::name).contains(
                "EKS control plane (extended support)", "NAT gateway hours", "Node storage (gp3)", "Ops headcount",
                "Monitoring");
        assertThat(scenario.solve().intervals()).isNotEmpty();
    }

    @Test
    void read_unknownField() throws IOException {
        Path file = write("""
                {"lambda": {"memoryMb": 256, "durationMs": 200, "memoryGb": 1},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}}}""");

        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":1: at lambda: unknown field 'memoryGb'; known fields here: architecture, coldStartRatio, "
                        + "downstream, durationMs, ephemeralStorageMb, freeTier, initDurationMs, memoryMb, "
                        + "provisionedConcurrency");
    }

    @Test
    void read_outOfRangeValueNamesLineAndField() throws IOException {
        Path file = write("""
                {
                  "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}},
                  "lambda": {
                    "memoryMb": 20000,
                    "durationMs": 200
                  }
                }""");

        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":4: at lambda: memoryMb must be between 128 and 10240 MB but was: 20000");
    }

    @Test
    void read_zeroCapacity() throws IOException {
        Path file = write("""
                {"lambda": {"memoryMb": 256, "durationMs": 200},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"minimum": 3, "requestsPerSecondPerNode": 0}}}""");

        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at cluster.nodes: nodes.requestsPerSecondPerNode must be greater than 0 and at "
                        + "most 10000000 requests/s but was: 0");
    }

    @Test
    void read_unknownInstanceTypeNamesTheFile() throws IOException {
        Path file = write("""
                {"lambda": {"memoryMb": 256, "durationMs": 200},
                 "cluster": {"instanceType": "t3.nano", "nodes": {"fixed": 3}}}""");

        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": instanceType must be one of the 34 types")
                .hasMessageEndingWith("but was: t3.nano");
    }

    @Test
    void read_notJson() throws IOException {
        Path file = write("{\"lambda\": ");

        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":1: not valid JSON");
    }

    @Test
    void read_missingFile() {
        assertThatThrownBy(() -> ScenarioFile.read(dir.resolve("absent.json")))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("absent.json");
    }
}
