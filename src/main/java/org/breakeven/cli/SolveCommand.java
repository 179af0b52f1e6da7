package org.breakeven.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.breakeven.BreakEven;
import org.breakeven.BreakevenResult;
import org.breakeven.Envelope;
import org.breakeven.bill.Format;
import org.breakeven.Scenario;
import org.breakeven.report.CsvReport;
import org.breakeven.report.EnvelopeReport;
import org.breakeven.report.FocusReport;
import org.breakeven.report.JsonReport;
import org.breakeven.report.OutputFormat;
import org.breakeven.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code solve}: the break-even of a scenario and both bills line by line, with checks for CI.
 * <p>
 * This class is mutable: picocli fills it from the arguments of one run.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Find where the Lambda and cluster bills cross, and show both bills line by line at the"
            + " scenario's traffic.", "",
            "The checks make a CI pipeline fail when a pricing table or a scenario change moves the break-even:"
            + " with no crossing in the searched range, the break-even counts as above the range if Lambda is"
            + " cheaper throughout, and below it if the cluster is."},
        footerHeading = "%nExamples:%n",
        footer = {"  breakeven solve", "  breakeven solve examples/low-traffic-rest-api.yaml --format json",
            "  breakeven solve scenario.yaml --pricing aws/us-east-1@2024-11-01 --fail-if-below 20M",
            "  breakeven solve scenario.yaml --format focus --month 2026-12 --account 123456789012 > estimate.csv",
            "", "Exit codes: 0 done, 1 a check failed, 2 bad input or output not written,", "3 internal error."})
final class SolveCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (the default): a report for people; json: the whole result; csv: both bills' line"
                + " items; focus: the line items as FinOps FOCUS " + FocusReport.FOCUS_VERSION + " rows (CSV).")
    OutputFormat format;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "The charge period of --format focus rows. Default: the current month in UTC.")
    YearMonth month;

    @Option(names = "--account", paramLabel = "ID", defaultValue = FocusReport.DEFAULT_ACCOUNT,
            description = "The BillingAccountId of --format focus rows. Default: ${DEFAULT-VALUE}.")
    String account;

    @Option(names = "--fail-if-below", paramLabel = "N", converter = Requests.class,
            description = "Exit with 1 if the break-even is below N requests/month, such as 20M.")
    Double failIfBelow;

    @Option(names = "--fail-if-above", paramLabel = "N", converter = Requests.class,
            description = "Exit with 1 if the break-even is above N requests/month, such as 1B.")
    Double failIfAbove;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario s = scenario.scenario();
        PrintWriter out = spec.commandLine().getOut();
        if (!s.alternatives().isEmpty()) {
            return envelope(s, out);
        }
        BreakevenResult result = s.solve();
        switch (format) {
            case TEXT -> out.print(TextReport.of(s, result));
            case JSON -> out.print(JsonReport.of(s, result));
            case CSV -> out.print(CsvReport.lineItems(result.current()));
            case FOCUS -> out.print(FocusReport.alternatives(List.of(
                    FocusReport.Alternative.of(result.current().serverless()),
                    FocusReport.Alternative.of(result.current().cluster())), s.pricing(), month(), account));
            default -> throw new IllegalStateException("unknown format " + format);
        }
        out.flush();
        return check(result, spec.commandLine().getErr());
    }

    /** A scenario with options: the cheapest option at every traffic level. */
    private int envelope(Scenario s, PrintWriter out) {
        if (failIfBelow != null || failIfAbove != null) {
            throw new IllegalArgumentException("--fail-if-below and --fail-if-above check a two-way break-even; a"
                    + " scenario with options has switch points between several options instead");
        }
        Envelope envelope = s.envelope();
        switch (format) {
            case TEXT -> out.print(EnvelopeReport.text(s, envelope));
            case JSON -> out.print(EnvelopeReport.json(s, envelope));
            case CSV -> out.print(EnvelopeReport.bandsCsv(envelope));
            case FOCUS -> {
                long current = s.workload().requestsPerMonth();
                out.print(FocusReport.alternatives(envelope.options().stream()
                        .map(o -> new FocusReport.Alternative(o.name(), o.model().bill(current))).toList(),
                        s.pricing(), month(), account));
            }
            default -> throw new IllegalStateException("unknown format " + format);
        }
        out.flush();
        return Main.OK;
    }

    private YearMonth month() {
        return month == null ? YearMonth.now(ZoneOffset.UTC) : month;
    }

    private int check(BreakevenResult result, PrintWriter err) {
        BreakEven breakEven = result.breakEven();
        String what = breakEven.exists() ? "the break-even, " + breakEven + ","
                : "with " + breakEven + ", the break-even";
        if (failIfBelow != null && breakEven.isBelow(failIfBelow)) {
            err.println("breakeven: check failed: " + what + " is below " + Format.brief(failIfBelow)
                    + " requests/month (--fail-if-below)");
            return Main.CHECK_FAILED;
        }
        if (failIfAbove != null && breakEven.isAbove(failIfAbove)) {
            err.println("breakeven: check failed: " + what + " is above " + Format.brief(failIfAbove)
                    + " requests/month (--fail-if-above)");
            return Main.CHECK_FAILED;
        }
        return Main.OK;
    }
}
