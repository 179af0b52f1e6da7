package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.breakeven.bill.Conventions;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.FixedCost;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.pricing.PricingTables;
import org.breakeven.serverless.Architecture;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON scenario files: each field read onto its domain object, and errors that name the file, the line and
 * the path, with the domain type's own message. YAML is read by the same code ({@link ScenarioFileYamlTest}).
 */
class ScenarioFileTest {

    private static final String LAMBDA = "\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200}";
    private static final String CLUSTER = "\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}}";
    private static final String KINDS = "API_GATEWAY_HTTP, API_GATEWAY_REST, DYNAMODB_READ, DYNAMODB_WRITE, S3_GET,"
            + " S3_PUT, SQS, LOG_INGESTION";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, json);
        return file;
    }

    private static Scenario json(String text) {
        return ScenarioFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.json", null);
    }

    /** The four required fields and nothing else: every other value is the domain factories'. */
    @Test
    void read_minimalFile_takesTheFactoryDefaults() throws IOException {
        Scenario scenario = ScenarioFile.read(write("{" + LAMBDA + ",\n" + CLUSTER + "}"));

        assertThat(scenario).isEqualTo(new Scenario(Workload.of(1_000_000), LambdaFunction.of(256, 200),
                Cluster.of("t3.medium", NodeSizing.fixed(3)), PricingTables.latest("aws", "us-east-1"),
                Conventions.DEFAULT, RequestRange.DEFAULT));
    }

    /**
     * The default scenario is not a minimal file: it adds downstream services at 3x compute and one ALB,
     * which the README and docs/scenario-format.md say a file must state.
     */
    @Test
    void read_minimalFile_isTheDefaultScenarioWithoutItsTwoAssumptions() {
        Scenario minimal = json("{" + LAMBDA + ", " + CLUSTER + "}");

        assertThat(minimal).isNotEqualTo(Breakeven.defaultScenario());
        assertThat(minimal.withFunction(minimal.function().withDownstream(Downstream.multiplier(3)))
                .withCluster(minimal.cluster().withLoadBalancers(LoadBalancers.alb(1))))
                .isEqualTo(Breakeven.defaultScenario());
    }

    /** A top-level section left out is the same as an empty one: both are the defaults. */
    @Test
    void read_emptyTopSections_areTheLeftOutOnes() {
        assertThat(json("{\"pricing\": {}, \"conventions\": {}, \"workload\": {}, \"range\": {}, " + LAMBDA + ", "
                + CLUSTER + "}")).isEqualTo(json("{" + LAMBDA + ", " + CLUSTER + "}"));
    }

    /** Every field of every section, each to a value other than its default, read onto its domain object. */
    @Test
    void read_everySection() throws IOException {
        Scenario scenario = ScenarioFile.read(write("""
                {"pricing": {"provider": "aws", "region": "us-east-1", "version": "2024-07-01"},
                 "conventions": {"hoursPerMonth": 720, "billingGranularityMs": 100},
                 "workload": {"requestsPerMonth": 5000000, "peakToAverageRatio": 4},
                 "range": {"fromRequestsPerMonth": 1000, "toRequestsPerMonth": 1000000000},
                 "lambda": {"memoryMb": 1024, "durationMs": 50, "architecture": "arm64", "ephemeralStorageMb": 1024,
                   "freeTier": true, "coldStartRatio": 0.01, "initDurationMs": 400,
                   "provisionedConcurrency": {"environments": 2, "hoursPerMonth": 720, "shareOfRequests": 0.5,
                     "durationMs": 45},
                   "downstream": {"computeMultiplier": 1, "multiplierPaidByClusterToo": true,
                     "items": [{"kind": "DYNAMODB_READ", "unitsPerRequest": 2, "paidByClusterToo": false},
                     {"kind": "API_GATEWAY_HTTP", "unitsPerRequest": 1}]}},
                 "cluster": {"instanceType": "m7g.large",
                   "nodes": {"minimum": 3, "cpuMsPerRequest": 20, "targetUtilisation": 0.6},
                   "controlPlanes": 2, "extendedSupport": true,
                   "loadBalancers": {"type": "NLB", "count": 2, "requestsPerConnection": 10, "kilobytesPerRequest": 4},
                   "natGateways": {"count": 3, "kilobytesPerRequest": 2}, "storageGbPerNode": 30,
                   "ops": {"fte": 0.5, "loadedYearlyCostUsd": 150000},
                   "fixedMonthlyCosts": [{"name": "Monitoring", "monthlyAmount": "120.00"},
                     {"name": "Backups", "monthlyAmount": 16.5}]}}"""));

        LambdaFunction function = LambdaFunction.of(1024, 50).withArchitecture(Architecture.ARM64)
                .withEphemeralStorageMb(1024).withFreeTier(true).withColdStarts(0.01, 400)
                .withProvisionedConcurrency(new ProvisionedConcurrency(2, 720, 0.5, 45))
                .withDownstream(new Downstream(List.of(new DownstreamItem(DownstreamKind.DYNAMODB_READ, 2, false),
                        DownstreamItem.of(DownstreamKind.API_GATEWAY_HTTP, 1)), 1, true));
        Cluster cluster = Cluster.of("m7g.large", NodeSizing.byCpu(3, 20, 0.6)).withControlPlanes(2, true)
                .withLoadBalancers(new LoadBalancers("NLB", 2, 10, 4)).withNat(3, 2).withStorageGbPerNode(30)
                .withOps(OpsHeadcount.of(0.5, 150_000))
                .withFixedCosts(List.of(FixedCost.of("Monitoring", "120.00"), FixedCost.of("Backups", "16.5")));
        assertThat(scenario).isEqualTo(new Scenario(new Workload(5_000_000, 4), function, cluster,
                PricingTables.version("aws", "us-east-1", "2024-07-01"), new Conventions(720, 100),
                new RequestRange(1000, 1_000_000_000)));
    }

    /** Provisioned Concurrency's duration defaults to the function's, which the reader passes on. */
    @Test
    void read_provisionedConcurrencyWithoutDuration_takesTheFunctions() {
        Scenario scenario = json("{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 180, "
                + "\"provisionedConcurrency\": {\"environments\": 4, \"hoursPerMonth\": 100}}, " + CLUSTER + "}");

        assertThat(scenario.function().provisioned()).isEqualTo(ProvisionedConcurrency.allMonth(4, 100, 180));
    }

    /** Whole numbers may be written with a zero fraction or an exponent; they are the same number. */
    @Test
    void read_wholeNumbersInOtherNotations() {
        Scenario scenario = json("{\"workload\": {\"requestsPerMonth\": 2.5e6}, \"lambda\": {\"memoryMb\": 512.0,"
                + " \"durationMs\": 1e2}, " + CLUSTER + "}");

        assertThat(scenario.workload().requestsPerMonth()).isEqualTo(2_500_000);
        assertThat(scenario.function()).isEqualTo(LambdaFunction.of(512, 100));
    }

    /** A relative pricing file is found beside the scenario file. */
    @Test
    void read_pricingFileBesideTheScenario() throws IOException {
        Files.copy(Path.of("pricing/aws/us-east-1/2024-07-01.json"), dir.resolve("table.json"));
        Path file = write("{\"pricing\": {\"file\": \"table.json\"}, " + LAMBDA + ", " + CLUSTER + "}");

        Scenario scenario = ScenarioFile.read(file);

        assertThat(scenario.pricing().version()).isEqualTo("aws/us-east-1@2024-07-01");
        assertThat(scenario.pricing().origin()).isEqualTo(dir.resolve("table.json").toString());
    }

    /** The exception carries the file, the line, the path and the domain type's own message apart. */
    @Test
    void read_outOfRange_carriesFileLinePathAndTheDomainsMessage() throws IOException {
        Path file = write("""
                {
                  "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}},
                  "lambda": {
                    "memoryMb": 20000,
                    "durationMs": 200
                  }
                }""");

        ScenarioFormatException e = catchThrowableOfType(ScenarioFormatException.class, () -> ScenarioFile.read(file));

        assertThat(e).hasMessage(file + ":4: at lambda.memoryMb: memoryMb must be between 128 and 10240 MB but was:"
                + " 20000");
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(OptionalInt.of(4));
        assertThat(e.path()).isEqualTo("lambda.memoryMb");
        assertThat(e.problem()).isEqualTo("memoryMb must be between 128 and 10240 MB but was: 20000");
        assertThat(e.getCause()).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(e.problem());
    }

    /** The table checks the instance type after the file is read; the error still names where it was given. */
    @Test
    void read_unknownInstanceType_namesItsLine() throws IOException {
        Path file = write("{" + LAMBDA + ",\n \"cluster\": {\"nodes\": {\"fixed\": 3},\n  \"instanceType\": \"t3.nano\"}}");
        String tables = catchThrowableOfType(IllegalArgumentException.class,
                () -> PricingTables.latest("aws", "us-east-1").instance("t3.nano")).getMessage();

        assertThatThrownBy(() -> ScenarioFile.read(file)).isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage(file + ":3: at cluster.instanceType: " + tables);
    }

    /** A pricing version that is not shipped: the pricing section, in the table list's words. */
    @Test
    void read_unshippedPricingVersion() {
        String tables = catchThrowableOfType(IllegalArgumentException.class,
                () -> PricingTables.version("aws", "us-east-1", "2023-01-01")).getMessage();

        assertThatThrownBy(() -> json("{\"pricing\": {\"version\": \"2023-01-01\"}, " + LAMBDA + ", " + CLUSTER + "}"))
                .isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage("s.json:1: at pricing: " + tables);
    }

    /**
     * A malformed pricing file: at pricing.file, naming the file and where it fails, but not what the pricing
     * reader found there (issue 14: the file may hold anything).
     */
    @Test
    void read_malformedPricingFile() throws IOException {
        Files.writeString(dir.resolve("table.json"), "{}");
        Path file = write("{\"pricing\": {\"file\": \"table.json\"}, " + LAMBDA + ", " + CLUSTER + "}");

        assertThatThrownBy(() -> ScenarioFile.read(file)).isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage(file + ":1: at pricing.file: pricing.file 'table.json' is not a valid pricing table (at"
                        + " $.format); load it on its own, with PricingTables.fromFile or `breakeven pricing show"
                        + " FILE`, to see why")
                .hasNoCause();
    }

    @Test
    void read_missingFile() {
        Path absent = dir.resolve("absent.json");

        assertThatThrownBy(() -> ScenarioFile.read(absent)).isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read scenario file " + absent + ": " + absent);
    }

    @Test
    void read_failingStream() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device not ready");
            }
        };

        assertThatThrownBy(() -> ScenarioFile.read(broken, "scenario.json", dir))
                .isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read scenario file scenario.json: device not ready");
    }

    /** The field {@code "value"}, which every section used to accept and drop, is unknown in every section. */
    static Stream<Arguments> valueInEverySection() {
        return Stream.of(
                Arguments.of("", "(top level)", "cluster, commitments, conventions, dataTransferOut, discounts, lambda,"
                        + " options, pricing, range, workload"),
                Arguments.of("pricing", "pricing", "file, provider, region, version"),
                Arguments.of("conventions", "conventions", "billingGranularityMs, hoursPerMonth"),
                Arguments.of("workload", "workload", "peakToAverageRatio, profile, requestsPerMonth"),
                Arguments.of("range", "range", "fromRequestsPerMonth, toRequestsPerMonth"),
                Arguments.of("dataTransferOut", "dataTransferOut", "inComparison, kilobytesPerRequest"),
                Arguments.of("lambda", "lambda", "architecture, coldStartRatio, concurrencyLimit, downstream, durationMs,"
                        + " ephemeralStorageMb, freeTier, initDurationMs, memoryMb, packaging, provisionedConcurrency"),
                Arguments.of("provisioned", "lambda.provisionedConcurrency",
                        "durationMs, environments, hoursPerMonth, schedule, shareOfRequests"),
                Arguments.of("downstream", "lambda.downstream", "computeMultiplier, items, multiplierPaidByClusterToo,"
                        + " platformLogBytesPerInvocation, platformLogs"),
                Arguments.of("item", "lambda.downstream.items[0]", "kind, paidByClusterToo, unitsPerRequest"),
                Arguments.of("cluster", "cluster", "availabilityZones, controlPlanes, cpuCredits, crossAz, extendedSupport,"
                        + " fixedMonthlyCosts, instanceType, loadBalancers, natGateways, nodes, ops, publicIpv4Addresses,"
                        + " storageGbPerNode"),
                Arguments.of("nodes", "cluster.nodes",
                        "autoscaled, cpuMsPerRequest, fixed, minimum, requestsPerSecondPerNode, targetUtilisation"),
                Arguments.of("loadBalancers", "cluster.loadBalancers",
                        "count, keepAliveSeconds, kilobytesPerRequest, requestsPerConnection, type"),
                Arguments.of("natGateways", "cluster.natGateways", "count, kilobytesPerRequest, shareOfRequests"),
                Arguments.of("ops", "cluster.ops", "fte, loadedYearlyCostUsd"),
                Arguments.of("fixedCost", "cluster.fixedMonthlyCosts[0]", "monthlyAmount, name"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("valueInEverySection")
    void read_valueField_isUnknownInEverySection(String section, String path, String known) {
        String text = """
                {"pricing": {"version": "latest" %s},
                 "conventions": {"hoursPerMonth": 730 %s},
                 "workload": {"requestsPerMonth": 1 %s},
                 "range": {"toRequestsPerMonth": 1e9 %s},
                 "dataTransferOut": {"kilobytesPerRequest": 1 %s},
                 "lambda": {"memoryMb": 256, "durationMs": 200 %s,
                   "provisionedConcurrency": {"environments": 1, "hoursPerMonth": 1 %s},
                   "downstream": {"computeMultiplier": 1 %s, "items": [{"kind": "SQS", "unitsPerRequest": 1 %s}]}},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3 %s} %s,
                   "loadBalancers": {"count": 1 %s}, "natGateways": {"count": 1 %s}, "ops": {"fte": 0 %s},
                   "fixedMonthlyCosts": [{"name": "x", "monthlyAmount": 1 %s}]} %s}""".formatted(Stream.of("pricing",
                "conventions", "workload", "range", "dataTransferOut", "lambda", "provisioned", "downstream", "item", "nodes", "cluster",
                "loadBalancers", "natGateways", "ops", "fixedCost", "").map(s -> s.equals(section) ? ", \"value\": 5" : "")
                .toArray());
        json(text.replace(", \"value\": 5", ""));
        int line = (int) text.substring(0, text.indexOf("\"value\"")).chars().filter(c -> c == '\n').count() + 1;

        assertThatThrownBy(() -> json(text)).isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage("s.json:" + line + ": at " + path + ": unknown field 'value'; known fields here: " + known);
    }

    /** Files that fail, each with its full message after the file name. */
    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("unknown field", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200, \"memoryGb\": 1},\n"
                        + CLUSTER + "}", ":1: at lambda: unknown field 'memoryGb'; known fields here: architecture,"
                        + " coldStartRatio, concurrencyLimit, downstream, durationMs, ephemeralStorageMb, freeTier, initDurationMs,"
                        + " memoryMb, packaging, provisionedConcurrency"),
                Arguments.of("duplicate field", "{\"lambda\": {\"memoryMb\": 256,\n\"memoryMb\": 512, \"durationMs\": 1},"
                        + CLUSTER + "}", ":2: at lambda: duplicate field 'memoryMb'"),
                Arguments.of("no lambda", "{" + CLUSTER + "}", ":1: at (top level): lambda is required"),
                Arguments.of("no cluster", "{" + LAMBDA + "}", ":1: at (top level): cluster is required"),
                Arguments.of("no duration", "{\n" + CLUSTER + ",\n\"lambda\": {\"memoryMb\": 256}\n}",
                        ":3: at lambda: durationMs is required"),
                Arguments.of("provisioned concurrency without hours", "{\n" + CLUSTER + ",\n\"lambda\": {\"memoryMb\":"
                        + " 256, \"durationMs\": 200,\n  \"provisionedConcurrency\": {\"environments\": 2}}\n}",
                        ":4: at lambda.provisionedConcurrency: hoursPerMonth is required"),
                Arguments.of("downstream item without units", "{\n" + CLUSTER + ",\n\"lambda\": {\"memoryMb\": 256,"
                        + " \"durationMs\": 200,\n  \"downstream\": {\"items\": [{\"kind\": \"S3_GET\"}]}}\n}",
                        ":4: at lambda.downstream.items[0]: unitsPerRequest is required"),
                Arguments.of("second downstream item without kind", "{\n" + CLUSTER + ",\n\"lambda\": {\"memoryMb\":"
                        + " 256, \"durationMs\": 200,\n  \"downstream\": {\"items\": [\n"
                        + "    {\"kind\": \"S3_GET\", \"unitsPerRequest\": 1},\n    {\"unitsPerRequest\": 2}]}}\n}",
                        ":6: at lambda.downstream.items[1]: kind is required"),
                Arguments.of("unknown downstream kind", "{" + CLUSTER + ",\n\"lambda\": {\"memoryMb\": 256, \"durationMs\":"
                        + " 200, \"downstream\": {\"items\": [\n{\"kind\": \"S3_LIST\", \"unitsPerRequest\": 1}]}}}",
                        ":3: at lambda.downstream.items[0].kind: kind must be one of " + KINDS + " but was: \"S3_LIST\""),
                Arguments.of("downstream units not a number", "{\n" + CLUSTER + ",\n\"lambda\": {\"memoryMb\": 256,"
                        + " \"durationMs\": 200,\n  \"downstream\": {\"items\": [{\"kind\": \"S3_GET\", \"unitsPerRequest\":"
                        + " 1},\n    {\"kind\": \"S3_PUT\", \"unitsPerRequest\": \"one\"}]}}\n}",
                        ":5: at lambda.downstream.items[1].unitsPerRequest: unitsPerRequest must be a number but was:"
                                + " \"one\""),
                Arguments.of("fixed and sized nodes", "{" + LAMBDA + ",\n\"cluster\": {\"instanceType\": \"t3.medium\",\n"
                        + "  \"nodes\": {\"fixed\": 3, \"minimum\": 2}}}", ":3: at cluster.nodes: nodes takes either fixed"
                        + " (with requestsPerSecondPerNode or cpuMsPerRequest to state each node's capacity), or minimum"
                        + " with requestsPerSecondPerNode or cpuMsPerRequest and targetUtilisation, not both"),
                Arguments.of("sized nodes without a capacity", "{" + LAMBDA + ",\n\"cluster\": {\"instanceType\":"
                        + " \"t3.medium\",\n  \"nodes\": {\"minimum\": 2}}}", ":3: at cluster.nodes: nodes needs fixed, or"
                        + " exactly one of requestsPerSecondPerNode (requests/s) and cpuMsPerRequest (CPU-ms)"),
                Arguments.of("cluster without nodes", "{" + LAMBDA + ",\n\"cluster\": {\"instanceType\": \"t3.medium\"}}",
                        ":2: at cluster: nodes is required"),
                Arguments.of("a section that is a number", "{\"lambda\": 5, " + CLUSTER + "}",
                        ":1: at lambda: lambda must be a section of fields but was: 5"),
                Arguments.of("a list that is a section", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,"
                        + " \"downstream\": {\"items\": {}}}, " + CLUSTER + "}",
                        ":1: at lambda.downstream.items: items must be a list but was: a section {...}"),
                Arguments.of("a list item that is a number", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,"
                        + " \"downstream\": {\"items\": [5]}}, " + CLUSTER + "}",
                        ":1: at lambda.downstream.items[0]: items[0] must be a section of fields but was: 5"),
                Arguments.of("a partial section of the wrong type", "{" + LAMBDA + ", \"cluster\": {\"nodes\": {\"fixed\":"
                        + " \"three\"}}}", ":1: at cluster.nodes.fixed: fixed must be a whole number but was: \"three\""),
                Arguments.of("a fraction of a node", "{" + LAMBDA + ", \"cluster\": {\"instanceType\": \"t3.medium\","
                        + " \"nodes\": {\"fixed\": 2.9}}}", ":1: at cluster.nodes.fixed: fixed must be a whole number but"
                        + " was: 2.9"),
                Arguments.of("a fraction of a MB", "{\"lambda\": {\"memoryMb\": 127.9, \"durationMs\": 200}, " + CLUSTER
                        + "}", ":1: at lambda.memoryMb: memoryMb must be a whole number but was: 127.9"),
                Arguments.of("a whole number too large for its field", "{\"lambda\": {\"memoryMb\": 3000000000,"
                        + " \"durationMs\": 200}, " + CLUSTER + "}", ":1: at lambda.memoryMb: memoryMb must be a whole"
                        + " number between -2147483648 and 2147483647 but was: 3000000000"),
                Arguments.of("a boolean as text", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200, \"freeTier\":"
                        + " \"yes\"}, " + CLUSTER + "}", ":1: at lambda.freeTier: freeTier must be true or false but was:"
                        + " \"yes\""),
                Arguments.of("text as a number", "{" + LAMBDA + ", \"cluster\": {\"instanceType\": 3, \"nodes\":"
                        + " {\"fixed\": 3}}}", ":1: at cluster.instanceType: instanceType must be text but was: 3"),
                Arguments.of("null", "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200, \"architecture\": null}, "
                        + CLUSTER + "}", ":1: at lambda.architecture: architecture must be text but was: null"),
                Arguments.of("an amount that is not a decimal", "{" + LAMBDA + ", \"cluster\": {\"instanceType\":"
                        + " \"t3.medium\", \"nodes\": {\"fixed\": 3}, \"fixedMonthlyCosts\": [{\"name\": \"x\","
                        + " \"monthlyAmount\": \"12,00\"}]}}", ":1: at cluster.fixedMonthlyCosts[0].monthlyAmount:"
                        + " monthlyAmount must be a decimal number but was: \"12,00\""),
                Arguments.of("the file is a list", "[1]", ":1: at (top level): the file must be a section of fields but"
                        + " was: a list [...]"),
                Arguments.of("the file is empty", "", ":1: at (top level): the file is empty"),
                Arguments.of("two values", "{" + LAMBDA + ", " + CLUSTER + "}\n{}", ":2: at (top level): the file holds"
                        + " a second document or value here; a scenario is one section of fields"),
                Arguments.of("not JSON", "{\"lambda\": ", ":1: at lambda: not valid JSON at column 12: Unexpected"
                        + " end-of-input within/between Object entries"),
                Arguments.of("pricing file and version", "{\"pricing\": {\"file\": \"table.json\", \"region\":"
                        + " \"us-east-1\"}, " + LAMBDA + ", " + CLUSTER + "}", ":1: at pricing: pricing takes either file"
                        + " or provider, region and version, not both"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void read_invalid(String name, String text, String message) {
        assertThatThrownBy(() -> json(text)).isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessage("s.json" + message);
    }

    /**
     * Values that the domain types refuse: the path of the field that gave the value, and the domain
     * type's message, which names the value as the file does even where the Java name differs (Cluster's
     * {@code clusters} is the file's {@code controlPlanes}).
     */
    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("\"conventions\": {\"hoursPerMonth\": 700}", "conventions.hoursPerMonth",
                        "hoursPerMonth must be 720, 730 or 744 hours but was: 700"),
                Arguments.of("\"workload\": {\"peakToAverageRatio\": 0.5}", "workload.peakToAverageRatio",
                        "peakToAverageRatio must be between 1 and 1000 (peak requests/s over average) but was: 0.5"),
                Arguments.of("\"range\": {\"fromRequestsPerMonth\": 2e10}", "range.fromRequestsPerMonth",
                        "toRequestsPerMonth must be greater than fromRequestsPerMonth (20,000,000,000 requests/month)"
                                + " but was: 10,000,000,000"),
                Arguments.of("\"range\": {\"toRequestsPerMonth\": 0}", "range.toRequestsPerMonth",
                        "toRequestsPerMonth must be greater than fromRequestsPerMonth (0 requests/month) but was: 0"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 0}", "lambda.durationMs",
                        "durationMs must be greater than 0 and at most 900000 ms but was: 0"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"architecture\": \"sparc\"}",
                        "lambda.architecture", "architecture must be x86_64 or arm64 but was: sparc"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"ephemeralStorageMb\": 256}",
                        "lambda.ephemeralStorageMb", "ephemeralStorageMb must be between 512 and 10240 MB but was: 256"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"coldStartRatio\": 2}",
                        "lambda.coldStartRatio", "coldStartRatio must be between 0 and 1 (fraction of invocations) but"
                                + " was: 2"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"initDurationMs\": -1}",
                        "lambda.initDurationMs", "initDurationMs must be between 0 and 10000 ms but was: -1"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"provisionedConcurrency\":"
                        + " {\"environments\": 0, \"hoursPerMonth\": 1}}", "lambda.provisionedConcurrency.environments",
                        "provisionedConcurrency.environments must be between 1 and 100000 environments but was: 0"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"provisionedConcurrency\":"
                        + " {\"environments\": 1, \"hoursPerMonth\": 1, \"shareOfRequests\": 2}}",
                        "lambda.provisionedConcurrency.shareOfRequests", "provisionedConcurrency.shareOfRequests must"
                                + " be between 0 and 1 (fraction of requests) but was: 2"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"provisionedConcurrency\":"
                        + " {\"environments\": 1, \"hoursPerMonth\": 1, \"durationMs\": 0}}",
                        "lambda.provisionedConcurrency.durationMs", "provisionedConcurrency.durationMs must be greater"
                                + " than 0 and at most 900000 ms but was: 0"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"downstream\": {\"computeMultiplier\":"
                        + " 101}}", "lambda.downstream.computeMultiplier", "computeMultiplier must be between 0 and 100"
                                + " (times compute cost) but was: 101"),
                Arguments.of("\"lambda\": {\"memoryMb\": 256, \"durationMs\": 1, \"downstream\": {\"items\": [{\"kind\":"
                        + " \"SQS\", \"unitsPerRequest\": -1}]}}", "lambda.downstream.items[0].unitsPerRequest",
                        "unitsPerRequest must be between 0 and 1000000 requests per request but was: -1"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 0}}",
                        "cluster.nodes.fixed", "nodes.fixed must be between 1 and 10000 nodes but was: 0"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"minimum\": 3,"
                        + " \"requestsPerSecondPerNode\": 0}}", "cluster.nodes.requestsPerSecondPerNode",
                        "nodes.requestsPerSecondPerNode must be between 0.001 and 10000000 requests/s but was: 0"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"minimum\": 0,"
                        + " \"cpuMsPerRequest\": 5}}", "cluster.nodes.minimum",
                        "nodes.minimum must be between 1 and 10000 nodes but was: 0"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"cpuMsPerRequest\": 5,"
                        + " \"targetUtilisation\": 1.5}}", "cluster.nodes.targetUtilisation",
                        "nodes.targetUtilisation must be between 0.01 and 1 (fraction) but was: 1.5"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}, \"controlPlanes\":"
                        + " 200}", "cluster.controlPlanes", "controlPlanes must be between 0 and 100 EKS clusters but was: 200"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}, \"loadBalancers\":"
                        + " {\"type\": \"CLB\"}}", "cluster.loadBalancers.type",
                        "loadBalancers.type must be ALB or NLB but was: CLB"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}, \"loadBalancers\":"
                        + " {\"requestsPerConnection\": 0}}", "cluster.loadBalancers.requestsPerConnection",
                        "loadBalancers.requestsPerConnection must be between 1 and 1000000000 requests but was: 0"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}, \"natGateways\":"
                        + " {\"count\": 200}}", "cluster.natGateways.count",
                        "natGateways.count must be between 0 and 100 NAT gateways but was: 200"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}, \"natGateways\":"
                        + " {\"kilobytesPerRequest\": -1}}", "cluster.natGateways.kilobytesPerRequest",
                        "natGateways.kilobytesPerRequest must be between 0 and 10000000 KB but was: -1"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3},"
                        + " \"storageGbPerNode\": -1}", "cluster.storageGbPerNode",
                        "storageGbPerNode must be between 0 and 65536 GB but was: -1"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}, \"ops\":"
                        + " {\"loadedYearlyCostUsd\": -1}}", "cluster.ops.loadedYearlyCostUsd",
                        "ops.loadedYearlyCostUsd must be between 0 and 10000000 per FTE-year, with at most 10 decimal"
                                + " places, but was: -1"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3},"
                        + " \"fixedMonthlyCosts\": [{\"monthlyAmount\": 1}]}", "cluster.fixedMonthlyCosts[0]",
                        "a fixed monthly cost needs a name, such as \"Monitoring\", but it was: missing"),
                Arguments.of("\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3},"
                        + " \"fixedMonthlyCosts\": [{\"name\": \"x\", \"monthlyAmount\": -1}]}",
                        "cluster.fixedMonthlyCosts[0].monthlyAmount", "monthlyAmount of x must be between 0 and"
                                + " 1000000000 per month, with at most 10 decimal places, but was: -1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("outOfRange")
    void read_outOfRange_isPlacedAtTheField(String section, String path, String problem) {
        String others = section.startsWith("\"lambda\"") ? CLUSTER
                : section.startsWith("\"cluster\"") ? LAMBDA : LAMBDA + ", " + CLUSTER;
        String text = "{" + others + ",\n" + section + "}";

        ScenarioFormatException e = catchThrowableOfType(ScenarioFormatException.class, () -> json(text));

        assertThat(e).hasMessage("s.json:2: at " + path + ": " + problem);
        assertThat(e.getCause()).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(problem);
    }
}
