package org.breakeven.cli;

import java.nio.file.Path;
import org.breakeven.Breakeven;
import org.breakeven.InfracostUsage;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that choose a scenario, shared by the commands that compute bills.
 * <p>
 * This class is mutable: picocli fills it from the arguments of one run.
 */
final class ScenarioOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = {"A scenario file: .yaml or .yml for YAML, anything else JSON; - reads JSON from standard"
                + " input. Without one, the built-in default scenario. Fields: docs/scenario-format.md."})
    String file;

    @Option(names = "--pricing", paramLabel = "TABLE",
            description = "Price with another table: a shipped version such as aws/us-east-1@2024-11-01 (see"
                + " 'pricing list'), or a pricing table file.")
    String pricing;

    @Option(names = "--requests", paramLabel = "N", converter = Requests.Whole.class,
            description = "Show the bills at N requests/month instead of the scenario's own, such as 5M or 2.5e8.")
    Long requests;

    @Option(names = "--infracost-usage", paramLabel = "FILE",
            description = "Take the requests a month and the average duration from an infracost usage file"
                + " (monthly_requests, request_duration_ms of the --resource); the rest from SCENARIO.")
    String infracostUsage;

    @Option(names = "--resource", paramLabel = "ADDRESS",
            description = "The aws_lambda_function in the --infracost-usage file, such as aws_lambda_function.api.")
    String resource;

    /** Reads the scenario and applies the overrides. */
    Scenario scenario() {
        Scenario scenario;
        if (file == null) {
            scenario = Breakeven.defaultScenario();
        } else if ("-".equals(file)) {
            scenario = ScenarioFile.read(System.in, "<stdin>", Path.of("").toAbsolutePath());
        } else if (file.isBlank()) {
            throw new IllegalArgumentException("SCENARIO must be a scenario file, or - for standard input, but was"
                    + " empty");
        } else {
            scenario = ScenarioFile.read(Path.of(file));
        }
        if ((infracostUsage == null) != (resource == null)) {
            throw new IllegalArgumentException(infracostUsage == null
                    ? "--resource names a resource of an --infracost-usage file: give the file too"
                    : "--infracost-usage needs --resource, the aws_lambda_function to read, such as"
                            + " aws_lambda_function.api");
        }
        if (infracostUsage != null) {
            scenario = InfracostUsage.read(Path.of(infracostUsage), resource).applyTo(scenario);
        }
        if (pricing != null) {
            scenario = scenario.withPricing(Tables.load("--pricing", pricing));
        }
        if (requests != null) {
            scenario = scenario.withWorkload(scenario.workload().withRequestsPerMonth(requests));
        }
        return scenario;
    }
}
