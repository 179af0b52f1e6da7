package org.breakeven.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.breakeven.BreakevenResult;
import org.breakeven.bill.Format;
import org.breakeven.Scenario;
import org.breakeven.Envelope;
import org.breakeven.report.EnvelopeChart;
import org.breakeven.report.ChartSettings;
import org.breakeven.report.HtmlReport;
import org.breakeven.report.SvgChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code chart}: both bills against traffic as an SVG picture, or an HTML report around it.
 * <p>
 * This class is mutable: picocli fills it from the arguments of one run.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw both monthly bills against requests per month on a log axis: the crossing marked, the"
            + " cluster's node steps, the cheaper side shaded, the pricing version in the footer. Made offline."},
        footerHeading = "%nExamples:%n",
        footer = {"  breakeven chart                                   writes breakeven.svg",
            "  breakeven chart scenario.yaml --html -o report.html   a page with the chart and both bills",
            "  breakeven chart scenario.yaml --from 1M --to 10B --linear-cost -o - > chart.svg"})
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    Main.Root root;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write; - for standard output. Default: breakeven.svg, or breakeven.html with --html.")
    String output;

    @Option(names = "--html", description = "Write a self-contained HTML report: the chart and both bills line by line.")
    boolean html;

    @Option(names = "--from", paramLabel = "N", converter = Requests.class,
            description = "The left end of the requests axis, at least 1. Default: chosen from the answer.")
    Double from;

    @Option(names = "--to", paramLabel = "N", converter = Requests.class,
            description = "The right end of the requests axis. Default: chosen from the answer.")
    Double to;

    @Option(names = "--linear-cost", description = "A linear cost axis from 0 instead of a log one.")
    boolean linearCost;

    @Option(names = "--width", defaultValue = "1000", paramLabel = "PX", description = "Width, 300 to 4000. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "620", paramLabel = "PX", description = "Height, 200 to 3000. Default: ${DEFAULT-VALUE}.")
    int height;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario s = scenario.scenario();
        if (!s.alternatives().isEmpty()) {
            return envelope(s);
        }
        BreakevenResult result = s.solve();
        ChartSettings settings = ChartSettings.DEFAULT.withSize(width, height);
        if (from != null || to != null) {
            org.breakeven.workload.RequestRange around = org.breakeven.Sweep.around(s, result);
            settings = settings.withRange(from != null ? from : around.fromRequestsPerMonth(),
                    to != null ? to : around.toRequestsPerMonth());
        }
        if (linearCost) {
            settings = settings.withLinearCost();
        }
        SvgChart chart = SvgChart.of(s, result, settings);
        String text = html ? HtmlReport.of(s, chart) : chart.svg();
        PrintWriter out = spec.commandLine().getOut();
        String target = output != null ? output : html ? "breakeven.html" : "breakeven.svg";
        if ("-".equals(target)) {
            out.print(text);
        } else {
            root.files.writeFile(file(target), text);
            out.println("Wrote " + Format.printable(target) + ": " + result.breakEven().summary() + ".");
        }
        out.flush();
        return Main.OK;
    }

    /** A scenario with options: one curve per option, the cheapest shaded, the switch points marked. */
    private Integer envelope(Scenario s) {
        Envelope envelope = s.envelope();
        ChartSettings settings = ChartSettings.DEFAULT.withSize(width, height);
        org.breakeven.workload.RequestRange around = PointsCommand.around(s, envelope);
        settings = settings.withRange(from != null ? from : around.fromRequestsPerMonth(),
                to != null ? to : around.toRequestsPerMonth());
        if (linearCost) {
            settings = settings.withLinearCost();
        }
        String svg = EnvelopeChart.svg(s, envelope, settings);
        String text = html ? EnvelopeChart.html(s, envelope, svg) : svg;
        PrintWriter out = spec.commandLine().getOut();
        String target = output != null ? output : html ? "breakeven.html" : "breakeven.svg";
        if ("-".equals(target)) {
            out.print(text);
        } else {
            root.files.writeFile(file(target), text);
            out.println("Wrote " + Format.printable(target) + ": " + Format.printable(envelope.toString()) + ".");
        }
        out.flush();
        return Main.OK;
    }

    /** Reads the output option as a path, refusing one the platform cannot name. */
    private static Path file(String target) {
        if (target.isBlank()) {
            throw new IllegalArgumentException("--output must name a file, or - for standard output, but was empty");
        }
        try {
            return Path.of(target);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--output must name a file, or - for standard output, but was: "
                    + Messages.quote(target) + " (" + e.getReason() + ")", e);
        }
    }
}
