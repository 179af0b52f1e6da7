package org.breakeven;

import org.breakeven.bill.Conventions;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.FixedCost;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.serverless.Architecture;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;

/**
 * Reads a scenario from a JSON or YAML file. Every field is named with its unit; only {@code lambda.memoryMb},
 * {@code lambda.durationMs}, {@code cluster.instanceType} and {@code cluster.nodes} are required, the rest
 * default as in {@link Breakeven#defaultScenario()} and {@code docs/scenario-format.md}. Unknown fields
 * and out-of-range values fail with the file, the line and the field.
 * <p>
 * A file whose name ends in {@code .yaml} or {@code .yml} is read as YAML, which needs the optional
 * dependency {@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml}; any other file is read as
 * JSON, which needs nothing more. Both go through the same records, so they accept the same fields.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScenarioFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ScenarioFile() {
    }

    /**
     * Reads a scenario file, as YAML if its name ends in {@code .yaml} or {@code .yml}, else as JSON.
     *
     * @param file the JSON or YAML file
     * @return the scenario
     * @throws IllegalArgumentException naming the file, line and field if the file is malformed or a
     *     value is out of range
     * @throws IllegalStateException if the file is YAML and jackson-dataformat-yaml is not on the class path
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Scenario read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a scenario from a stream, as YAML if the name ends in {@code .yaml} or {@code .yml}, else as JSON.
     *
     * @param in the JSON or YAML text
     * @param name the name to use in error messages, whose ending selects the format
     * @param baseDir the folder that a relative {@code pricing.file} is resolved against
     * @return the scenario
     * @throws IllegalArgumentException naming the file, line and field if the text is malformed or a
     *     value is out of range
     * @throws IllegalStateException if the text is YAML and jackson-dataformat-yaml is not on the class path
     */
    public static Scenario read(InputStream in, String name, Path baseDir) {
        boolean yaml = isYaml(name);
        ObjectMapper mapper = yaml ? Yaml.mapper() : MAPPER;
        byte[] text;
        ScenarioJson json;
        try {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + name + ": " + e.getMessage(), e);
        }
        try {
            json = mapper.readValue(text, ScenarioJson.class);
        } catch (UnrecognizedPropertyException e) {
            String at = path(e);
            String parent = at.contains(".") ? at.substring(0, at.lastIndexOf('.')) : "(top level)";
            throw new IllegalArgumentException(name + line(e, mapper, text, at, "") + ": at " + parent + ": unknown field '"
                    + e.getPropertyName() + "'; known fields here: " + known(e), e);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            String problem = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            String at = path(e);
            String field = problem == null ? "" : problem.startsWith("Duplicate field '")
                    ? problem.substring("Duplicate field '".length()).split("'", 2)[0] : problem.split(" ", 2)[0];
            throw new IllegalArgumentException(name + line(e, mapper, text, at, field) + ": at " + at
                    + ": " + problem, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + line(e) + ": not valid " + (yaml ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + name + ": " + e.getMessage(), e);
        }
        try {
            return json.toScenario(baseDir);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
    }

    /**
     * Finds the line of the field that a mapping error is about. Jackson reports where the enclosing
     * object ends, which in YAML is the line after it; so the text is scanned once more for the line of
     * {@code at.field}, or of a field of that name further inside {@code at}, or of {@code at} itself,
     * falling back to Jackson's location.
     */
    private static String line(JsonProcessingException e, ObjectMapper mapper, byte[] text, String at, String field) {
        java.util.Map<String, Integer> lines = fieldLines(mapper, text);
        Integer line = lines.get(at + "." + field);
        if (line == null && !field.isEmpty()) {
            for (java.util.Map.Entry<String, Integer> entry : lines.entrySet()) {
                if (entry.getKey().startsWith(at + ".") && entry.getKey().endsWith("." + field)) {
                    line = entry.getValue();
                }
            }
        }
        if (line == null) {
            line = lines.get(at);
        }
        return line == null ? line(e) : ":" + line;
    }

    /** The line of every field name in the text, by its path such as {@code cluster.nodes.fixed}. */
    private static java.util.Map<String, Integer> fieldLines(ObjectMapper mapper, byte[] text) {
        java.util.Map<String, Integer> lines = new java.util.HashMap<>();
        // A copy without duplicate detection, so that the scan reaches a duplicated field and records its line.
        com.fasterxml.jackson.core.JsonFactory factory = mapper.getFactory().copy()
                .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try (JsonParser parser = factory.createParser(text)) {
            java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<int[]> indices = new java.util.ArrayDeque<>();
            String prefix = "";
            com.fasterxml.jackson.core.JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        String current = (stack.isEmpty() ? "" : stack.peek());
                        String path = current.isEmpty() ? parser.currentName() : current + "." + parser.currentName();
                        lines.put(path, parser.currentTokenLocation().getLineNr());
                        prefix = path;
                    }
                    case START_OBJECT -> {
                        stack.push(element(stack, indices, prefix));
                        indices.push(new int[] {-1});
                    }
                    case START_ARRAY -> {
                        stack.push(element(stack, indices, prefix));
                        indices.push(new int[] {0});
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        indices.pop();
                        prefix = stack.isEmpty() ? "" : stack.peek();
                    }
                    default -> {
                        if (!indices.isEmpty() && indices.peek()[0] >= 0) {
                            indices.peek()[0]++;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The mapping already failed for a reason of its own; fall back to Jackson's location.
        }
        return lines;
    }

    /** The path of a new object or array: the field it is the value of, or the next index of the enclosing array. */
    private static String element(java.util.ArrayDeque<String> stack, java.util.ArrayDeque<int[]> indices,
            String field) {
        if (!indices.isEmpty() && indices.peek()[0] >= 0) {
            return stack.peek() + "[" + indices.peek()[0]++ + "]";
        }
        return field;
    }

    private static String known(UnrecognizedPropertyException e) {
        TreeSet<String> names = new TreeSet<>();
        if (e.getKnownPropertyIds() != null) {
            for (Object id : e.getKnownPropertyIds()) {
                names.add(String.valueOf(id));
            }
        }
        // The records' "value" components hold the built domain object; they are not fields of the file.
        names.remove("value");
        return String.join(", ", names);
    }

    /** The YAML mapper, in its own class so that JSON-only users never load the optional YAML module. */
    private static final class Yaml {
        private static final ObjectMapper MAPPER;

        static {
            ObjectMapper mapper;
            try {
                mapper = YAMLMapper.builder()
                        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        .build();
            } catch (NoClassDefFoundError e) {
                mapper = null;
            }
            MAPPER = mapper;
        }

        static ObjectMapper mapper() {
            if (MAPPER == null) {
                throw new IllegalStateException("YAML scenario files need com.fasterxml.jackson.dataformat:"
                        + "jackson-dataformat-yaml on the class path; use a .json file or add that dependency");
            }
            return MAPPER;
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(top level)" : path.toString();
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    record ScenarioJson(PricingJson pricing, ConventionsJson conventions, WorkloadJson workload, RangeJson range,
            LambdaJson lambda, ClusterJson cluster) {
        ScenarioJson {
            if (lambda == null) {
                throw new IllegalArgumentException("lambda is required: {\"memoryMb\": ..., \"durationMs\": ...}");
            }
            if (cluster == null) {
                throw new IllegalArgumentException("cluster is required: {\"instanceType\": ..., \"nodes\": ...}");
            }
        }

        Scenario toScenario(Path baseDir) {
            PricingTable table = pricing == null ? PricingTables.latest("aws", "us-east-1") : pricing.load(baseDir);
            Conventions c = conventions == null ? Conventions.DEFAULT : conventions.value;
            Workload w = workload == null ? Workload.of(1_000_000) : workload.value;
            RequestRange r = range == null ? RequestRange.DEFAULT : range.value;
            return new Scenario(w, lambda.value, cluster.value, table, c, r);
        }
    }

    record PricingJson(String provider, String region, String version, String file) {
        PricingTable load(Path baseDir) {
            if (file != null) {
                if (provider != null || region != null || version != null) {
                    throw new IllegalArgumentException("pricing takes either file or provider/region/version, not both");
                }
                Path path = Path.of(file);
                return PricingTables.fromFile(baseDir == null || path.isAbsolute() ? path : baseDir.resolve(path));
            }
            return PricingTables.version(or(provider, "aws"), or(region, "us-east-1"), or(version, "latest"));
        }
    }

    static final class ConventionsJson {
        final Conventions value;

        ConventionsJson(@com.fasterxml.jackson.annotation.JsonProperty("hoursPerMonth") Integer hoursPerMonth,
                @com.fasterxml.jackson.annotation.JsonProperty("billingGranularityMs") Integer billingGranularityMs) {
            value = new Conventions(or(hoursPerMonth, 730), or(billingGranularityMs, 1));
        }
    }

    record WorkloadJson(Long requestsPerMonth, Double peakToAverageRatio, Workload value) {
        WorkloadJson {
            value = new Workload(or(requestsPerMonth, 1_000_000L), or(peakToAverageRatio, 1.0));
        }
    }

    record RangeJson(Double fromRequestsPerMonth, Double toRequestsPerMonth, RequestRange value) {
        RangeJson {
            value = new RequestRange(or(fromRequestsPerMonth, RequestRange.DEFAULT.fromRequestsPerMonth()),
                    or(toRequestsPerMonth, RequestRange.DEFAULT.toRequestsPerMonth()));
        }
    }

    record ProvisionedJson(Integer environments, Double hoursPerMonth, Double shareOfRequests, Double durationMs) {
    }

    record DownstreamItemJson(DownstreamKind kind, Double unitsPerRequest, Boolean paidByClusterToo) {
        // Checked here, not where the items are used, so that the error's path names the item.
        DownstreamItemJson {
            if (kind == null) {
                throw new IllegalArgumentException("kind is required, one of " + List.of(DownstreamKind.values()));
            }
            if (unitsPerRequest == null) {
                throw new IllegalArgumentException("unitsPerRequest is required (" + kind.usageUnit() + " per request)");
            }
        }

        DownstreamItem toItem() {
            return new DownstreamItem(kind, unitsPerRequest, or(paidByClusterToo, kind.paidByClusterByDefault()));
        }
    }

    record DownstreamJson(List<DownstreamItemJson> items, Double computeMultiplier, Boolean multiplierPaidByClusterToo) {
    }

    record LambdaJson(Integer memoryMb, Double durationMs, String architecture, Integer ephemeralStorageMb,
            Boolean freeTier, Double coldStartRatio, Double initDurationMs, ProvisionedJson provisionedConcurrency,
            DownstreamJson downstream, LambdaFunction value) {
        LambdaJson {
            if (memoryMb == null || durationMs == null) {
                throw new IllegalArgumentException("lambda needs memoryMb (MB) and durationMs (ms)");
            }
            ProvisionedConcurrency pc = null;
            if (provisionedConcurrency != null) {
                ProvisionedJson p = provisionedConcurrency;
                if (p.environments() == null || p.hoursPerMonth() == null) {
                    throw new IllegalArgumentException("provisionedConcurrency needs environments and hoursPerMonth");
                }
                pc = new ProvisionedConcurrency(p.environments(), p.hoursPerMonth(), or(p.shareOfRequests(), 1.0),
                        or(p.durationMs(), durationMs));
            }
            Downstream down = Downstream.NONE;
            if (downstream != null) {
                List<DownstreamItem> items = new ArrayList<>();
                for (DownstreamItemJson item : or(downstream.items(), List.<DownstreamItemJson>of())) {
                    items.add(item.toItem());
                }
                down = new Downstream(items, or(downstream.computeMultiplier(), 0.0),
                        or(downstream.multiplierPaidByClusterToo(), false));
            }
            value = new LambdaFunction(memoryMb, durationMs, Architecture.of(or(architecture, "x86_64")),
                    or(ephemeralStorageMb, 512), or(freeTier, false), or(coldStartRatio, 0.0), or(initDurationMs, 0.0),
                    pc, down);
        }
    }

    record NodesJson(Integer fixed, Integer minimum, Double requestsPerSecondPerNode, Double cpuMsPerRequest,
            Double targetUtilisation, NodeSizing value) {
        NodesJson {
            if (fixed != null) {
                if (minimum != null || requestsPerSecondPerNode != null || cpuMsPerRequest != null
                        || targetUtilisation != null) {
                    throw new IllegalArgumentException("nodes takes either fixed, or minimum with requestsPerSecondPerNode "
                            + "or cpuMsPerRequest and targetUtilisation, not both");
                }
                value = NodeSizing.fixed(fixed);
            } else if ((requestsPerSecondPerNode == null) == (cpuMsPerRequest == null)) {
                throw new IllegalArgumentException("nodes needs fixed, or exactly one of requestsPerSecondPerNode "
                        + "(requests/s) and cpuMsPerRequest (CPU-ms)");
            } else {
                int min = or(minimum, 2);
                double util = or(targetUtilisation, 1.0);
                value = requestsPerSecondPerNode != null ? NodeSizing.byCapacity(min, requestsPerSecondPerNode, util)
                        : NodeSizing.byCpu(min, cpuMsPerRequest, util);
            }
        }
    }

    record LoadBalancersJson(String type, Integer count, Double requestsPerConnection, Double kilobytesPerRequest) {
    }

    record NatJson(Integer count, Double kilobytesPerRequest) {
    }

    record OpsJson(Double fte, BigDecimal loadedYearlyCostUsd) {
    }

    record FixedCostJson(String name, BigDecimal monthlyAmount) {
    }

    record ClusterJson(String instanceType, NodesJson nodes, Integer controlPlanes, Boolean extendedSupport,
            LoadBalancersJson loadBalancers, NatJson natGateways, Double storageGbPerNode, OpsJson ops,
            List<FixedCostJson> fixedMonthlyCosts, Cluster value) {
        ClusterJson {
            if (instanceType == null || nodes == null) {
                throw new IllegalArgumentException("cluster needs instanceType and nodes");
            }
            LoadBalancers lbs = loadBalancers == null ? LoadBalancers.NONE
                    : new LoadBalancers(or(loadBalancers.type(), "ALB"), or(loadBalancers.count(), 1),
                            or(loadBalancers.requestsPerConnection(), 1.0), or(loadBalancers.kilobytesPerRequest(), 0.0));
            OpsHeadcount people = ops == null ? OpsHeadcount.NONE
                    : new OpsHeadcount(or(ops.fte(), 0.0), or(ops.loadedYearlyCostUsd(), BigDecimal.ZERO));
            List<FixedCost> fixed = new ArrayList<>();
            for (FixedCostJson f : or(fixedMonthlyCosts, List.<FixedCostJson>of())) {
                fixed.add(new FixedCost(f.name(), f.monthlyAmount()));
            }
            value = new Cluster(instanceType, nodes.value(), or(controlPlanes, 1), or(extendedSupport, false), lbs,
                    natGateways == null ? 0 : or(natGateways.count(), 1),
                    natGateways == null ? 0 : or(natGateways.kilobytesPerRequest(), 0.0), or(storageGbPerNode, 0.0),
                    people, fixed);
        }
    }
}
