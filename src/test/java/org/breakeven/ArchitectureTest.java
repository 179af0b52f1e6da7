package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages a DAG along the data path: {@code pricing} → {@code bill} → {@code workload},
 * {@code serverless}, {@code cluster} → the root → {@code report} → {@code cli}.
 * <p>
 * It runs the JDK's {@code jdeps} (through {@link ToolProvider}, no new dependency) on the compiled main
 * classes, and fails on any class-to-class edge between two of our packages that is not in {@link #ALLOWED},
 * naming the classes. {@link #ALLOWED} itself must be acyclic, so no cycle can pass.
 */
class ArchitectureTest {

    private static final String OURS = "org.breakeven";

    /** Every package-to-package edge allowed, and nothing else: the one list a reviewer reads. */
    static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        edges.put("org.breakeven.pricing", Set.of());
        edges.put("org.breakeven.pricing.pricelist", Set.of("org.breakeven.pricing"));
        edges.put("org.breakeven.bill", Set.of("org.breakeven.pricing"));
        edges.put("org.breakeven.workload", Set.of("org.breakeven.bill"));
        // The Lambda bill reads the traffic's hourly profile (its concurrency at the peak, a Provisioned Concurrency
        // schedule by the hour), as the cluster bill does.
        // Lambda Managed Instances size their instances as nodes are, and an ALB front door bills as a cluster's.
        edges.put("org.breakeven.serverless", Set.of("org.breakeven.bill", "org.breakeven.pricing",
                "org.breakeven.workload", "org.breakeven.cluster"));
        edges.put("org.breakeven.cluster", Set.of("org.breakeven.bill", "org.breakeven.pricing",
                "org.breakeven.workload"));
        edges.put("org.breakeven", Set.of("org.breakeven.bill", "org.breakeven.pricing", "org.breakeven.workload",
                "org.breakeven.serverless", "org.breakeven.cluster"));
        // Assertions on what the root package computes, for users' tests; nothing of ours imports them.
        edges.put("org.breakeven.assertj", Set.of("org.breakeven", "org.breakeven.bill", "org.breakeven.pricing"));
        edges.put("org.breakeven.junit", Set.of("org.breakeven", "org.breakeven.pricing"));
        edges.put("org.breakeven.report", Set.of("org.breakeven", "org.breakeven.bill", "org.breakeven.pricing",
                "org.breakeven.workload", "org.breakeven.serverless", "org.breakeven.cluster"));
        edges.put("org.breakeven.cli", Set.of("org.breakeven.report", "org.breakeven", "org.breakeven.bill",
                "org.breakeven.pricing", "org.breakeven.workload", "org.breakeven.serverless",
                "org.breakeven.cluster"));
        return edges;
    }

    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S+\\s*$");

    private static Map<String, Set<String>> classEdges;

    @BeforeAll
    static void runJdeps() {
        Path classes = Path.of("target", "classes");
        assertThat(classes).as("compiled main classes").isDirectory();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("this JDK has no jdeps tool"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // target/classes is a module (module-info.java): jdeps resolves what it requires from the test's own paths.
        String modulePath = java.util.stream.Stream.of(System.getProperty("jdk.module.path", ""),
                        System.getProperty("java.class.path", ""))
                .flatMap(p -> java.util.Arrays.stream(p.split(java.io.File.pathSeparator)))
                .filter(entry -> entry.endsWith(".jar"))
                .distinct()
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--module-path", modulePath,
                "--multi-release", "17", "-verbose:class", "-filter:none", classes.toString());
        assertThat(status).as("jdeps exit status; stderr: %s; stdout: %s", err, out).isZero();
        classEdges = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.matches() && ours(m.group(1)) && ours(m.group(2))) {
                classEdges.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
    }

    private static boolean ours(String type) {
        return type.startsWith(OURS + ".");
    }

    private static String packageOf(String type) {
        String outer = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
        return outer.substring(0, outer.lastIndexOf('.'));
    }

    @Test
    void packages_onlyImportAlongTheAllowedEdges() {
        assertThat(classEdges).as("jdeps found our classes").isNotEmpty();
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : classEdges.entrySet()) {
            String from = packageOf(e.getKey());
            for (String target : e.getValue()) {
                String to = packageOf(target);
                if (from.equals(to)) {
                    continue;
                }
                Set<String> allowed = ALLOWED.get(from);
                if (allowed == null) {
                    violations.add(from + " is a package the architecture test does not know: add it to ALLOWED ("
                            + e.getKey() + ")");
                } else if (!allowed.contains(to)) {
                    violations.add(e.getKey() + " -> " + target + " (" + from + " may not import " + to + ")");
                }
            }
        }
        if (!violations.isEmpty()) {
            fail("Edges outside the package DAG:%n  %s", String.join(System.lineSeparator() + "  ",
                    new TreeSet<>(violations)));
        }
    }

    @Test
    void allowedEdges_formADag() {
        // Kahn's algorithm: repeatedly remove a package that imports nothing left.
        Map<String, Set<String>> left = new LinkedHashMap<>();
        ALLOWED.forEach((k, v) -> left.put(k, new TreeSet<>(v)));
        boolean removed = true;
        while (removed && !left.isEmpty()) {
            removed = false;
            for (String p : List.copyOf(left.keySet())) {
                if (left.get(p).stream().noneMatch(left::containsKey)) {
                    left.remove(p);
                    removed = true;
                }
            }
        }
        assertThat(left).as("packages on a cycle in ALLOWED").isEmpty();
    }

    @Test
    void everyPackageOfOurs_isInTheAllowedList() throws Exception {
        Set<String> packages = new TreeSet<>();
        Path root = Path.of("target", "classes");
        try (var files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class")).forEach(f -> {
                String name = root.relativize(f).toString().replace('/', '.').replace('\\', '.');
                packages.add(packageOf(name.substring(0, name.length() - ".class".length())));
            });
        }
        assertThat(ALLOWED.keySet()).containsAll(packages);
    }

    @Test
    void packageGraph_isTheOneDocumented() {
        Map<String, Set<String>> used = new TreeMap<>();
        classEdges.forEach((from, targets) -> targets.forEach(to -> {
            if (!packageOf(from).equals(packageOf(to))) {
                used.computeIfAbsent(packageOf(from), k -> new TreeSet<>()).add(packageOf(to));
            }
        }));
        StringBuilder graph = new StringBuilder("Package graph (jdeps -verbose:class target/classes):");
        used.forEach((from, to) -> graph.append(System.lineSeparator()).append("  ").append(from).append(" -> ")
                .append(to));
        System.out.println(graph);
        // The kernel and pricing never reach up.
        assertThat(used.getOrDefault("org.breakeven.pricing", Set.of())).isEmpty();
        assertThat(used.getOrDefault("org.breakeven.bill", Set.of())).containsOnly("org.breakeven.pricing");
    }
}
