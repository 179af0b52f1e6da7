package org.breakeven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.breakeven.pricing.PricingFormatException;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;

/**
 * Issue 14, item 6: mutations of the shipped pricing tables and of a small table, with and without their
 * checksum, loaded as the user's own file ({@link PricingTables#fromFile} or {@link PricingTables#fromStream},
 * which accept a table without a checksum and check one that is there; {@code pricing/README.md}). Every outcome
 * is either a table whose {@code toString()} and {@code toJson()} work, or a {@link PricingFormatException} whose
 * message is one printable line that names no Java class; never another exception, never longer than
 * {@link Bounded#TIME}, never more than {@link Bounded#BYTES} allocated.
 * <p>
 * A table that keeps its checksum fails on any change of a value, at {@code $.checksum}, once every value is
 * valid: the tables without one are what let changed values through to an answer. The seed is fixed; statistics
 * check that the mutants give tables as well as each kind of error. 500 tries, since a shipped table takes about
 * ten times as long to load as a scenario.
 */
class PricingFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A table with one of each thing a table holds: a flat and a tiered rate, an allowance, an instance type. */
    private static final String SMALL = """
            {
              "format": "breakeven-pricing/1",
              "provider": "aws",
              "region": "us-east-1",
              "currency": "USD",
              "effectiveDate": "2024-11-01",
              "title": "A small table",
              "sources": {
                "mine": {"title": "My bill", "url": "https://example.com/bill", "published": "2024-11-01",
                  "read": "2024-11-02"}
              },
              "rates": {
                "lambda.requests": {"unit": "USD per request", "price": "0.0000002", "source": "mine"},
                "lambda.duration.x86_64": {"unit": "USD per GB-second", "source": "mine", "note": "two tiers",
                  "tiers": [{"from": "0", "to": "6000000000", "price": "0.0000166667"},
                    {"from": "6000000000", "price": "0.0000150000"}]}
              },
              "allowances": {
                "lambda.freeTier.requests": {"unit": "requests per month", "quantity": "1000000", "source": "mine"}
              },
              "instances": {
                "t3.medium": {"vcpu": 2, "memoryGib": "4", "architecture": "x86_64", "price": "0.0416",
                  "unit": "USD per hour", "source": "mine"}
              }
            }
            """;

    private static final List<Mutant.Base> BASES = bases();

    private static Path folder;

    private static List<Mutant.Base> bases() {
        Mutant.Base shipped = Mutant.Base.file(Path.of("pricing/aws/us-east-1/2024-11-01.json"));
        // The small ones first: jqwik shrinks toward the first.
        return List.of(Mutant.Base.text("small.json", SMALL),
                Mutant.Base.text("small-checksummed.json", PricingTables.fromStream(new ByteArrayInputStream(
                        SMALL.getBytes(StandardCharsets.UTF_8)), "small.json").toJson()),
                shipped, withoutChecksum(shipped, "2024-11-01-own.json"),
                Mutant.Base.file(Path.of("pricing/aws/us-east-1/2024-07-01.json")));
    }

    private static Mutant.Base withoutChecksum(Mutant.Base base, String name) {
        try {
            ObjectNode table = (ObjectNode) JSON.readTree(base.bytes());
            table.remove("checksum");
            return new Mutant.Base(name, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeContainer
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("pricing-fuzz");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("table.json"));
        Files.delete(folder);
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.forTables()),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000))
                .as(Mutation::new);
        // One in twenty unchanged, so that every base is also read as shipped.
        Arbitrary<List<Mutation>> mutations = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())),
                Tuple.of(19, mutation.list().ofMinSize(1).ofMaxSize(3)));
        return Combinators.combine(Arbitraries.of(BASES), mutations).as(Mutant::of);
    }

    @Property(tries = 500, seed = "20261126", edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(onFailureOnly = true)
    void load_mutatedTable_answersOrFailsOnOneLine(@ForAll("mutants") Mutant mutant, @ForAll boolean fromFile)
            throws IOException {
        Path file = folder.resolve("table.json");
        Files.write(file, mutant.bytes());
        Bounded.Outcome outcome = Bounded.run(() -> {
            PricingTable table = fromFile ? PricingTables.fromFile(file)
                    : PricingTables.fromStream(new ByteArrayInputStream(mutant.bytes()), mutant.name());
            return table + "\n" + table.toJson();
        }, mutant);

        String kind;
        if (outcome.thrown() == null) {
            kind = "table";
        } else {
            assertThat(outcome.thrown()).as("what loading %s threw", mutant).isInstanceOf(PricingFormatException.class);
            Bounded.assertOneLine(outcome.thrown(), mutant);
            kind = kind((PricingFormatException) outcome.thrown());
        }

        Statistics.label("outcome").collect(kind);
        Statistics.label("mutations").collect(mutant.kinds());
        Statistics.label("outcome").coverage(PricingFuzzTest::everyOutcome);
        Statistics.label("mutations").coverage(PricingFuzzTest::everyMutation);
    }

    /**
     * The kind of error, by its path and a few words that the reader's messages have used (Jackson's and the
     * reader's own), so that a change of wording does not move an error to another kind.
     */
    private static String kind(PricingFormatException e) {
        String message = e.getMessage().toLowerCase(Locale.ROOT);
        if (e.jsonPath().equals("$.checksum")) {
            return "checksum";
        } else if (message.contains("not valid json")) {
            return "syntax";
        } else if (message.contains("unknown field") || message.contains("unrecognized field")) {
            return "unknown field";
        } else if (message.contains("required") || message.contains("missing")) {
            return "missing field";
        } else if (message.contains("must be a")) {
            return "wrong type";
        }
        return "value rule";
    }

    /** Each outcome in at least 1% of the tries, and tables in at least 3%. */
    private static void everyOutcome(StatisticsCoverage coverage) {
        coverage.check("table").percentage(p -> p >= 3);
        for (String kind : List.of("checksum", "syntax", "unknown field", "missing field", "wrong type", "value rule")) {
            coverage.check(kind).percentage(p -> p >= 1);
        }
    }

    /** Each kind of mutation in at least 5% of the tries, and some tries unchanged. */
    private static void everyMutation(StatisticsCoverage coverage) {
        for (Mutation.Kind kind : Mutation.Kind.forTables()) {
            coverage.checkQuery(values -> List.of(values.get(0).toString().split(" ")).contains(kind.name()))
                    .percentage(p -> p >= 5);
        }
        coverage.check("none").count(c -> c >= 1);
    }
}
