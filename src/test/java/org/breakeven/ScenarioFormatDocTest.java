package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.pricing.PricingTables;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.breakeven.workload.HourlyProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/scenario-format.md and the README's scenario file tell the truth: the page documents exactly the
 * fields that ScenarioFile reads, a file that leaves a field out gets the default the page gives, and the
 * README's file is the default scenario and names the fields whose value there is not what a file that
 * leaves them out gets.
 */
class ScenarioFormatDocTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** A file with the four required fields and nothing else. */
    private static final String MINIMAL = """
            {"lambda": {"memoryMb": 256, "durationMs": 200},
             "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}}}""";

    /**
     * One row of the page's tables.
     *
     * @param path the field's path, such as {@code cluster.nodes.minimum} or {@code lambda.downstream.items[].kind}
     * @param defaultCell the Default column as written
     */
    record Row(String path, String defaultCell) {

        /** The default as a value: the first {@code `code`} of the cell, or the cell ("none"). */
        String defaultValue() {
            Matcher m = CODE.matcher(defaultCell);
            return m.find() ? m.group(1) : defaultCell;
        }

        boolean hasDefault() {
            return !defaultCell.isEmpty() && !defaultCell.equals("required");
        }
    }

    /** Every row of every field table, with the section from the heading above it. */
    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        String section = null;
        for (String line : Files.readAllLines(Path.of("docs", "scenario-format.md"))) {
            Matcher code = CODE.matcher(line);
            if (line.startsWith("#") && code.find()) {
                section = code.group(1);
            } else if (line.startsWith("| `") && code.find()) {
                String[] cells = line.split("\\|", -1);
                rows.add(new Row(section + "." + code.group(1), cells[3].strip()));
            }
        }
        return rows;
    }

    /** The path of every field of the records ScenarioFile binds, below the top-level sections. */
    private static List<String> recordPaths(Class<?> type, String prefix) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            if (!prefix.isEmpty()) {
                paths.add(path);
            }
            Class<?> inner = c.getType() == List.class
                    ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0] : c.getType();
            if (inner.isRecord()) {
                paths.addAll(recordPaths(inner, path + (c.getType() == List.class ? "[]." : ".")));
            }
        }
        return paths;
    }

    @Test
    void scenarioFormat_documentsExactlyTheFieldsTheReaderReads() throws Exception {
        Class<?> file = Class.forName(ScenarioFile.class.getName() + "$ScenarioFields");
        List<String> fields = recordPaths(file, "");
        assertThat(fields).hasSizeGreaterThan(40);

        assertThat(rows()).extracting(Row::path).containsExactlyInAnyOrderElementsOf(fields);
        String doc = Files.readString(Path.of("docs", "scenario-format.md"));
        for (RecordComponent section : file.getRecordComponents()) {
            assertThat(doc).contains("\n## `" + section.getName() + "`");
        }
    }

    /**
     * A minimal file with a section added or replaced.
     *
     * @param path where, such as {@code cluster.loadBalancers}
     * @param json what, such as {@code {}}
     */
    private static String with(String path, String json) {
        return with(MINIMAL, path, json);
    }

    /** A file with a section added or replaced. */
    private static String with(String base, String path, String json) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(base);
            String[] parts = path.split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
            }
            parent.set(parts[parts.length - 1], JSON.readTree(json));
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A file with an {@code options} list added. */
    private static String withOptions(String json, String options) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            root.set("options", JSON.readTree(options));
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Scenario read(String json) {
        return ScenarioFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "doc.json", null);
    }

    /**
     * How to check one documented default: a file that leaves the field out, what the scenario read from it
     * holds, and what the page's default means as the same kind of value.
     */
    private record Case(String file, Function<Scenario, Object> actual, Function<String, Object> documented) {
    }

    private static Object none(String documented, Object none) {
        return documented.equals("none") ? none : "not 'none' but " + documented;
    }

    /** Each documented default, keyed by the field's path. */
    private static Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        String pc = with("lambda.provisionedConcurrency", "{\"environments\": 2, \"hoursPerMonth\": 730}");
        String sized = "cluster.nodes";
        cases.put("pricing.provider", new Case(with("pricing", "{\"region\": \"us-east-1\"}"),
                s -> s.pricing().provider(), d -> d));
        cases.put("pricing.region", new Case(with("pricing", "{\"provider\": \"aws\"}"), s -> s.pricing().region(),
                d -> d));
        cases.put("pricing.version", new Case(with("pricing", "{\"provider\": \"aws\", \"region\": \"us-east-1\"}"),
                Scenario::pricing, d -> PricingTables.version("aws", "us-east-1", d)));
        cases.put("conventions.hoursPerMonth", new Case(with("conventions", "{\"billingGranularityMs\": 100}"),
                s -> s.conventions().hoursPerMonth(), Integer::valueOf));
        cases.put("conventions.billingGranularityMs", new Case(with("conventions", "{\"hoursPerMonth\": 720}"),
                s -> s.conventions().billingGranularityMs(), Integer::valueOf));
        cases.put("workload.requestsPerMonth", new Case(with("workload", "{\"peakToAverageRatio\": 2}"),
                s -> s.workload().requestsPerMonth(), Long::valueOf));
        cases.put("workload.peakToAverageRatio", new Case(with("workload", "{\"requestsPerMonth\": 5}"),
                s -> s.workload().peakToAverageRatio(), Double::valueOf));
        cases.put("range.fromRequestsPerMonth", new Case(with("range", "{\"toRequestsPerMonth\": 5}"),
                s -> s.range().fromRequestsPerMonth(), Double::valueOf));
        cases.put("range.toRequestsPerMonth", new Case(with("range", "{\"fromRequestsPerMonth\": 5}"),
                s -> s.range().toRequestsPerMonth(), Double::valueOf));
        cases.put("lambda.architecture", new Case(MINIMAL, s -> s.function().architecture().id(), d -> d));
        cases.put("lambda.packaging", new Case(MINIMAL, s -> s.function().packaging().id(), d -> d));
        cases.put("lambda.ephemeralStorageMb", new Case(MINIMAL, s -> s.function().ephemeralStorageMb(),
                Integer::valueOf));
        cases.put("lambda.freeTier", new Case(MINIMAL, s -> s.function().freeTier(), Boolean::valueOf));
        cases.put("lambda.concurrencyLimit", new Case(MINIMAL, s -> s.function().concurrencyLimit(), Integer::valueOf));
        cases.put("lambda.coldStartRatio", new Case(MINIMAL, s -> s.function().coldStartRatio(), Double::valueOf));
        cases.put("lambda.initDurationMs", new Case(MINIMAL, s -> s.function().initDurationMs(), Double::valueOf));
        cases.put("lambda.provisionedConcurrency", new Case(MINIMAL, s -> s.function().provisioned(),
                d -> none(d, ProvisionedConcurrency.NONE)));
        cases.put("lambda.downstream", new Case(MINIMAL, s -> s.function().downstream(),
                d -> none(d, Downstream.NONE)));
        cases.put("lambda.provisionedConcurrency.schedule", new Case(pc, s -> s.function().provisionedSchedule(),
                d -> none(d, org.breakeven.serverless.ProvisionedSchedule.NONE)));
        cases.put("lambda.provisionedConcurrency.shareOfRequests", new Case(pc,
                s -> s.function().provisioned().shareOfRequests(), Double::valueOf));
        // Documented as another field's value: the minimal file's lambda.durationMs.
        cases.put("lambda.provisionedConcurrency.durationMs", new Case(pc, s -> s.function().provisioned().durationMs(),
                d -> valueAt(pc, d)));
        cases.put("lambda.downstream.items", new Case(with("lambda.downstream", "{\"computeMultiplier\": 1}"),
                s -> s.function().downstream().items(), d -> none(d, List.of())));
        cases.put("lambda.downstream.computeMultiplier", new Case(with("lambda.downstream",
                "{\"multiplierPaidByClusterToo\": true}"), s -> s.function().downstream().computeMultiplier(),
                Double::valueOf));
        cases.put("lambda.downstream.multiplierPaidByClusterToo", new Case(with("lambda.downstream",
                "{\"computeMultiplier\": 1}"), s -> s.function().downstream().multiplierPaidByClusterToo(),
                Boolean::valueOf));
        cases.put("dataTransferOut.inComparison", new Case(with("dataTransferOut", "{\"kilobytesPerRequest\": 1}"),
                s -> s.dataTransferOut().inComparison(), Boolean::valueOf));
        // platformLogs off is no platform log line at all; on, its size defaults to the documented one
        cases.put("lambda.downstream.platformLogs", new Case(with("lambda.downstream", "{\"computeMultiplier\": 1}"),
                s -> s.function().downstream().platformLogBytesPerInvocation() > 0, Boolean::valueOf));
        cases.put("lambda.downstream.platformLogBytesPerInvocation", new Case(with("lambda.downstream",
                "{\"platformLogs\": true}"), s -> s.function().downstream().platformLogBytesPerInvocation(),
                Double::valueOf));
        cases.put("lambda.downstream.items[].paidByClusterToo", new Case(with("lambda.downstream", "{\"items\": ["
                + String.join(", ", Stream.of(DownstreamKind.values())
                        .map(k -> "{\"kind\": \"" + k + "\", \"unitsPerRequest\": 1}").toList()) + "]}"),
                s -> paidByClusterToo(s.function().downstream().items()), ScenarioFormatDocTest::paidByClusterToo));
        cases.put("cluster.controlPlanes", new Case(MINIMAL, s -> s.cluster().clusters(), Integer::valueOf));
        cases.put("cluster.extendedSupport", new Case(MINIMAL, s -> s.cluster().extendedSupport(), Boolean::valueOf));
        cases.put("cluster.loadBalancers", new Case(MINIMAL, s -> s.cluster().loadBalancers(),
                d -> none(d, LoadBalancers.NONE)));
        cases.put("cluster.natGateways", new Case(MINIMAL,
                s -> List.of(s.cluster().natGateways(), s.cluster().natKilobytesPerRequest()),
                d -> none(d, List.of(0, 0.0))));
        cases.put("cluster.storageGbPerNode", new Case(MINIMAL, s -> s.cluster().storageGbPerNode(), Double::valueOf));
        cases.put("cluster.ops", new Case(MINIMAL, s -> s.cluster().ops(), d -> none(d, OpsHeadcount.NONE)));
        cases.put("cluster.fixedMonthlyCosts", new Case(MINIMAL, s -> s.cluster().fixedCosts(),
                d -> none(d, List.of())));
        cases.put("cluster.nodes.minimum", new Case(with(sized, "{\"requestsPerSecondPerNode\": 100,"
                + " \"targetUtilisation\": 0.5}"), s -> s.cluster().nodes(),
                d -> NodeSizing.byCapacity(Integer.parseInt(d), 100, 0.5)));
        cases.put("cluster.nodes.targetUtilisation", new Case(with(sized, "{\"minimum\": 3, \"cpuMsPerRequest\": 20}"),
                s -> s.cluster().nodes(), d -> NodeSizing.byCpu(3, 20, Double.parseDouble(d))));
        String lb = with("cluster.loadBalancers", "{}");
        cases.put("cluster.loadBalancers.type", new Case(lb, s -> s.cluster().loadBalancers().type(), d -> d));
        cases.put("cluster.loadBalancers.count", new Case(lb, s -> s.cluster().loadBalancers().count(),
                Integer::valueOf));
        cases.put("cluster.loadBalancers.requestsPerConnection", new Case(lb,
                s -> s.cluster().loadBalancers().requestsPerConnection(), Double::valueOf));
        cases.put("cluster.loadBalancers.kilobytesPerRequest", new Case(lb,
                s -> s.cluster().loadBalancers().kilobytesPerRequest(), Double::valueOf));
        cases.put("cluster.loadBalancers.keepAliveSeconds", new Case(lb,
                s -> s.cluster().loadBalancers().keepAliveSeconds(), Double::valueOf));
        String nat = with("cluster.natGateways", "{}");
        cases.put("cluster.natGateways.count", new Case(nat, s -> s.cluster().natGateways(), Integer::valueOf));
        cases.put("cluster.natGateways.kilobytesPerRequest", new Case(nat, s -> s.cluster().natKilobytesPerRequest(),
                Double::valueOf));
        cases.put("cluster.natGateways.shareOfRequests", new Case(nat, s -> s.cluster().natShareOfRequests(),
                Double::valueOf));
        cases.put("cluster.cpuCredits", new Case(MINIMAL, s -> s.cluster().cpuCredits().id(), d -> d));
        cases.put("cluster.availabilityZones", new Case(MINIMAL, s -> s.cluster().network().availabilityZones(),
                Integer::valueOf));
        cases.put("cluster.publicIpv4Addresses", new Case(MINIMAL, s -> s.cluster().network().publicIpv4Addresses(),
                Integer::valueOf));
        cases.put("cluster.crossAz", new Case(MINIMAL, s -> List.of(s.cluster().network().crossAzShareOfRequests(),
                s.cluster().network().crossAzKilobytesPerRequest()), d -> none(d, List.of(0.0, 0.0))));
        cases.put("workload.profile", new Case(with("workload", "{\"requestsPerMonth\": 5}"),
                s -> s.workload().profile(), HourlyProfile::shape));
        String autoscaled = with(sized, "{\"autoscaled\": {\"requestsPerSecondPerNode\": 100}}");
        String byCpu = with(sized, "{\"autoscaled\": {\"cpuMsPerRequest\": 20}}");
        cases.put("cluster.nodes.autoscaled.minimum", new Case(autoscaled, s -> autoscaled(s).minimumNodes(),
                Integer::valueOf));
        cases.put("cluster.nodes.autoscaled.maximum", new Case(autoscaled, s -> autoscaled(s).maximumNodes(),
                Integer::valueOf));
        cases.put("cluster.nodes.autoscaled.allocatableCpuFraction", new Case(byCpu,
                s -> autoscaled(s).allocatableCpuFraction(), Double::valueOf));
        cases.put("cluster.nodes.autoscaled.targetUtilisation", new Case(autoscaled,
                s -> autoscaled(s).targetUtilisation(), Double::valueOf));
        cases.put("cluster.nodes.autoscaled.headroom", new Case(autoscaled, s -> autoscaled(s).headroom(),
                Double::valueOf));
        cases.put("cluster.nodes.autoscaled.scaleDownDelayHours", new Case(autoscaled,
                s -> autoscaled(s).scaleDownDelayHours(), Integer::valueOf));
        String table = "{\"version\": \"2026-10-01\"}";
        String options = withOptions(with("pricing", table), "[{\"name\": \"l\", \"kind\": \"lambda\"},"
                + " {\"name\": \"c\", \"kind\": \"cluster\"},"
                + " {\"name\": \"m\", \"kind\": \"managedInstances\", \"instanceType\": \"m7g.xlarge\","
                + " \"concurrencyPerVcpu\": 64},"
                + " {\"name\": \"f\", \"kind\": \"fargate\", \"vcpu\": 1, \"memoryGb\": 2,"
                + " \"requestsPerSecondPerTask\": 100}]");
        cases.put("options[].frontDoor", new Case(options, s -> ((Alternative.OnDemandLambda) s.alternatives().get(0))
                .frontDoor(), d -> d.equals("none") ? org.breakeven.serverless.FrontDoor.NONE : d));
        cases.put("options[].instanceType", new Case(options, s -> ((Alternative.OnCluster) s.alternatives().get(1))
                .cluster().instanceType(), d -> d.equals("cluster.instanceType") ? "t3.medium" : d));
        cases.put("options[].autoMode", new Case(options, s -> ((Alternative.OnCluster) s.alternatives().get(1))
                .cluster().autoMode(), Boolean::valueOf));
        Function<Scenario, org.breakeven.serverless.ManagedInstances> lmi = s ->
                ((Alternative.OnManagedInstances) s.alternatives().get(2)).instances();
        Function<Scenario, org.breakeven.cluster.Fargate> fargate = s ->
                ((Alternative.OnFargate) s.alternatives().get(3)).fargate();
        cases.put("options[].environmentsPerInstance", new Case(options, s -> lmi.apply(s).environmentsPerInstance(),
                Integer::valueOf));
        cases.put("options[].minimumInstances", new Case(options, s -> lmi.apply(s).minimumInstances(),
                Integer::valueOf));
        cases.put("options[].maximumInstances", new Case(options, s -> lmi.apply(s).maximumInstances(),
                Integer::valueOf));
        cases.put("options[].targetUtilisation", new Case(options, s -> List.of(lmi.apply(s).targetUtilisation(),
                ((NodeSizing.Autoscaled) fargate.apply(s).tasks()).targetUtilisation()),
                d -> List.of(Double.valueOf(d), Double.valueOf(d))));
        cases.put("options[].orchestrator", new Case(options, s -> fargate.apply(s).orchestrator().name()
                .toLowerCase(java.util.Locale.ROOT), d -> d));
        cases.put("options[].architecture", new Case(options, s -> fargate.apply(s).architecture(), d -> d));
        cases.put("options[].minimumTasks", new Case(options, s -> fargate.apply(s).tasks().minimumNodes(),
                Integer::valueOf));
        cases.put("options[].maximumTasks", new Case(options,
                s -> ((NodeSizing.Autoscaled) fargate.apply(s).tasks()).maximumNodes(), Integer::valueOf));
        cases.put("options[].ephemeralStorageGb", new Case(options, s -> fargate.apply(s).ephemeralStorageGb(),
                Double::valueOf));
        cases.put("options[].spotShare", new Case(options, s -> fargate.apply(s).spotShare(), Double::valueOf));
        cases.put("options[].spotDiscount", new Case(options, s -> fargate.apply(s).spotDiscount(), Double::valueOf));
        String ops = with("cluster.ops", "{}");
        cases.put("cluster.ops.fte", new Case(ops, s -> s.cluster().ops().fte(), Double::valueOf));
        cases.put("cluster.ops.loadedYearlyCostUsd", new Case(ops, s -> s.cluster().ops().loadedYearlyCost(),
                BigDecimal::new));
        cases.put("commitments.lambda", new Case(MINIMAL, s -> s.terms().lambdaCommitment(), d -> none(d, null)));
        cases.put("commitments.cluster", new Case(MINIMAL, s -> s.terms().clusterCommitment(), d -> none(d, null)));
        cases.put("commitments.spot", new Case(MINIMAL, s -> s.terms().spot(), d -> none(d, null)));
        String plan = "{\"type\": \"computeSavingsPlan\", \"termYears\": 1, \"dollarsPerHour\": 1,"
                + " \"discountPercent\": 10}";
        String lambdaPlan = with("commitments", "{\"lambda\": " + plan + "}");
        String clusterPlan = with("commitments", "{\"cluster\": " + plan + "}");
        cases.put("commitments.lambda.payment", new Case(lambdaPlan, s -> s.terms().lambdaCommitment().payment().id(),
                d -> d));
        cases.put("commitments.cluster.payment", new Case(clusterPlan,
                s -> s.terms().clusterCommitment().payment().id(), d -> d));
        // Left out, the rate is the table's: a test table (arithmetic, not AWS's rates) that holds both keys.
        String ratesTable = "{\"file\": \"src/test/resources/org/breakeven/commitments/committed-rates.json\"}";
        String fromTable = with(with("pricing", ratesTable), "commitments", "{\"lambda\": {\"type\":"
                + " \"computeSavingsPlan\", \"termYears\": 1, \"dollarsPerHour\": 1}, \"cluster\": {\"type\":"
                + " \"computeSavingsPlan\", \"termYears\": 1, \"nodes\": 2}}");
        cases.put("commitments.lambda.discountPercent", new Case(fromTable,
                s -> tableRateUsed(s.serverlessModel(), "savingsPlan.compute.lambda",
                        s.terms().lambdaCommitment().discountPercent()), d -> none(d, "the table's rate")));
        cases.put("commitments.cluster.discountPercent", new Case(fromTable,
                s -> tableRateUsed(s.clusterModel(), "savingsPlan.compute.ec2",
                        s.terms().clusterCommitment().discountPercent()), d -> none(d, "the table's rate")));
        cases.put("commitments.spot.extraCapacity", new Case(with("commitments", "{\"spot\": {\"shareOfNodes\": 0.5,"
                + " \"savingPercent\": 60, \"priceSource\": \"test\"}}"), s -> s.terms().spot().extraCapacity(),
                Double::valueOf));
        for (String service : org.breakeven.bill.Discounts.SERVICES) {
            cases.put("discounts." + service, new Case(with("discounts", "{}"),
                    s -> s.terms().discounts().percentByService().getOrDefault(service, BigDecimal.ZERO),
                    BigDecimal::new));
        }
        return cases;
    }

    /** "the table's rate" if a commitment states no discount and its fee line cites the table's key. */
    private static String tableRateUsed(org.breakeven.bill.BillModel model, String feeRateId, BigDecimal discount) {
        String source = model.charges().stream().filter(c -> c.rate().id().equals(feeRateId)).findFirst()
                .orElseThrow().rate().source();
        return discount == null && source.contains("savingsPlan.compute.1yr.noUpfront") ? "the table's rate"
                : "discount " + discount + ", fee source " + source;
    }

    private static NodeSizing.Autoscaled autoscaled(Scenario scenario) {
        return (NodeSizing.Autoscaled) scenario.cluster().nodes();
    }

    /** The number at a dotted path of a JSON text. */
    private static Object valueAt(String json, String path) {
        try {
            return JSON.readTree(json).at("/" + path.replace('.', '/')).doubleValue();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Each downstream kind and whether the cluster pays it too, from the scenario. */
    private static Map<DownstreamKind, Boolean> paidByClusterToo(List<DownstreamItem> items) {
        Map<DownstreamKind, Boolean> paid = new LinkedHashMap<>();
        items.forEach(item -> paid.put(item.kind(), item.paidByClusterToo()));
        return paid;
    }

    /** Each downstream kind and whether the cluster pays it too, from "`false` for `A` and `B` ..., `true` for the others". */
    private static Object paidByClusterToo(String documented) {
        Map<DownstreamKind, Boolean> paid = new LinkedHashMap<>();
        Matcher m = CODE.matcher(documented);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        boolean listed = Boolean.parseBoolean(codes.get(0));
        for (DownstreamKind kind : DownstreamKind.values()) {
            paid.put(kind, codes.subList(1, codes.size() - 1).contains(kind.name()) == listed);
        }
        return codes.get(codes.size() - 1).equals(String.valueOf(!listed)) ? paid : "unreadable: " + documented;
    }

    static Stream<Row> documentedDefaults() throws IOException {
        return rows().stream().filter(Row::hasDefault);
    }

    /** Every documented default is checked below, and every check is of a documented default. */
    @Test
    void scenarioFormat_everyDocumentedDefaultHasACheck() throws IOException {
        assertThat(documentedDefaults().map(Row::path)).containsExactlyInAnyOrderElementsOf(cases().keySet());
    }

    /** A file that leaves the field out reads to the default the page gives. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedDefaults")
    void scenarioFormat_leftOutFieldGetsTheDocumentedDefault(Row row) {
        Case c = cases().get(row.path());
        assertThat(c).as("a check of %s's documented default", row.path()).isNotNull();
        Object documented = row.path().endsWith("items[].paidByClusterToo") ? c.documented().apply(row.defaultCell())
                : c.documented().apply(row.defaultValue());

        assertThat(c.actual().apply(read(c.file())))
                .as("%s left out, documented as %s, in %s", row.path(), row.defaultCell(), c.file())
                .isEqualTo(documented);
    }

    /** The README's scenario file, taken field by field. */
    private static String readmeBlock() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("\n## Scenario files\n");
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void readme_scenarioFile_isTheDefaultScenario() throws IOException {
        assertThat(read(readmeBlock())).isEqualTo(Breakeven.defaultScenario());
    }

    /**
     * The README says "a field left out gets the default"; where the block holds something else, the prose
     * must name that field. Each field and section of the block is removed in turn; if the scenario changes
     * (and the file is still valid), the field's path must appear in the section's prose.
     */
    @Test
    void readme_namesEveryFieldWhoseLeftOutDefaultIsNotTheBlocks() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("\n## Scenario files\n"), readme.indexOf("\n## Pricing tables"));
        String prose = section.substring(section.lastIndexOf("```"));
        JsonNode block = JSON.readTree(readmeBlock());
        Scenario full = read(readmeBlock());
        TreeSet<String> differ = new TreeSet<>();
        TreeSet<String> same = new TreeSet<>();
        for (String path : objectPaths(block, "")) {
            ObjectNode copy = block.deepCopy();
            String[] parts = path.split("\\.");
            ObjectNode parent = copy;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = (ObjectNode) parent.get(parts[i]);
            }
            parent.remove(parts[parts.length - 1]);
            Scenario without;
            try {
                without = read(JSON.writeValueAsString(copy));
            } catch (ScenarioFormatException required) {
                continue;
            }
            (without.equals(full) ? same : differ).add(path);
        }

        assertThat(differ).containsExactlyInAnyOrder("lambda.downstream", "lambda.downstream.computeMultiplier",
                "cluster.loadBalancers");
        assertThat(differ).allSatisfy(path -> assertThat(prose).contains("`" + path + "`"));
        assertThat(same).contains("workload", "lambda.architecture", "cluster.loadBalancers.count");
    }

    private static List<String> objectPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String path = prefix + field.getKey();
            paths.add(path);
            if (field.getValue().isObject()) {
                paths.addAll(objectPaths(field.getValue(), path + "."));
            }
        }
        return paths;
    }
}
