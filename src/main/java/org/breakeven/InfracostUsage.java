package org.breakeven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.breakeven.bill.Checks;
import org.breakeven.bill.Format;

/**
 * The usage of one Lambda function as an infracost usage file gives it: a team that keeps
 * {@code infracost-usage.yml} for its Terraform gets a break-even without writing a second file.
 * <p>
 * infracost reads two usage fields for an {@code aws_lambda_function} ({@code internal/resources/aws/
 * lambda_function.go} in infracost/infracost, v0.10.36): {@code monthly_requests}, the requests a month, and
 * {@code request_duration_ms}, the average duration of a request in milliseconds. They sit under the resource's
 * address in the file's {@code resource_usage} section:
 * <pre>
 * version: 0.1
 * resource_usage:
 *   aws_lambda_function.api:
 *     monthly_requests: 100000000
 *     request_duration_ms: 250
 * </pre>
 * The function's memory and architecture are in the Terraform code, not the usage file: they come from the
 * scenario the usage is applied to. Other resources in the file are not read.
 * <pre>{@code
 * jshell> InfracostUsage.read(Path.of("infracost-usage.yml"), "aws_lambda_function.api")
 * $1 ==> aws_lambda_function.api: 100.0M requests/month, 250.0 ms a request
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param resource the resource's address, such as {@code aws_lambda_function.api}
 * @param monthlyRequests {@code monthly_requests}, 0 to 10^15, or null if the file leaves it out
 * @param requestDurationMs {@code request_duration_ms}, or null if the file leaves it out
 */
public record InfracostUsage(String resource, Long monthlyRequests, Double requestDurationMs) {

    /** The usage file's fields for a Lambda function, by infracost's names. */
    private record LambdaFields(Long monthly_requests, Double request_duration_ms) {
    }

    /**
     * Creates a usage, checking the request count.
     *
     * @param resource the resource's address, not blank
     * @param monthlyRequests 0 to 10^15, or null
     * @param requestDurationMs the average duration, or null (checked where it is applied, by the function)
     */
    public InfracostUsage {
        Objects.requireNonNull(resource, "resource");
        if (resource.isBlank()) {
            throw new IllegalArgumentException("resource must be an infracost resource address, such as"
                    + " aws_lambda_function.api, but was blank");
        }
        if (monthlyRequests != null) {
            Checks.requests(monthlyRequests);
        }
    }

    /**
     * Reads the usage of one resource from an infracost usage file (YAML, as infracost writes it; JSON if the
     * name does not end in {@code .yml} or {@code .yaml}).
     *
     * @param file the usage file, a regular file of at most {@link ScenarioFile#MAX_BYTES}
     * @param resource the resource's address, such as {@code aws_lambda_function.api}
     * @return the usage
     * @throws ScenarioFormatException naming the file, line and field if the file is malformed, has no such
     *     resource (the message lists those it has), or gives a field infracost does not read for a function
     * @throws IllegalStateException if the file is YAML and jackson-dataformat-yaml is not on the class path
     * @throws UncheckedIOException if the file cannot be read
     */
    public static InfracostUsage read(Path file, String resource) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(resource, "resource");
        String name = file.toString();
        String problem = ScenarioFile.notARegularFile(file, ScenarioFile.MAX_BYTES, "an infracost usage file",
                "infracost usage file");
        if (problem != null) {
            throw new ScenarioFormatException(name, 0, "", problem, null);
        }
        byte[] text;
        try (InputStream in = Files.newInputStream(file)) {
            text = in.readNBytes(ScenarioFile.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(ScenarioFile.cannotRead("infracost usage file", name, e), e);
        }
        if (text.length > ScenarioFile.MAX_BYTES) {
            throw new ScenarioFormatException(name, 0, "", "the file holds more than "
                    + Format.whole(ScenarioFile.MAX_BYTES) + " bytes, the most a usage file may hold", null);
        }
        FieldTree tree = FieldTree.read(text, name, ScenarioFile.isYaml(name));
        LambdaFields fields = tree.bindAt(List.of("resource_usage", resource), LambdaFields.class,
                MethodHandles.lookup());
        FieldTree.Place at = tree.at(fields);
        return at.make(() -> new InfracostUsage(resource, fields.monthly_requests(), fields.request_duration_ms()),
                "monthly_requests");
    }

    /**
     * Returns the scenario with this usage: its requests a month ({@code monthly_requests}) and its function's
     * average duration ({@code request_duration_ms}); a field the file leaves out keeps the scenario's.
     *
     * @param scenario the scenario, for everything else (memory, architecture, the cluster, the pricing)
     * @return the copy
     * @throws IllegalArgumentException if the duration is out of the function's range
     */
    public Scenario applyTo(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Scenario result = scenario;
        if (monthlyRequests != null) {
            result = result.withWorkload(result.workload().withRequestsPerMonth(monthlyRequests));
        }
        if (requestDurationMs != null) {
            try {
                result = result.withFunction(result.function().withDurationMs(requestDurationMs));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(resource + " request_duration_ms: " + e.getMessage(), e);
            }
        }
        return result;
    }

    /**
     * Outputs {@code aws_lambda_function.api: 100.0M requests/month, 250.0 ms a request}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return resource + ": " + (monthlyRequests == null ? "no monthly_requests"
                : Format.brief(monthlyRequests) + " requests/month") + ", " + (requestDurationMs == null
                ? "no request_duration_ms" : requestDurationMs + " ms a request");
    }
}
