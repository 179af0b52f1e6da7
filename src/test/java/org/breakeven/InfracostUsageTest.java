package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.breakeven.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An infracost usage file read into a scenario: the two fields infracost reads for an {@code aws_lambda_function}
 * (infracost/infracost v0.10.36, {@code internal/resources/aws/lambda_function.go}: {@code monthly_requests} and
 * {@code request_duration_ms}), from the file's {@code resource_usage} section.
 */
class InfracostUsageTest {

    /** A usage file as infracost documents it, with a second resource of another kind that is not read. */
    private static final String USAGE = """
            version: 0.1
            resource_usage:
              aws_s3_bucket.assets:
                standard:
                  storage_gb: 100
              aws_lambda_function.api:
                monthly_requests: 100000000   # 100M requests a month
                request_duration_ms: 250
            """;

    private static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("infracost-usage.yml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void read_takesTheFunctionsTwoFields(@TempDir Path dir) throws IOException {
        InfracostUsage usage = InfracostUsage.read(write(dir, USAGE), "aws_lambda_function.api");

        assertThat(usage).isEqualTo(new InfracostUsage("aws_lambda_function.api", 100_000_000L, 250.0));
        assertThat(usage).hasToString("aws_lambda_function.api: 100.0M requests/month, 250.0 ms a request");
    }

    /** The usage sets the requests and the duration; memory, the cluster and the pricing stay the scenario's. */
    @Test
    void applyTo_setsRequestsAndDurationOnly(@TempDir Path dir) throws IOException {
        Scenario base = Breakeven.defaultScenario();

        Scenario applied = InfracostUsage.read(write(dir, USAGE), "aws_lambda_function.api").applyTo(base);

        assertThat(applied.workload().requestsPerMonth()).isEqualTo(100_000_000L);
        assertThat(applied.function().durationMs()).isEqualTo(250.0);
        assertThat(applied.function().memoryMb()).isEqualTo(base.function().memoryMb());
        assertThat(applied.cluster()).isEqualTo(base.cluster());
        assertThat(applied.pricing().version()).isEqualTo(base.pricing().version());
    }

    /** A field the file leaves out keeps the scenario's. */
    @Test
    void applyTo_leftOutFieldKeepsTheScenarios(@TempDir Path dir) throws IOException {
        Path file = write(dir, "resource_usage:\n  aws_lambda_function.api:\n    monthly_requests: 5000\n");

        Scenario applied = InfracostUsage.read(file, "aws_lambda_function.api").applyTo(Breakeven.defaultScenario());

        assertThat(applied.workload().requestsPerMonth()).isEqualTo(5000L);
        assertThat(applied.function().durationMs()).isEqualTo(Breakeven.defaultScenario().function().durationMs());
    }

    @Test
    void read_unknownResource_namesTheOnesThereAre(@TempDir Path dir) throws IOException {
        Path file = write(dir, USAGE);

        assertThatThrownBy(() -> InfracostUsage.read(file, "aws_lambda_function.worker"))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessage(file + ":2: at resource_usage: no field 'aws_lambda_function.worker'; fields here:"
                        + " aws_s3_bucket.assets, aws_lambda_function.api");
    }

    @Test
    void read_fieldInfracostDoesNotReadForAFunction_isRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir, "resource_usage:\n  aws_lambda_function.api:\n    memory_mb: 512\n");

        assertThatThrownBy(() -> InfracostUsage.read(file, "aws_lambda_function.api"))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith(file + ":3: at resource_usage.aws_lambda_function.api: unknown field"
                        + " 'memory_mb'; known fields here: monthly_requests, request_duration_ms");
    }

    @Test
    void read_negativeRequests_namesTheLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "resource_usage:\n  aws_lambda_function.api:\n    monthly_requests: -1\n");

        assertThatThrownBy(() -> InfracostUsage.read(file, "aws_lambda_function.api"))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith(file + ":3: at resource_usage.aws_lambda_function.api.monthly_requests: ");
    }

    /** The command line: the same answer as the scenario with the two fields written in. */
    @Test
    void solve_withUsageFile_answersForTheUsage(@TempDir Path dir) throws IOException {
        Path file = write(dir, USAGE);
        Scenario expected = Breakeven.defaultScenario()
                .withWorkload(Breakeven.defaultScenario().workload().withRequestsPerMonth(100_000_000))
                .withFunction(Breakeven.defaultScenario().function().withDurationMs(250));

        String out = run("solve", "--infracost-usage", file.toString(), "--resource", "aws_lambda_function.api");

        // 100M requests at USD 0.20 per million: 20.00. 100M x 0.250 s x 0.25 GB (256 MB) = 6.25M GB-s at
        // USD 0.0000166667: 104.17. The default scenario's downstream charges are 3x that compute: 312.50.
        assertThat(out).contains("at 100,000,000 requests/month")
                .containsPattern("Requests +USD 20\\.00\n")
                .containsPattern("Duration \\(x86_64\\) +USD 104\\.17\n")
                .containsPattern("Downstream services \\(3x compute\\) +USD 312\\.50\n")
                .contains("break-even at " + expected.solve().breakEven());
    }

    @Test
    void solve_usageFileWithoutResource_isBadInput(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"solve", "--infracost-usage", write(dir, USAGE).toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--infracost-usage needs --resource");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
