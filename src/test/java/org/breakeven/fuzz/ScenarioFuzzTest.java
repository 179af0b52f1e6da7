package org.breakeven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;
import net.jqwik.api.statistics.StatisticsReport;
import org.breakeven.BreakevenResult;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.breakeven.ScenarioFormatException;
import org.breakeven.pricing.PricingFormatException;
import org.breakeven.pricing.PricingTables;

/**
 * Issue 14, item 6: mutations of the shipped {@code examples/} and of minimal and full scenarios, read by
 * {@link ScenarioFile}. Every outcome is either a scenario whose {@code solve()} answers (and whose
 * {@code breakEven()} and {@code toString()} work), or a {@link ScenarioFormatException} (or a
 * {@link PricingFormatException}) whose message is one printable line that names no Java class; never another
 * exception, never longer than {@link Bounded#TIME}, never more than {@link Bounded#BYTES} allocated.
 * <p>
 * The seed is fixed, so that the suite is repeatable; to explore further, change it (or remove it for a new one
 * each run) and raise {@code tries}. Statistics check that the mutants give answers as well as each kind of
 * error, so that a generator that only ever broke the syntax (or never broke anything) would fail.
 * <p>
 * Scenarios are read from a folder that holds, for {@link Mutation.Kind#PRICING_FILE}: {@code table.json} (the
 * shipped us-east-1 table of 2024-11-01), {@code not-a-table.json} (a scenario), and a folder {@code sub}; a file
 * {@code outside.json} sits next to the folder.
 */
class ScenarioFuzzTest {

    private static final String MINIMAL_JSON = """
            {"lambda": {"memoryMb": 256, "durationMs": 200},
             "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 2}}}
            """;
    private static final String MINIMAL_YAML = """
            lambda: {memoryMb: 256, durationMs: 200}
            cluster:
              instanceType: t3.medium
              nodes: {minimum: 1, requestsPerSecondPerNode: 100}
            """;
    /** Every field a scenario may hold, so that mutations reach each one. */
    private static final String FULL_JSON = """
            {
              "pricing": {"provider": "aws", "region": "us-east-1", "version": "2024-11-01"},
              "conventions": {"hoursPerMonth": 730, "billingGranularityMs": 1},
              "workload": {"requestsPerMonth": 5000000, "peakToAverageRatio": 3},
              "range": {"fromRequestsPerMonth": 0, "toRequestsPerMonth": 10000000000},
              "lambda": {
                "memoryMb": 512, "durationMs": 120, "architecture": "arm64", "ephemeralStorageMb": 1024,
                "freeTier": true, "coldStartRatio": 0.01, "initDurationMs": 300,
                "provisionedConcurrency": {"environments": 2, "hoursPerMonth": 200, "shareOfRequests": 0.3,
                  "durationMs": 100},
                "downstream": {
                  "items": [{"kind": "API_GATEWAY_HTTP", "unitsPerRequest": 1},
                    {"kind": "DYNAMODB_WRITE", "unitsPerRequest": 2, "paidByClusterToo": true}],
                  "computeMultiplier": 1.5, "multiplierPaidByClusterToo": false}
              },
              "cluster": {
                "instanceType": "m7g.large",
                "nodes": {"minimum": 2, "requestsPerSecondPerNode": 200, "targetUtilisation": 0.7},
                "controlPlanes": 1, "extendedSupport": false,
                "loadBalancers": {"type": "ALB", "count": 1, "requestsPerConnection": 10, "kilobytesPerRequest": 4},
                "natGateways": {"count": 1, "kilobytesPerRequest": 2},
                "storageGbPerNode": 20,
                "ops": {"fte": 0.1, "loadedYearlyCostUsd": "150000"},
                "fixedMonthlyCosts": [{"name": "Monitoring", "monthlyAmount": "16.00"}]
              }
            }
            """;
    private static final String WITH_PRICING_FILE = """
            {"pricing": {"file": "table.json"},
             "lambda": {"memoryMb": 256, "durationMs": 200},
             "cluster": {"instanceType": "c7g.large", "nodes": {"minimum": 2, "cpuMsPerRequest": 20,
               "targetUtilisation": 0.5}}}
            """;

    /** The kinds of outcome, by the start or the shape of a {@link ScenarioFormatException}'s problem. */
    private static final Pattern WRONG_TYPE = Pattern.compile(".* must be (a whole number|a number|a decimal number"
            + "|text|a section of fields|a list|true or false|one of [A-Z0-9_, ]+|written without a leading zero"
            + "|a number in decimal digits, such as 1000 or 0\\.25,) but was: .*");
    private static final Pattern LIMIT = Pattern.compile(".*(must be at most \\d+ characters|must be a number of at"
            + " most|nests sections and lists more than|holds more than|must be 0 or between .* in size|YAML anchors"
            + "|YAML merge keys).*");

    private static final List<Mutant.Base> BASES = bases();

    private static Path parent;
    private static Path folder;

    private static List<Mutant.Base> bases() {
        // The small ones first: jqwik shrinks toward the first.
        List<Mutant.Base> bases = new ArrayList<>(List.of(Mutant.Base.text("minimal.json", MINIMAL_JSON),
                Mutant.Base.text("minimal.yaml", MINIMAL_YAML), Mutant.Base.text("with-pricing-file.json",
                WITH_PRICING_FILE), Mutant.Base.text("full.json", FULL_JSON)));
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            files.filter(f -> f.toString().matches(".*\\.(json|yaml|yml)")).sorted().map(Mutant.Base::file)
                    .forEach(bases::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(bases);
    }

    @BeforeContainer
    static void makeFolder() throws IOException {
        parent = Files.createTempDirectory("scenario-fuzz");
        folder = Files.createDirectory(parent.resolve("scenarios"));
        try (InputStream table = PricingTables.class.getResourceAsStream("/pricing/aws/us-east-1/2024-11-01.json")) {
            Files.copy(table, folder.resolve("table.json"));
        }
        Files.writeString(folder.resolve("not-a-table.json"), MINIMAL_JSON);
        Files.createDirectory(folder.resolve("sub"));
        Files.copy(folder.resolve("table.json"), parent.resolve("outside.json"));
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(parent)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000))
                .as(Mutation::new);
        // One in twenty unchanged, so that every base is also read as shipped.
        Arbitrary<List<Mutation>> mutations = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())),
                Tuple.of(19, mutation.list().ofMinSize(1).ofMaxSize(3)));
        return Combinators.combine(Arbitraries.of(BASES), mutations).as(Mutant::of);
    }

    @Property(tries = 1000, seed = "20261126", edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    void read_mutatedScenario_answersOrFailsOnOneLine(@ForAll("mutants") Mutant mutant) {
        Bounded.Outcome outcome = Bounded.run(() -> {
            Scenario scenario = ScenarioFile.read(new ByteArrayInputStream(mutant.bytes()), mutant.name(), folder);
            BreakevenResult result = scenario.solve();
            assertThat(result.breakEven()).isNotNull();
            return scenario + "; " + result;
        }, mutant);

        String kind;
        if (outcome.thrown() == null) {
            kind = "answer";
        } else {
            assertThat(outcome.thrown()).as("what reading %s threw", mutant)
                    .isInstanceOfAny(ScenarioFormatException.class, PricingFormatException.class);
            Bounded.assertOneLine(outcome.thrown(), mutant);
            kind = outcome.thrown() instanceof ScenarioFormatException e ? kind(e) : "pricing table";
        }

        Statistics.label("outcome").collect(kind);
        Statistics.label("mutations").collect(mutant.kinds());
        Statistics.label("outcome").coverage(ScenarioFuzzTest::everyOutcome);
        Statistics.label("mutations").coverage(ScenarioFuzzTest::everyMutation);
    }

    private static String kind(ScenarioFormatException e) {
        String problem = e.problem();
        if (problem.startsWith("not valid JSON") || problem.startsWith("not valid YAML")) {
            return "syntax";
        } else if (problem.startsWith("unknown field")) {
            return "unknown field";
        } else if (problem.startsWith("duplicate field")) {
            return "duplicate field";
        } else if (problem.endsWith(" is required") || problem.contains(" takes either ") || problem.contains(" needs ")
                && !problem.contains("a scenario needs")) {
            return "missing field";
        } else if (e.path().endsWith("pricing.file")) {
            return "pricing file";
        } else if (WRONG_TYPE.matcher(problem).matches()) {
            return "wrong type";
        } else if (LIMIT.matcher(problem).matches()) {
            return "limit";
        }
        return "value out of range";
    }

    /** Each outcome in at least 1% of the tries, and answers in at least 5%. */
    private static void everyOutcome(StatisticsCoverage coverage) {
        coverage.check("answer").percentage(p -> p >= 5);
        for (String kind : List.of("syntax", "unknown field", "duplicate field", "missing field", "pricing file",
                "wrong type", "limit", "value out of range")) {
            coverage.check(kind).percentage(p -> p >= 1);
        }
    }

    /** Each kind of mutation in at least 5% of the tries, and some tries unchanged. */
    private static void everyMutation(StatisticsCoverage coverage) {
        for (Mutation.Kind kind : Mutation.Kind.values()) {
            coverage.checkQuery(values -> List.of(values.get(0).toString().split(" ")).contains(kind.name()))
                    .percentage(p -> p >= 5);
        }
        coverage.check("none").count(c -> c >= 1);
    }
}
