package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/scenario.schema.json}, the scenario file's JSON Schema for editors, names exactly the fields that
 * {@code docs/scenario-format.md} documents (which {@link ScenarioFormatDocTest} holds to the reader), and every
 * example is valid against it.
 */
class ScenarioSchemaTest {

    private static final Path SCHEMA = Path.of("docs/scenario.schema.json");
    private static final Pattern HEADING = Pattern.compile("^#{2,3} `([^`]+)`.*");
    private static final Pattern FIELD = Pattern.compile("^\\| `([A-Za-z0-9]+)` \\|.*");

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExample_isValid(Path file) throws IOException {
        JsonNode tree = file.toString().endsWith(".json") ? new ObjectMapper().readTree(file.toFile())
                : new YAMLMapper().readTree(file.toFile());
        assertThat(schema().validate(tree)).as(file.toString()).isEmpty();
    }

    @Test
    void aMisspeltField_isRefused() throws IOException {
        JsonNode tree = new YAMLMapper().readTree("lambda:\n  memoryMb: 512\n  durationMS: 120\ncluster:\n"
                + "  instanceType: t3.medium\n  nodes:\n    fixed: 2\n");
        assertThat(schema().validate(tree)).hasSize(1);
    }

    @Test
    void theSchema_namesTheDocumentedFields() throws IOException {
        Set<String> documented = new TreeSet<>();
        String section = null;
        for (String line : Files.readAllLines(Path.of("docs/scenario-format.md"))) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                section = heading.group(1);
                documented.add(section);
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches() && section != null) {
                documented.add(section + "." + field.group(1));
            }
        }
        Set<String> inSchema = new TreeSet<>();
        collect(new ObjectMapper().readTree(SCHEMA.toFile()), "", inSchema);
        assertThat(inSchema).isEqualTo(documented);
    }

    /** Every property path of a schema: {@code cluster.nodes.fixed}, {@code options[].name}. */
    private static void collect(JsonNode schema, String prefix, Set<String> out) {
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode property = properties.get(name);
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            out.add(path);
            collect(property, path, out);
            if (property.has("items")) {
                out.add(path + "[]");
                collect(property.get("items"), path + "[]", out);
            }
        }
    }
}
