package org.breakeven;

import org.breakeven.bill.LineItem;
import org.breakeven.bill.Conventions;

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

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> incomplete() {
        String lambda = "\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200}";
        String cluster = "\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}}";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("no lambda", "{" + cluster + "}",
                        ":1: at (top level): lambda is required: {\"memoryMb\": ..., \"durationMs\": ...}"),
                org.junit.jupiter.params.provider.Arguments.of("no cluster", "{" + lambda + "}",
                        ":1: at (top level): cluster is required: {\"instanceType\": ..., \"nodes\": ...}"),
                org.junit.jupiter.params.provider.Arguments.of("no duration", "{\n" + cluster + ",\n"
                        + "\"lambda\": {\"memoryMb\": 256}\n}", ":3: at lambda: lambda needs memoryMb (MB) and durationMs (ms)"),
                org.junit.jupiter.params.provider.Arguments.of("provisioned concurrency without hours", "{\n" + cluster
                        + ",\n\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,\n"
                        + "  \"provisionedConcurrency\": {\"environments\": 2}}\n}",
                        ":4: at lambda: provisionedConcurrency needs environments and hoursPerMonth"),
                org.junit.jupiter.params.provider.Arguments.of("downstream item without units", "{\n" + cluster + ",\n"
                        + "\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,\n"
                        + "  \"downstream\": {\"items\": [{\"kind\": \"S3_GET\"}]}}\n}",
                        ":4: at lambda.downstream.items[0]: unitsPerRequest is required (requests per request)"),
                org.junit.jupiter.params.provider.Arguments.of("downstream item without kind", "{\n" + cluster + ",\n"
                        + "\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,\n"
                        + "  \"downstream\": {\"items\": [{\"unitsPerRequest\": 1}]}}\n}",
                        ":4: at lambda.downstream.items[0]: kind is required, one of [API_GATEWAY_HTTP, API_GATEWAY_REST,"
                                + " DYNAMODB_READ, DYNAMODB_WRITE, S3_GET, S3_PUT, SQS, LOG_INGESTION]"),
                org.junit.jupiter.params.provider.Arguments.of("second downstream item without kind", "{\n" + cluster
                        + ",\n\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,\n"
                        + "  \"downstream\": {\"items\": [\n"
                        + "    {\"kind\": \"S3_GET\", \"unitsPerRequest\": 1},\n"
                        + "    {\"unitsPerRequest\": 2}]}}\n}",
                        ":6: at lambda.downstream.items[1]: kind is required, one of [API_GATEWAY_HTTP, API_GATEWAY_REST,"
                                + " DYNAMODB_READ, DYNAMODB_WRITE, S3_GET, S3_PUT, SQS, LOG_INGESTION]"),
                org.junit.jupiter.params.provider.Arguments.of("downstream units not a number", "{\n" + cluster + ",\n"
                        + "\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,\n"
                        + "  \"downstream\": {\"items\": [{\"kind\": \"S3_GET\", \"unitsPerRequest\": 1},\n"
                        + "    {\"kind\": \"S3_PUT\", \"unitsPerRequest\": \"one\"}]}}\n}",
                        ":5: at lambda.downstream.items[1].unitsPerRequest: Cannot deserialize value of type"
                                + " `java.lang.Double` from String \"one\": not a valid `Double` value"),
                org.junit.jupiter.params.provider.Arguments.of("fixed and sized nodes", "{" + lambda + ",\n"
                        + "\"cluster\": {\"instanceType\": \"t3.medium\",\n"
                        + "  \"nodes\": {\"fixed\": 3, \"minimum\": 2}}}",
                        ":3: at cluster.nodes: nodes takes either fixed, or minimum with requestsPerSecondPerNode or cpuMsPerRequest"
                                + " and targetUtilisation, not both"),
                org.junit.jupiter.params.provider.Arguments.of("sized nodes without a capacity", "{" + lambda + ",\n"
                        + "\"cluster\": {\"instanceType\": \"t3.medium\",\n"
                        + "  \"nodes\": {\"minimum\": 2}}}",
                        ":3: at cluster.nodes: nodes needs fixed, or exactly one of requestsPerSecondPerNode (requests/s) and"
                                + " cpuMsPerRequest (CPU-ms)"),
                org.junit.jupiter.params.provider.Arguments.of("cluster without nodes", "{" + lambda + ",\n"
                        + "\"cluster\": {\"instanceType\": \"t3.medium\"}}",
                        ":2: at cluster: cluster needs instanceType and nodes"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("incomplete")
    void read_incomplete(String name, String json, String message) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + message);
    }

    @Test
    void read_pricingFileAndVersion() throws IOException {
        Path file = write("""
                {"pricing": {"file": "table.json", "region": "us-east-1"},
                 "lambda": {"memoryMb": 256, "durationMs": 200},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}}}""");

        assertThatThrownBy(() -> ScenarioFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": pricing takes either file or provider/region/version, not both");
    }

    /** A relative pricing file is found beside the scenario file. */
    @Test
    void read_pricingFileBesideTheScenario() throws IOException {
        Files.copy(Path.of("pricing/aws/us-east-1/2024-07-01.json"), dir.resolve("table.json"));
        Path file = write("""
                {"pricing": {"file": "table.json"},
                 "lambda": {"memoryMb": 256, "durationMs": 200},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}}}""");

        Scenario scenario = ScenarioFile.read(file);

        assertThat(scenario.pricing().version()).isEqualTo("aws/us-east-1@2024-07-01");
        assertThat(scenario.pricing().origin()).isEqualTo(dir.resolve("table.json").toString());
    }

    @Test
    void read_failingStream() {
        java.io.InputStream broken = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device not ready");
            }
        };

        assertThatThrownBy(() -> ScenarioFile.read(broken, "scenario.json", dir))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot read scenario file scenario.json: device not ready");
    }
}
