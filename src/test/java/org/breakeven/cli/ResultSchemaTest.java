package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON document that {@code solve}, {@code compare} and {@code sweep} write, on every example, is valid
 * against {@code docs/result.schema.json} (JSON Schema 2020-12, checked by networknt's validator).
 */
class ResultSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/result.schema.json")), InputFormat.JSON);
    }

    static Stream<List<String>> runs() throws IOException {
        List<List<String>> runs = new ArrayList<>();
        runs.add(List.of("solve", "--format", "json"));
        runs.add(List.of("sweep", "--format", "json", "--points", "5"));
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".md")).sorted().toList()) {
                runs.add(List.of("solve", file.toString(), "--format", "json"));
                runs.add(List.of("compare", file.toString(), "--format", "json", "--points", "4"));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest
    @MethodSource("runs")
    void everyDocument_isValidAgainstTheSchema(List<String> args) throws IOException {
        MainTest.Run run = MainTest.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        List<Error> errors = schema().validate(JSON.readTree(run.out()));
        assertThat(errors).as(String.join(" ", args)).isEmpty();
    }

    @Test
    void theSchema_refusesMoneyAsANumberAndRequestsAsAFloat() throws IOException {
        // the schema can fail: the old shape (money as numbers, requests in E-notation, no version) is refused
        JsonNode old = JSON.readTree("{\"pricingVersion\":\"aws/us-east-1@2024-11-01\",\"currency\":\"USD\","
                + "\"crossings\":[],\"points\":[{\"requestsPerMonth\":5.241154371959344E7,\"lambdaMonthly\":35.33}]}");
        assertThat(schema().validate(old)).isNotEmpty();
        JsonNode now = JSON.readTree("{\"formatVersion\":1,\"pricingVersion\":\"aws/us-east-1@2024-11-01\","
                + "\"currency\":\"USD\",\"crossings\":[],\"points\":[{\"requestsPerMonth\":52411544,"
                + "\"lambdaMonthly\":\"35.33\"}]}");
        assertThat(schema().validate(now)).isEmpty();
    }
}
