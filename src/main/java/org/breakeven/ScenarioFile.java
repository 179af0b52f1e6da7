package org.breakeven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.breakeven.bill.Commitment;
import org.breakeven.bill.Discounts;
import org.breakeven.bill.Format;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.DataTransferOut;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.CpuCredits;
import org.breakeven.cluster.Fargate;
import org.breakeven.cluster.FixedCost;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.Network;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.OpsHeadcount;
import org.breakeven.cluster.SharedCluster;
import org.breakeven.cluster.Spot;
import org.breakeven.pricing.PricingFormatException;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.serverless.Architecture;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.serverless.FrontDoor;
import org.breakeven.serverless.ManagedInstances;
import org.breakeven.serverless.LambdaFunction;
import org.breakeven.serverless.Packaging;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.breakeven.serverless.ProvisionedSchedule;
import org.breakeven.serverless.ServerlessModel;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.RequestRange;
import org.breakeven.workload.Workload;

/**
 * Reads a scenario from a JSON or YAML file. Every field is named with its unit; only {@code lambda.memoryMb},
 * {@code lambda.durationMs}, {@code cluster.instanceType} and {@code cluster.nodes} are required.
 * <p>
 * A field left out keeps what the domain type's factory gives: a {@code lambda} section starts as
 * {@link LambdaFunction#of(int, double)}, a {@code cluster} section as {@link Cluster#of(String, NodeSizing)},
 * a {@code loadBalancers} section as {@link LoadBalancers#alb(int) LoadBalancers.alb(1)}; a section left
 * out is the domain's {@code NONE} ({@link Downstream#NONE}, {@link LoadBalancers#NONE},
 * {@link OpsHeadcount#NONE}) or default ({@link Conventions#DEFAULT}, {@link RequestRange#DEFAULT}, and the
 * workload and pricing table of {@link Breakeven#defaultScenario()}). {@code docs/scenario-format.md} gives
 * each default, and a test reads a file without each field to check it.
 * <p>
 * Values are checked by the domain types they become, whose messages this reader only places: an unknown
 * field, a value of the wrong type (including a fraction in a whole-number field, and a YAML number with a
 * leading zero, which YAML 1.1 would read as octal), a duplicated field or a value out of range fails with a
 * {@link ScenarioFormatException} that names the file, the line and the field's path.
 * <p>
 * Hostile files fail the same way: only a regular file of at most {@link #MAX_BYTES} is opened; a
 * {@code pricing.file} must be a regular file in the scenario's folder unless the {@link Reader} allows it
 * anywhere; a syntax error names the line and column, never the text; control characters in a message are
 * escaped and long values shortened; YAML aliases are refused. {@code docs/scenario-format.md} lists each limit.
 * <p>
 * A file whose name ends in {@code .yaml} or {@code .yml} is read as YAML, which needs the optional
 * dependency {@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml}; any other file is read as
 * JSON, which needs nothing more. Both are bound onto the same records, so they accept the same fields.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScenarioFile {

    /** The fewest nodes of a cluster sized from traffic, if the file does not say: two, to survive losing one. */
    private static final int SIZED_MINIMUM_NODES = 2;
    /** The share of a node's capacity planned at the peak, if the file does not say: all of it. */
    private static final double SIZED_TARGET_UTILISATION = 1;
    /** The most nodes of an autoscaled cluster, if the file does not say: the most any sizing allows. */
    private static final int AUTOSCALED_MAXIMUM_NODES = 10_000;
    /** The NAT gateways that a {@code natGateways} section without a count means. */
    private static final int NAT_GATEWAYS = 1;
    /** What a {@code loadBalancers} section means before its fields: one ALB. */
    private static final LoadBalancers ONE_LOAD_BALANCER = LoadBalancers.alb(1);

    private ScenarioFile() {
    }

    /**
     * The largest scenario file: 1,048,576 bytes (1 MB). A scenario holds a few kilobytes; a larger file is
     * refused before it is parsed.
     */
    public static final int MAX_BYTES = 1 << 20;

    /**
     * Reads a scenario file, as YAML if its name ends in {@code .yaml} or {@code .yml}, else as JSON, with
     * the {@linkplain #reader() default reader}: a {@code pricing.file} must be in the scenario's folder.
     *
     * @param file the JSON or YAML file, a regular file of at most {@link #MAX_BYTES}
     * @return the scenario
     * @throws ScenarioFormatException naming the file, line and field if the file is malformed, too large, not
     *     a regular file, or a value is out of range (a {@code pricing.file} that does not exist included)
     * @throws IllegalStateException if the file is YAML and jackson-dataformat-yaml is not on the class path
     * @throws UncheckedIOException if the file, or the pricing or traffic file it names, cannot be read
     */
    public static Scenario read(Path file) {
        return reader().read(file);
    }

    /**
     * Reads a scenario from a stream, as YAML if the name ends in {@code .yaml} or {@code .yml}, else as JSON,
     * with the {@linkplain #reader() default reader}: a {@code pricing.file} must be in {@code baseDir}.
     *
     * @param in the JSON or YAML text, at most {@link #MAX_BYTES}
     * @param name the name to use in error messages, whose ending selects the format
     * @param baseDir the folder that a relative {@code pricing.file} or {@code workload.profile.csv} is resolved
     *     against and must stay in, or null for the working directory
     * @return the scenario
     * @throws ScenarioFormatException naming the file, line and field if the text is malformed, too large or
     *     a value is out of range (a {@code pricing.file} that does not exist included)
     * @throws IllegalStateException if the text is YAML and jackson-dataformat-yaml is not on the class path
     * @throws UncheckedIOException if the stream, or the pricing or traffic file it names, cannot be read
     */
    public static Scenario read(InputStream in, String name, Path baseDir) {
        return reader().read(in, name, baseDir);
    }

    /**
     * Obtains the default reader: it opens only a {@code pricing.file} in the scenario's folder or below it, as
     * a CI job that solves scenarios from pull requests needs. {@link Reader#allowPricingFilesAnywhere()} lifts that.
     * <pre>{@code
     * jshell> ScenarioFile.reader().allowPricingFilesAnywhere().read(Path.of("scenario.yaml"))
     * }</pre>
     *
     * @return the reader
     */
    public static Reader reader() {
        return Reader.CONFINED;
    }

    /**
     * Reads scenario files: at most {@link #MAX_BYTES}, regular files only, with a {@code pricing.file} resolved
     * against the scenario's folder. By default that file must be in the folder or below it (no {@code ../},
     * no absolute path elsewhere, no symbolic link that leads out), and in every case it must be a regular
     * file, not a device or a pipe. An error about a pricing file that is not a valid table names the file and
     * the position, never the text found there, which may be anything (a credentials file, {@code /etc/passwd}).
     * <p>
     * This class is immutable and thread-safe.
     */
    public static final class Reader {

        static final Reader CONFINED = new Reader(false);

        private final boolean pricingFilesAnywhere;

        private Reader(boolean pricingFilesAnywhere) {
            this.pricingFilesAnywhere = pricingFilesAnywhere;
        }

        /**
         * Returns a copy of this reader that opens a {@code pricing.file} anywhere: {@code ../}, an absolute
         * path or a symbolic link out of the scenario's folder. The file must still be a regular file.
         *
         * @return the reader
         */
        public Reader allowPricingFilesAnywhere() {
            return new Reader(true);
        }

        /**
         * Checks whether this reader opens a {@code pricing.file} outside the scenario's folder.
         *
         * @return true if it does
         */
        public boolean pricingFilesAnywhere() {
            return pricingFilesAnywhere;
        }

        /**
         * Reads a scenario file, as YAML if its name ends in {@code .yaml} or {@code .yml}, else as JSON.
         *
         * @param file the JSON or YAML file, a regular file of at most {@link #MAX_BYTES}
         * @return the scenario
         * @throws ScenarioFormatException naming the file, line and field if the file is malformed, too large,
         *     not a regular file, or a value is out of range (a {@code pricing.file} that does not exist included)
         * @throws IllegalStateException if the file is YAML and jackson-dataformat-yaml is not on the class path
         * @throws UncheckedIOException if the file, or the pricing file it names, cannot be read
         */
        public Scenario read(Path file) {
            Objects.requireNonNull(file, "file");
            String name = file.toString();
            String problem = notARegularFile(file, MAX_BYTES, "a scenario file", "scenario file");
            if (problem != null) {
                throw new ScenarioFormatException(name, 0, "", problem, null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(cannotRead("scenario file", name, e), e);
            }
        }

        /**
         * Reads a scenario from a stream, as YAML if the name ends in {@code .yaml} or {@code .yml}, else as
         * JSON. At most {@link #MAX_BYTES} are read from it.
         *
         * @param in the JSON or YAML text
         * @param name the name to use in error messages, whose ending selects the format
         * @param baseDir the folder that a relative {@code pricing.file} is resolved against (and, unless this
         *     reader allows files anywhere, must stay in), or null for the working directory
         * @return the scenario
         * @throws ScenarioFormatException naming the file, line and field if the text is malformed, too large or
         *     a value is out of range (a {@code pricing.file} that does not exist included)
         * @throws IllegalStateException if the text is YAML and jackson-dataformat-yaml is not on the class path
         * @throws UncheckedIOException if the stream, or the pricing file it names, cannot be read
         */
        public Scenario read(InputStream in, String name, Path baseDir) {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(name, "name");
            byte[] text;
            try {
                text = in.readNBytes(MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(cannotRead("scenario file", name, e), e);
            }
            if (text.length > MAX_BYTES) {
                throw new ScenarioFormatException(name, 0, "", "the file holds more than " + Format.whole(MAX_BYTES)
                        + " bytes, the most a scenario file may hold", null);
            }
            FieldTree tree = FieldTree.read(text, name, isYaml(name));
            Path folder = (baseDir == null ? Path.of("") : baseDir).toAbsolutePath().normalize();
            return tree.bind(ScenarioFields.class, MethodHandles.lookup()).toScenario(tree, folder, this);
        }

        @Override
        public String toString() {
            return pricingFilesAnywhere ? "ScenarioFile.Reader, pricing files anywhere"
                    : "ScenarioFile.Reader, pricing files in the scenario's folder";
        }
    }

    /**
     * Checks that a path is a regular file of at most {@code maxBytes} before it is opened: a device such as
     * {@code /dev/zero} never ends, and a named pipe blocks forever.
     *
     * @return what is wrong, or null if nothing is
     */
    static String notARegularFile(Path file, long maxBytes, String what, String noun) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException(cannotRead(noun, file.toString(), e), e);
        }
        if (!attributes.isRegularFile()) {
            return what + " must be a regular file, not a " + (attributes.isDirectory() ? "folder"
                    : "device, pipe or socket");
        }
        if (attributes.size() > maxBytes) {
            return what + " may hold at most " + Format.whole(maxBytes) + " bytes but holds "
                    + Format.whole(attributes.size());
        }
        return null;
    }

    static String cannotRead(String what, String name, IOException e) {
        return "cannot read " + what + " " + Format.printable(name) + ": " + Format.printable(String.valueOf(
                e.getMessage()), 200);
    }

    static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    // The records below mirror the file: each component is a field, named as the file names it, null when
    // the file leaves it out. docs/scenario-format.md documents each one (ScenarioFormatDocTest checks).

    private record ScenarioFields(PricingFields pricing, ConventionsFields conventions, WorkloadFields workload,
            RangeFields range, LambdaFields lambda, ClusterFields cluster, DataTransferFields dataTransferOut,
            CommitmentsFields commitments, DiscountsFields discounts, List<OptionFields> options) {

        Scenario toScenario(FieldTree tree, Path folder, Reader reader) {
            FieldTree.Place at = tree.at(this);
            LambdaFunction function = at.required("lambda", lambda).toFunction(tree);
            Cluster k = at.required("cluster", cluster).toCluster(tree);
            Workload w = workload == null ? Breakeven.DEFAULT_WORKLOAD : workload.toWorkload(tree, folder, reader);
            RequestRange r = range == null ? RequestRange.DEFAULT : range.toRange(tree);
            Conventions c = conventions == null ? Conventions.DEFAULT : conventions.toConventions(tree);
            PricingTable table = pricing == null ? Breakeven.defaultPricing() : pricing.toTable(tree, folder, reader);
            DataTransferOut out = dataTransferOut == null ? DataTransferOut.NONE : dataTransferOut.toDataTransfer(tree);
            PricingTerms terms = commitments == null ? PricingTerms.NONE : commitments.toTerms(tree);
            if (discounts != null) {
                terms = terms.withDiscounts(discounts.toDiscounts(tree));
            }
            PricingTerms t = terms;
            // Only the table can tell whether it prices the instance type.
            Scenario s = tree.at(cluster).make(() -> new Scenario(w, function, k, table, c, r, t), "instanceType");
            Scenario scenario = out.equals(DataTransferOut.NONE) ? s
                    : tree.at(dataTransferOut).make(() -> s.withDataTransferOut(out), "kilobytesPerRequest");
            if (commitments != null) {
                commitments.checkRates(tree, scenario);
            }
            if (options == null) {
                return scenario;
            }
            if (commitments != null || discounts != null) {
                // Each option's bill is at list price: refused rather than compared silently against list prices.
                throw at.error(commitments != null ? "commitments" : "discounts", "options are priced at list prices:"
                        + " commitments and discounts apply to the two-way comparison of lambda and cluster only,"
                        + " so leave out either options or " + (commitments != null ? "commitments" : "discounts"),
                        null);
            }
            List<Alternative> alternatives = options.stream().map(o -> o.toAlternative(tree, function, k)).toList();
            Scenario withOptions = at.make(() -> scenario.withAlternatives(alternatives), "options");
            // Each option's bill is built here, so that a rate or an instance type the table lacks is reported at
            // the option that needs it.
            for (int i = 0; i < options.size(); i++) {
                Alternative alternative = alternatives.get(i);
                tree.at(options.get(i)).make(() -> alternative.option(withOptions), "instanceType");
            }
            return withOptions;
        }
    }

    private record CommitmentsFields(CommitmentFields lambda, CommitmentFields cluster, SpotFields spot) {

        PricingTerms toTerms(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            PricingTerms terms = PricingTerms.NONE;
            terms = at.set(terms, "lambda", lambda, (x, v) -> {
                Commitment commitment = v.toCommitment(tree);
                return x.withLambdaCommitment(tree.at(v).make(() -> ServerlessModel.checkCommitment(commitment),
                        "type"));
            });
            terms = at.set(terms, "cluster", cluster, (x, v) -> x.withClusterCommitment(v.toCommitment(tree)));
            return at.set(terms, "spot", spot, (x, v) -> x.withSpot(v.toSpot(tree)));
        }

        /**
         * Builds both bill models, so that a commitment whose rate the table lacks (and that states no discount)
         * fails at its line rather than when the scenario is solved.
         */
        void checkRates(FieldTree tree, Scenario scenario) {
            if (lambda != null) {
                tree.at(lambda).make(scenario::serverlessModel, "discountPercent");
            }
            if (cluster != null || spot != null) {
                try {
                    scenario.clusterModel();
                } catch (IllegalArgumentException e) {
                    // The Spot section's saving, or else the commitment's rate.
                    boolean atSpot = spot != null && (cluster == null || String.valueOf(e.getMessage())
                            .startsWith("savingPercent"));
                    throw tree.at(atSpot ? spot : cluster).error(atSpot ? "savingPercent" : "discountPercent",
                            e.getMessage(), e);
                }
            }
        }
    }

    private record CommitmentFields(String type, Integer termYears, String payment, BigDecimal dollarsPerHour,
            BigDecimal nodes, Boolean sizedToMinimumNodes, BigDecimal discountPercent) {

        Commitment toCommitment(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            String kindName = at.required("type", type);
            int term = at.required("termYears", termYears);
            Commitment.Kind kind = at.make(() -> Commitment.Kind.of(kindName), "type");
            Commitment.Payment pay = payment == null ? Commitment.Payment.NO_UPFRONT
                    : at.make(() -> Commitment.Payment.of(payment), "payment");
            boolean minimum = Boolean.TRUE.equals(sizedToMinimumNodes);
            if ((dollarsPerHour == null ? 0 : 1) + (nodes == null ? 0 : 1) + (minimum ? 1 : 0) != 1) {
                throw at.error("a commitment takes exactly one of dollarsPerHour (USD per hour at committed rates),"
                        + " nodes (nodes covered) and sizedToMinimumNodes: true");
            }
            Commitment.Basis basis = dollarsPerHour != null ? Commitment.Basis.DOLLARS_PER_HOUR
                    : nodes != null ? Commitment.Basis.NODES : Commitment.Basis.MINIMUM_NODES;
            BigDecimal amount = dollarsPerHour != null ? dollarsPerHour : nodes != null ? nodes : BigDecimal.ZERO;
            return at.make(() -> new Commitment(kind, term, pay, basis, amount, discountPercent), "termYears",
                    "dollarsPerHour", "nodes", "discountPercent");
        }
    }

    private record SpotFields(Double shareOfNodes, BigDecimal pricePerHour, BigDecimal savingPercent,
            Double extraCapacity, String priceSource) {

        Spot toSpot(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            double share = at.required("shareOfNodes", shareOfNodes);
            String source = at.required("priceSource", priceSource);
            return at.make(() -> new Spot(share, pricePerHour, savingPercent, or(extraCapacity, 0.0), source),
                    "shareOfNodes", "pricePerHour", "savingPercent", "extraCapacity", "priceSource");
        }
    }

    /** One field per service of {@link Discounts#SERVICES}: a test checks that they match. */
    private record DiscountsFields(BigDecimal lambda, BigDecimal ec2, BigDecimal eks, BigDecimal elb, BigDecimal nat,
            BigDecimal vpc, BigDecimal ebs, BigDecimal dataTransfer, BigDecimal apigateway, BigDecimal dynamodb,
            BigDecimal sqs, BigDecimal s3, BigDecimal cloudwatch, BigDecimal savingsPlan) {

        Discounts toDiscounts(FieldTree tree) {
            Map<String, BigDecimal> percent = new LinkedHashMap<>();
            for (java.lang.reflect.RecordComponent component : DiscountsFields.class.getRecordComponents()) {
                Object value;
                try {
                    value = component.getAccessor().invoke(this);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (value != null) {
                    percent.put(component.getName(), (BigDecimal) value);
                }
            }
            return tree.at(this).make(() -> new Discounts(percent), percent.keySet().toArray(String[]::new));
        }
    }

    /** The kinds an option may be, and the fields each kind reads besides name, kind and frontDoor. */
    private static final java.util.Map<String, List<String>> OPTION_FIELDS = java.util.Map.of(
            "lambda", List.of("frontDoor"),
            "managedInstances", List.of("frontDoor", "instanceType", "environmentsPerInstance",
                    "concurrencyPerEnvironment", "concurrencyPerVcpu", "minimumInstances", "maximumInstances",
                    "targetUtilisation"),
            "fargate", List.of("orchestrator", "vcpu", "memoryGb", "architecture", "requestsPerSecondPerTask",
                    "minimumTasks", "maximumTasks", "targetUtilisation", "ephemeralStorageGb", "spotShare",
                    "spotDiscount"),
            "cluster", List.of("instanceType", "autoMode"),
            "sharedCluster", List.of("instanceType", "vcpu", "memoryGib", "requestsPerSecondPerTask", "minimumTasks",
                    "maximumTasks", "targetUtilisation", "allocatedShare"));

    private record OptionFields(String name, String kind, String frontDoor, String instanceType, Boolean autoMode,
            Integer environmentsPerInstance, Integer concurrencyPerEnvironment, Integer concurrencyPerVcpu,
            Integer minimumInstances, Integer maximumInstances, Double targetUtilisation, String orchestrator,
            Double vcpu, Double memoryGb, String architecture, Double requestsPerSecondPerTask, Integer minimumTasks,
            Integer maximumTasks, Double ephemeralStorageGb, Double spotShare, Double spotDiscount, Double memoryGib,
            Double allocatedShare) {

        Alternative toAlternative(FieldTree tree, LambdaFunction function, Cluster cluster) {
            FieldTree.Place at = tree.at(this);
            String n = at.make(() -> Option.checkName(at.required("name", name)), "name");
            String k = at.required("kind", kind);
            List<String> allowed = OPTION_FIELDS.get(k);
            if (allowed == null) {
                throw at.error("kind", "options[].kind must be lambda, managedInstances, fargate, cluster or"
                        + " sharedCluster but was: '"
                        + Format.printable(k, 60) + "'", null);
            }
            java.util.Map<String, Object> given = new java.util.LinkedHashMap<>();
            given.put("frontDoor", frontDoor);
            given.put("instanceType", instanceType);
            given.put("autoMode", autoMode);
            given.put("environmentsPerInstance", environmentsPerInstance);
            given.put("concurrencyPerEnvironment", concurrencyPerEnvironment);
            given.put("concurrencyPerVcpu", concurrencyPerVcpu);
            given.put("minimumInstances", minimumInstances);
            given.put("maximumInstances", maximumInstances);
            given.put("targetUtilisation", targetUtilisation);
            given.put("orchestrator", orchestrator);
            given.put("vcpu", vcpu);
            given.put("memoryGb", memoryGb);
            given.put("architecture", architecture);
            given.put("requestsPerSecondPerTask", requestsPerSecondPerTask);
            given.put("minimumTasks", minimumTasks);
            given.put("maximumTasks", maximumTasks);
            given.put("ephemeralStorageGb", ephemeralStorageGb);
            given.put("spotShare", spotShare);
            given.put("spotDiscount", spotDiscount);
            given.put("memoryGib", memoryGib);
            given.put("allocatedShare", allocatedShare);
            for (java.util.Map.Entry<String, Object> field : given.entrySet()) {
                if (field.getValue() != null && !allowed.contains(field.getKey())) {
                    throw at.error(field.getKey(), "options[]." + field.getKey() + " does not apply to an option of kind "
                            + k + ", which reads " + allowed, null);
                }
            }
            FrontDoor door = at.make(() -> frontDoor(or(frontDoor, "none"), cluster.loadBalancers()), "frontDoor");
            return switch (k) {
                case "lambda" -> {
                    if (door != FrontDoor.NONE && function.downstream().items().stream().anyMatch(item ->
                            item.kind() == DownstreamKind.API_GATEWAY_HTTP || item.kind() == DownstreamKind.API_GATEWAY_REST)) {
                        throw at.error("frontDoor", "options[].frontDoor would bill API Gateway twice: lambda.downstream"
                                + " already has an API Gateway item; take it out, or leave frontDoor out", null);
                    }
                    yield new Alternative.OnDemandLambda(n, function, door);
                }
                case "managedInstances" -> {
                    String type = at.required("instanceType", instanceType);
                    ManagedInstances.Concurrency concurrency = at.make(() -> new ManagedInstances.Concurrency(
                            or(concurrencyPerEnvironment, 0), or(concurrencyPerVcpu, 0)), "concurrencyPerEnvironment",
                            "concurrencyPerVcpu");
                    ManagedInstances m = at.make(() -> new ManagedInstances(type, or(environmentsPerInstance, 1),
                            concurrency, or(minimumInstances, ManagedInstances.DEFAULT_MINIMUM_INSTANCES),
                            or(maximumInstances, AUTOSCALED_MAXIMUM_NODES), or(targetUtilisation,
                            SIZED_TARGET_UTILISATION), door), "environmentsPerInstance", "minimumInstances",
                            "maximumInstances", "targetUtilisation");
                    yield new Alternative.OnManagedInstances(n, m, function.durationMs());
                }
                case "fargate" -> {
                    double v = at.required("vcpu", vcpu);
                    double gb = at.required("memoryGb", memoryGb);
                    double perTask = at.required("requestsPerSecondPerTask", requestsPerSecondPerTask);
                    NodeSizing tasks = at.make(() -> NodeSizing.autoscaledByCapacity(or(minimumTasks,
                            SIZED_MINIMUM_NODES), or(maximumTasks, AUTOSCALED_MAXIMUM_NODES), perTask,
                            or(targetUtilisation, SIZED_TARGET_UTILISATION)), "minimumTasks", "maximumTasks",
                            "requestsPerSecondPerTask", "targetUtilisation");
                    Fargate.Orchestrator o = at.make(() -> orchestrator(or(orchestrator, "ecs")), "orchestrator");
                    yield at.make(() -> new Alternative.OnFargate(n, new Fargate(o, v, gb, or(architecture, "x86_64"),
                            tasks, or(ephemeralStorageGb, 20.0), or(spotShare, 0.0), or(spotDiscount, 0.0),
                            cluster.loadBalancers())), "vcpu", "memoryGb", "architecture", "ephemeralStorageGb",
                            "spotShare", "spotDiscount");
                }
                case "sharedCluster" -> {
                    double v = at.required("vcpu", vcpu);
                    double gib = at.required("memoryGib", memoryGib);
                    double share = at.required("allocatedShare", allocatedShare);
                    double perReplica = at.required("requestsPerSecondPerTask", requestsPerSecondPerTask);
                    NodeSizing replicas = at.make(() -> NodeSizing.autoscaledByCapacity(or(minimumTasks,
                            SIZED_MINIMUM_NODES), or(maximumTasks, AUTOSCALED_MAXIMUM_NODES), perReplica,
                            or(targetUtilisation, SIZED_TARGET_UTILISATION)), "minimumTasks", "maximumTasks",
                            "requestsPerSecondPerTask", "targetUtilisation");
                    yield at.make(() -> new Alternative.OnSharedCluster(n, new SharedCluster(or(instanceType,
                            cluster.instanceType()), v, gib, replicas, share)), "vcpu", "memoryGib", "allocatedShare");
                }
                default -> {
                    Cluster c = at.set(cluster, "instanceType", instanceType, Cluster::withInstanceType);
                    yield new Alternative.OnCluster(n, at.set(c, "autoMode", autoMode, Cluster::withAutoMode));
                }
            };
        }

        private static FrontDoor frontDoor(String id, LoadBalancers loadBalancers) {
            return switch (id) {
                case "none" -> FrontDoor.NONE;
                case "functionUrl" -> FrontDoor.FUNCTION_URL;
                case "apiGatewayHttp" -> FrontDoor.API_GATEWAY_HTTP;
                case "apiGatewayRest" -> FrontDoor.API_GATEWAY_REST;
                case "alb" -> FrontDoor.alb(loadBalancers.count() > 0 && "ALB".equals(loadBalancers.type())
                        ? loadBalancers : ONE_LOAD_BALANCER);
                default -> throw new IllegalArgumentException("options[].frontDoor must be none, functionUrl,"
                        + " apiGatewayHttp, apiGatewayRest or alb but was: '" + Format.printable(id, 60) + "'");
            };
        }

        private static Fargate.Orchestrator orchestrator(String id) {
            return switch (id) {
                case "ecs" -> Fargate.Orchestrator.ECS;
                case "eks" -> Fargate.Orchestrator.EKS;
                default -> throw new IllegalArgumentException("options[].orchestrator must be ecs or eks but was: '"
                        + Format.printable(id, 60) + "'");
            };
        }
    }

    private record DataTransferFields(Double kilobytesPerRequest, Boolean inComparison) {

        DataTransferOut toDataTransfer(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            double kilobytes = at.required("kilobytesPerRequest", kilobytesPerRequest);
            DataTransferOut out = at.make(() -> new DataTransferOut(kilobytes, false), "kilobytesPerRequest");
            return at.set(out, "inComparison", inComparison, (x, v) -> new DataTransferOut(x.kilobytesPerRequest(), v));
        }
    }

    private record PricingFields(String provider, String region, String version, String file) {

        PricingTable toTable(FieldTree tree, Path folder, Reader reader) {
            FieldTree.Place at = tree.at(this);
            if (file == null) {
                return at.make(() -> PricingTables.version(or(provider, Breakeven.DEFAULT_PROVIDER),
                        or(region, Breakeven.DEFAULT_REGION), or(version, "latest")), "provider", "region", "version");
            }
            if (provider != null || region != null || version != null) {
                throw at.error("pricing takes either file or provider, region and version, not both");
            }
            Path path = at.make(() -> folder.resolve(file).normalize(), "file");
            if (!reader.pricingFilesAnywhere()) {
                confine(at, path, folder);
            }
            if (!Files.exists(path)) {
                throw at.error("file", "pricing.file " + quoted(file) + " does not exist or cannot be reached: "
                        + Format.printable(path.toString(), 300), null);
            }
            // Its size is the pricing reader's to limit; a device or a pipe would never let it start.
            String problem = notARegularFile(path, Long.MAX_VALUE, "pricing.file " + quoted(file), "pricing table");
            if (problem != null) {
                throw at.error("file", problem, null);
            }
            try {
                return PricingTables.fromFile(path);
            } catch (PricingFormatException e) {
                // The pricing reader's message may quote what it found, and the file may be anything: name the
                // file and the position only, and keep no cause that holds the text.
                throw at.error("file", "pricing.file " + quoted(file) + " is not a valid pricing table ("
                        + position(e) + "); load it on its own, with PricingTables.fromFile or `breakeven pricing"
                        + " show FILE`, to see why", null);
            }
        }

        /** Refuses a path that leads out of the folder, by its name or through a symbolic link. */
        private void confine(FieldTree.Place at, Path path, Path folder) {
            boolean inside = path.startsWith(folder);
            if (inside && Files.exists(path)) {
                try {
                    inside = path.toRealPath().startsWith(folder.toRealPath());
                } catch (IOException e) {
                    throw new UncheckedIOException(cannotRead("pricing table", path.toString(), e), e);
                }
            }
            if (!inside) {
                throw at.error("file", "pricing.file must name a file in the scenario's folder or below it, but "
                        + quoted(file) + " leads out of " + folder + "; a caller who trusts the scenario can allow it"
                        + " (ScenarioFile.reader().allowPricingFilesAnywhere())", null);
            }
        }

        private static String quoted(String file) {
            return "'" + Format.printable(file, 200) + "'";
        }

        /** Where a pricing table failed: its line and column when the parser knew them, else its JSON path. */
        private static String position(PricingFormatException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof JsonProcessingException j && j.getLocation() != null
                        && j.getLocation().getLineNr() > 0) {
                    return "line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
                }
            }
            return "at " + Format.printable(e.jsonPath(), 100);
        }
    }

    private record ConventionsFields(Integer hoursPerMonth, Integer billingGranularityMs) {

        Conventions toConventions(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            Conventions c = at.set(Conventions.DEFAULT, "hoursPerMonth", hoursPerMonth, Conventions::withHoursPerMonth);
            return at.set(c, "billingGranularityMs", billingGranularityMs, Conventions::withBillingGranularityMs);
        }
    }

    private record WorkloadFields(Long requestsPerMonth, Double peakToAverageRatio, ProfileFields profile) {

        Workload toWorkload(FieldTree tree, Path folder, Reader reader) {
            FieldTree.Place at = tree.at(this);
            Workload w = at.set(Breakeven.DEFAULT_WORKLOAD, "requestsPerMonth", requestsPerMonth,
                    Workload::withRequestsPerMonth);
            w = at.set(w, "peakToAverageRatio", peakToAverageRatio, Workload::withPeakToAverageRatio);
            return at.set(w, "profile", profile, (x, v) -> x.withProfile(v.toProfile(tree, folder, reader)));
        }
    }

    private record ProfileFields(String shape, List<BigDecimal> weights, String csv) {

        HourlyProfile toProfile(FieldTree tree, Path folder, Reader reader) {
            FieldTree.Place at = tree.at(this);
            if ((shape == null ? 0 : 1) + (weights == null ? 0 : 1) + (csv == null ? 0 : 1) != 1) {
                throw at.error("profile takes exactly one of shape, weights (24 or 168 numbers) and csv (a file of"
                        + " hourly request counts)");
            }
            if (shape != null) {
                return at.make(() -> HourlyProfile.shape(shape), "shape");
            }
            if (weights != null) {
                return at.make(() -> HourlyProfile.of(weights), "weights");
            }
            Path path = at.make(() -> folder.resolve(csv).normalize(), "csv");
            // The same rules as pricing.file: in the scenario's folder unless the caller allows any, and a
            // regular file (a device or a pipe would never let the reading end).
            boolean inside = path.startsWith(folder);
            try {
                inside = inside && (!Files.exists(path) || path.toRealPath().startsWith(folder.toRealPath()));
            } catch (IOException e) {
                throw new UncheckedIOException(cannotRead("traffic profile", path.toString(), e), e);
            }
            if (!inside && !reader.pricingFilesAnywhere()) {
                throw at.error("csv", "workload.profile.csv must name a file in the scenario's folder or below it,"
                        + " but '" + Format.printable(csv, 200) + "' leads out of " + folder + "; a caller who trusts"
                        + " the scenario can allow it (ScenarioFile.reader().allowPricingFilesAnywhere())", null);
            }
            if (Files.exists(path)) {
                String problem = notARegularFile(path, Long.MAX_VALUE, "workload.profile.csv '"
                        + Format.printable(csv, 200) + "'", "traffic profile");
                if (problem != null) {
                    throw at.error("csv", problem, null);
                }
            }
            return at.make(() -> HourlyProfile.fromCsv(path), "csv");
        }
    }

    private record RangeFields(Double fromRequestsPerMonth, Double toRequestsPerMonth) {

        RequestRange toRange(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            // The high end first, so that a range moved wholly above the default's is not refused on the way.
            RequestRange r = at.set(RequestRange.DEFAULT, "toRequestsPerMonth", toRequestsPerMonth,
                    (x, v) -> new RequestRange(x.fromRequestsPerMonth(), v));
            return at.set(r, "fromRequestsPerMonth", fromRequestsPerMonth,
                    (x, v) -> new RequestRange(v, x.toRequestsPerMonth()));
        }
    }

    private record LambdaFields(Integer memoryMb, Double durationMs, String architecture, Integer ephemeralStorageMb,
            Boolean freeTier, Double coldStartRatio, Double initDurationMs, ProvisionedFields provisionedConcurrency,
            DownstreamFields downstream, Integer concurrencyLimit, String packaging) {

        LambdaFunction toFunction(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            int memory = at.required("memoryMb", memoryMb);
            double duration = at.required("durationMs", durationMs);
            LambdaFunction f = at.make(() -> LambdaFunction.of(memory, duration), "memoryMb", "durationMs");
            f = at.set(f, "architecture", architecture, (g, v) -> g.withArchitecture(Architecture.of(v)));
            f = at.set(f, "packaging", packaging, (g, v) -> g.withPackaging(Packaging.of(v)));
            f = at.set(f, "ephemeralStorageMb", ephemeralStorageMb, LambdaFunction::withEphemeralStorageMb);
            f = at.set(f, "freeTier", freeTier, LambdaFunction::withFreeTier);
            f = at.set(f, "coldStartRatio", coldStartRatio, (g, v) -> g.withColdStarts(v, g.initDurationMs()));
            f = at.set(f, "initDurationMs", initDurationMs, (g, v) -> g.withColdStarts(g.coldStartRatio(), v));
            f = at.set(f, "provisionedConcurrency", provisionedConcurrency, (g, v) -> v.addTo(g, tree));
            f = at.set(f, "downstream", downstream, (g, v) -> g.withDownstream(v.toDownstream(tree)));
            return at.set(f, "concurrencyLimit", concurrencyLimit, LambdaFunction::withConcurrencyLimit);
        }
    }

    private record ProvisionedFields(Integer environments, Double hoursPerMonth, Double shareOfRequests,
            Double durationMs, List<Integer> schedule) {

        LambdaFunction addTo(LambdaFunction function, FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            if (schedule != null) {
                if (environments != null || hoursPerMonth != null || shareOfRequests != null) {
                    throw at.error("provisionedConcurrency takes either schedule (environments in each hour of the"
                            + " profile) or environments with hoursPerMonth and shareOfRequests, not both");
                }
                double duration = or(durationMs, function.durationMs());
                ProvisionedSchedule s = at.make(() -> ProvisionedSchedule.of(schedule, duration), "schedule",
                        "durationMs");
                return at.make(() -> function.withProvisionedSchedule(s), "schedule");
            }
            return function.withProvisionedConcurrency(toProvisioned(tree, function.durationMs()));
        }

        ProvisionedConcurrency toProvisioned(FieldTree tree, double functionDurationMs) {
            FieldTree.Place at = tree.at(this);
            int n = at.required("environments", environments);
            double hours = at.required("hoursPerMonth", hoursPerMonth);
            ProvisionedConcurrency p = at.make(() -> ProvisionedConcurrency.allMonth(n, hours, functionDurationMs),
                    "environments", "hoursPerMonth");
            p = at.set(p, "durationMs", durationMs,
                    (x, v) -> new ProvisionedConcurrency(x.environments(), x.hoursPerMonth(), x.shareOfRequests(), v));
            return at.set(p, "shareOfRequests", shareOfRequests,
                    (x, v) -> new ProvisionedConcurrency(x.environments(), x.hoursPerMonth(), v, x.durationMs()));
        }
    }

    private record DownstreamFields(List<ItemFields> items, Double computeMultiplier,
            Boolean multiplierPaidByClusterToo, Boolean platformLogs, Double platformLogBytesPerInvocation) {

        Downstream toDownstream(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            Downstream d = at.set(Downstream.NONE, "items", items, (x, v) -> new Downstream(
                    v.stream().map(item -> item.toItem(tree)).toList(), x.computeMultiplier(),
                    x.multiplierPaidByClusterToo()));
            d = at.set(d, "computeMultiplier", computeMultiplier,
                    (x, v) -> new Downstream(x.items(), v, x.multiplierPaidByClusterToo()));
            d = at.set(d, "multiplierPaidByClusterToo", multiplierPaidByClusterToo,
                    (x, v) -> new Downstream(x.items(), x.computeMultiplier(), v));
            if (platformLogBytesPerInvocation != null && !Boolean.TRUE.equals(platformLogs)) {
                throw at.error("platformLogBytesPerInvocation sizes the platform log lines, which are billed only with"
                        + " platformLogs: true");
            }
            d = at.set(d, "platformLogs", platformLogs,
                    (x, v) -> x.withPlatformLogBytes(v ? Downstream.TYPICAL_PLATFORM_LOG_BYTES : 0));
            return at.set(d, "platformLogBytesPerInvocation", platformLogBytesPerInvocation,
                    Downstream::withPlatformLogBytes);
        }
    }

    private record ItemFields(DownstreamKind kind, Double unitsPerRequest, Boolean paidByClusterToo) {

        DownstreamItem toItem(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            DownstreamKind k = at.required("kind", kind);
            double units = at.required("unitsPerRequest", unitsPerRequest);
            DownstreamItem item = at.make(() -> DownstreamItem.of(k, units), "unitsPerRequest");
            return at.set(item, "paidByClusterToo", paidByClusterToo,
                    (x, v) -> new DownstreamItem(x.kind(), x.unitsPerRequest(), v));
        }
    }

    private record ClusterFields(String instanceType, NodesFields nodes, Integer controlPlanes,
            Boolean extendedSupport, LoadBalancersFields loadBalancers, NatFields natGateways, Double storageGbPerNode,
            OpsFields ops, List<FixedCostFields> fixedMonthlyCosts, Integer availabilityZones,
            Integer publicIpv4Addresses, CrossAzFields crossAz, String cpuCredits) {

        Cluster toCluster(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            String type = at.required("instanceType", instanceType);
            NodeSizing sizing = at.required("nodes", nodes).toSizing(tree);
            Cluster c = at.make(() -> Cluster.of(type, sizing), "instanceType");
            c = at.set(c, "controlPlanes", controlPlanes, (k, v) -> k.withControlPlanes(v, k.extendedSupport()));
            c = at.set(c, "extendedSupport", extendedSupport, (k, v) -> k.withControlPlanes(k.clusters(), v));
            c = at.set(c, "loadBalancers", loadBalancers, (k, v) -> k.withLoadBalancers(v.toLoadBalancers(tree)));
            c = at.set(c, "natGateways", natGateways, (k, v) -> v.addTo(k, tree));
            c = at.set(c, "storageGbPerNode", storageGbPerNode, Cluster::withStorageGbPerNode);
            c = at.set(c, "ops", ops, (k, v) -> k.withOps(v.toOps(tree)));
            c = at.set(c, "fixedMonthlyCosts", fixedMonthlyCosts,
                    (k, v) -> k.withFixedCosts(v.stream().map(cost -> cost.toFixedCost(tree)).toList()));
            c = at.set(c, "availabilityZones", availabilityZones,
                    (k, v) -> k.withNetwork(k.network().withAvailabilityZones(v)));
            c = at.set(c, "publicIpv4Addresses", publicIpv4Addresses, (k, v) -> k.withNetwork(
                    new Network(k.network().availabilityZones(), v, k.network().crossAzShareOfRequests(),
                            k.network().crossAzKilobytesPerRequest())));
            c = at.set(c, "crossAz", crossAz, (k, v) -> k.withNetwork(v.addTo(k.network(), tree)));
            return at.set(c, "cpuCredits", cpuCredits, (k, v) -> k.withCpuCredits(CpuCredits.of(v)));
        }
    }

    private record CrossAzFields(Double shareOfRequests, Double kilobytesPerRequest) {

        Network addTo(Network network, FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            double share = at.required("shareOfRequests", shareOfRequests);
            double kilobytes = at.required("kilobytesPerRequest", kilobytesPerRequest);
            return at.make(() -> network.withCrossAz(share, kilobytes), "shareOfRequests", "kilobytesPerRequest");
        }
    }

    private record NodesFields(Integer fixed, Integer minimum, Double requestsPerSecondPerNode, Double cpuMsPerRequest,
            Double targetUtilisation, AutoscaledFields autoscaled) {

        NodeSizing toSizing(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            if (autoscaled != null) {
                if (fixed != null || minimum != null || requestsPerSecondPerNode != null || cpuMsPerRequest != null
                        || targetUtilisation != null) {
                    throw at.error("nodes takes autoscaled alone, not together with fixed, minimum,"
                            + " requestsPerSecondPerNode, cpuMsPerRequest or targetUtilisation");
                }
                return autoscaled.toSizing(tree);
            }
            if (fixed != null) {
                if (minimum != null || targetUtilisation != null) {
                    throw at.error("nodes takes either fixed (with requestsPerSecondPerNode or cpuMsPerRequest to state"
                            + " each node's capacity), or minimum with requestsPerSecondPerNode or cpuMsPerRequest and"
                            + " targetUtilisation, not both");
                }
                NodeSizing.Fixed f = at.make(() -> NodeSizing.fixed(fixed), "fixed");
                f = at.set(f, "requestsPerSecondPerNode", requestsPerSecondPerNode,
                        NodeSizing.Fixed::withRequestsPerSecondPerNode);
                // withCpuMsPerRequest checks the value; the constructor refuses it beside requestsPerSecondPerNode.
                return at.set(f, "cpuMsPerRequest", cpuMsPerRequest, (x, v) -> new NodeSizing.Fixed(x.nodes(),
                        x.requestsPerSecondPerNode(), x.withCpuMsPerRequest(v).cpuMsPerRequest()));
            }
            if ((requestsPerSecondPerNode == null) == (cpuMsPerRequest == null)) {
                throw at.error("nodes needs fixed, or exactly one of requestsPerSecondPerNode (requests/s) and "
                        + "cpuMsPerRequest (CPU-ms)");
            }
            int min = or(minimum, SIZED_MINIMUM_NODES);
            double utilisation = or(targetUtilisation, SIZED_TARGET_UTILISATION);
            return at.make(() -> requestsPerSecondPerNode != null
                    ? NodeSizing.byCapacity(min, requestsPerSecondPerNode, utilisation)
                    : NodeSizing.byCpu(min, cpuMsPerRequest, utilisation),
                    "minimum", "requestsPerSecondPerNode", "cpuMsPerRequest", "targetUtilisation");
        }
    }

    private record AutoscaledFields(Integer minimum, Integer maximum, Double requestsPerSecondPerNode,
            Double cpuMsPerRequest, Double allocatableCpuFraction, Double targetUtilisation, Double headroom,
            Integer scaleDownDelayHours) {

        NodeSizing toSizing(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            if ((requestsPerSecondPerNode == null) == (cpuMsPerRequest == null)) {
                throw at.error("autoscaled needs exactly one of requestsPerSecondPerNode (requests/s) and"
                        + " cpuMsPerRequest (CPU-ms)");
            }
            int min = or(minimum, SIZED_MINIMUM_NODES);
            int max = or(maximum, AUTOSCALED_MAXIMUM_NODES);
            double utilisation = or(targetUtilisation, SIZED_TARGET_UTILISATION);
            NodeSizing.Autoscaled a = at.make(() -> requestsPerSecondPerNode != null
                    ? NodeSizing.autoscaledByCapacity(min, max, requestsPerSecondPerNode, utilisation)
                    : NodeSizing.autoscaledByCpu(min, max, cpuMsPerRequest, utilisation),
                    "minimum", "maximum", "requestsPerSecondPerNode", "cpuMsPerRequest", "targetUtilisation");
            a = at.set(a, "allocatableCpuFraction", allocatableCpuFraction,
                    NodeSizing.Autoscaled::withAllocatableCpuFraction);
            a = at.set(a, "headroom", headroom, NodeSizing.Autoscaled::withHeadroom);
            return at.set(a, "scaleDownDelayHours", scaleDownDelayHours, NodeSizing.Autoscaled::withScaleDownDelayHours);
        }
    }

    private record LoadBalancersFields(String type, Integer count, Double requestsPerConnection,
            Double kilobytesPerRequest, Double keepAliveSeconds) {

        LoadBalancers toLoadBalancers(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            LoadBalancers b = at.set(ONE_LOAD_BALANCER, "type", type, (x, v) -> new LoadBalancers(v, x.count(),
                    x.requestsPerConnection(), x.kilobytesPerRequest(), x.keepAliveSeconds()));
            b = at.set(b, "count", count, (x, v) -> new LoadBalancers(x.type(), v, x.requestsPerConnection(),
                    x.kilobytesPerRequest(), x.keepAliveSeconds()));
            b = at.set(b, "requestsPerConnection", requestsPerConnection, (x, v) -> new LoadBalancers(x.type(),
                    x.count(), v, x.kilobytesPerRequest(), x.keepAliveSeconds()));
            b = at.set(b, "kilobytesPerRequest", kilobytesPerRequest, (x, v) -> new LoadBalancers(x.type(), x.count(),
                    x.requestsPerConnection(), v, x.keepAliveSeconds()));
            return at.set(b, "keepAliveSeconds", keepAliveSeconds, LoadBalancers::withKeepAliveSeconds);
        }
    }

    private record NatFields(Integer count, Double kilobytesPerRequest, Double shareOfRequests) {

        Cluster addTo(Cluster cluster, FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            Cluster c = at.make(() -> cluster.withNat(or(count, NAT_GATEWAYS), cluster.natKilobytesPerRequest(),
                    cluster.natShareOfRequests()), "count");
            c = at.set(c, "kilobytesPerRequest", kilobytesPerRequest,
                    (k, v) -> k.withNat(k.natGateways(), v, k.natShareOfRequests()));
            return at.set(c, "shareOfRequests", shareOfRequests,
                    (k, v) -> k.withNat(k.natGateways(), k.natKilobytesPerRequest(), v));
        }
    }

    private record OpsFields(Double fte, BigDecimal loadedYearlyCostUsd) {

        OpsHeadcount toOps(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            OpsHeadcount o = at.set(OpsHeadcount.NONE, "fte", fte, (x, v) -> new OpsHeadcount(v, x.loadedYearlyCost()));
            return at.set(o, "loadedYearlyCostUsd", loadedYearlyCostUsd, (x, v) -> new OpsHeadcount(x.fte(), v));
        }
    }

    private record FixedCostFields(String name, BigDecimal monthlyAmount) {

        FixedCost toFixedCost(FieldTree tree) {
            // FixedCost itself says what a missing name or amount needs.
            return tree.at(this).make(() -> new FixedCost(name, monthlyAmount), "name", "monthlyAmount");
        }
    }
}
