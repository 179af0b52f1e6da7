package org.breakeven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.breakeven.bill.Conventions;
import org.breakeven.cluster.Cluster;
import org.breakeven.cluster.CpuCredits;
import org.breakeven.cluster.FixedCost;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.Network;
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
import org.breakeven.serverless.ProvisionedSchedule;
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
     * Reads a scenario file, as YAML if its name ends in {@code .yaml} or {@code .yml}, else as JSON.
     *
     * @param file the JSON or YAML file
     * @return the scenario
     * @throws ScenarioFormatException naming the file, line and field if the file is malformed or a
     *     value is out of range
     * @throws IllegalStateException if the file is YAML and jackson-dataformat-yaml is not on the class path
     * @throws UncheckedIOException if the file, or the pricing or traffic file it names, cannot be read
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
     * @param baseDir the folder that a relative {@code pricing.file} or {@code workload.profile.csv} is resolved
     *     against, or null for the working directory
     * @return the scenario
     * @throws ScenarioFormatException naming the file, line and field if the text is malformed or a
     *     value is out of range
     * @throws IllegalStateException if the text is YAML and jackson-dataformat-yaml is not on the class path
     * @throws UncheckedIOException if the stream, or the pricing or traffic file it names, cannot be read
     */
    public static Scenario read(InputStream in, String name, Path baseDir) {
        byte[] text;
        try {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + name + ": " + e.getMessage(), e);
        }
        FieldTree tree = FieldTree.read(text, name, isYaml(name));
        return tree.bind(ScenarioFields.class, MethodHandles.lookup()).toScenario(tree, baseDir);
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    // The records below mirror the file: each component is a field, named as the file names it, null when
    // the file leaves it out. docs/scenario-format.md documents each one (ScenarioFormatDocTest checks).

    private record ScenarioFields(PricingFields pricing, ConventionsFields conventions, WorkloadFields workload,
            RangeFields range, LambdaFields lambda, ClusterFields cluster) {

        Scenario toScenario(FieldTree tree, Path baseDir) {
            FieldTree.Place at = tree.at(this);
            LambdaFunction function = at.required("lambda", lambda).toFunction(tree);
            Cluster k = at.required("cluster", cluster).toCluster(tree);
            Workload w = workload == null ? Breakeven.DEFAULT_WORKLOAD : workload.toWorkload(tree, baseDir);
            RequestRange r = range == null ? RequestRange.DEFAULT : range.toRange(tree);
            Conventions c = conventions == null ? Conventions.DEFAULT : conventions.toConventions(tree);
            PricingTable table = pricing == null ? Breakeven.defaultPricing() : pricing.toTable(tree, baseDir);
            // Only the table can tell whether it prices the instance type.
            return tree.at(cluster).make(() -> new Scenario(w, function, k, table, c, r), "instanceType");
        }
    }

    private record PricingFields(String provider, String region, String version, String file) {

        PricingTable toTable(FieldTree tree, Path baseDir) {
            FieldTree.Place at = tree.at(this);
            if (file == null) {
                return at.make(() -> PricingTables.version(or(provider, Breakeven.DEFAULT_PROVIDER),
                        or(region, Breakeven.DEFAULT_REGION), or(version, "latest")), "provider", "region", "version");
            }
            if (provider != null || region != null || version != null) {
                throw at.error("pricing takes either file or provider, region and version, not both");
            }
            return at.make(() -> {
                Path path = Path.of(file);
                return PricingTables.fromFile(baseDir == null || path.isAbsolute() ? path : baseDir.resolve(path));
            }, "file");
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

        Workload toWorkload(FieldTree tree, Path baseDir) {
            FieldTree.Place at = tree.at(this);
            Workload w = at.set(Breakeven.DEFAULT_WORKLOAD, "requestsPerMonth", requestsPerMonth,
                    Workload::withRequestsPerMonth);
            w = at.set(w, "peakToAverageRatio", peakToAverageRatio, Workload::withPeakToAverageRatio);
            return at.set(w, "profile", profile, (x, v) -> x.withProfile(v.toProfile(tree, baseDir)));
        }
    }

    private record ProfileFields(String shape, List<BigDecimal> weights, String csv) {

        HourlyProfile toProfile(FieldTree tree, Path baseDir) {
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
            return at.make(() -> {
                Path path = Path.of(csv);
                return HourlyProfile.fromCsv(baseDir == null || path.isAbsolute() ? path : baseDir.resolve(path));
            }, "csv");
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
            DownstreamFields downstream, Integer concurrencyLimit) {

        LambdaFunction toFunction(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            int memory = at.required("memoryMb", memoryMb);
            double duration = at.required("durationMs", durationMs);
            LambdaFunction f = at.make(() -> LambdaFunction.of(memory, duration), "memoryMb", "durationMs");
            f = at.set(f, "architecture", architecture, (g, v) -> g.withArchitecture(Architecture.of(v)));
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
            Boolean multiplierPaidByClusterToo) {

        Downstream toDownstream(FieldTree tree) {
            FieldTree.Place at = tree.at(this);
            Downstream d = at.set(Downstream.NONE, "items", items, (x, v) -> new Downstream(
                    v.stream().map(item -> item.toItem(tree)).toList(), x.computeMultiplier(),
                    x.multiplierPaidByClusterToo()));
            d = at.set(d, "computeMultiplier", computeMultiplier,
                    (x, v) -> new Downstream(x.items(), v, x.multiplierPaidByClusterToo()));
            return at.set(d, "multiplierPaidByClusterToo", multiplierPaidByClusterToo,
                    (x, v) -> new Downstream(x.items(), x.computeMultiplier(), v));
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
