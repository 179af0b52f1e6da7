package org.breakeven.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.breakeven.BreakevenResult;
import org.breakeven.Scenario;
import org.breakeven.Envelope;
import org.breakeven.report.EnvelopeReport;
import org.breakeven.report.CsvReport;
import org.breakeven.report.FocusReport;
import org.breakeven.report.JsonReport;
import org.breakeven.report.OutputFormat;
import org.breakeven.Sweep;
import org.breakeven.report.TextReport;
import org.breakeven.workload.RequestRange;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code compare} and {@code sweep} share: both bills at log-spaced numbers of requests.
 * <p>
 * This class is mutable: picocli fills it from the arguments of one run.
 */
abstract class PointsCommand {

    @ParentCommand
    Main.Root root;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--from", paramLabel = "N", converter = Requests.class,
            description = "The first point, in requests/month, at least 1. Default: two decades below the lowest of"
                + " the break-even and the scenario's traffic.")
    Double from;

    @Option(names = "--to", paramLabel = "N", converter = Requests.class,
            description = "The last point, in requests/month. Default: a decade above the highest of the break-even"
                + " and the scenario's traffic.")
    Double to;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "The charge period of --format focus rows. Default: the current month in UTC.")
    YearMonth month;

    @Option(names = "--account", paramLabel = "ID", defaultValue = FocusReport.DEFAULT_ACCOUNT,
            description = "The BillingAccountId of --format focus rows. Default: ${DEFAULT-VALUE}.")
    String account;

    @Spec
    CommandSpec spec;

    abstract OutputFormat format();

    /** The charge period of FOCUS rows: the month given, or the current month in UTC. */
    YearMonth month() {
        return month == null ? YearMonth.now(ZoneOffset.UTC) : month;
    }

    abstract int points();

    abstract int significantDigits();

    Integer run(String name) {
        Scenario s = scenario.scenario();
        if (!s.alternatives().isEmpty()) {
            return envelope(s);
        }
        BreakevenResult result = s.solve();
        RequestRange around = Sweep.around(s, result);
        double lo = from != null ? from : to != null ? Math.max(1, Math.min(around.fromRequestsPerMonth(), to / 100))
                : around.fromRequestsPerMonth();
        double hi = to != null ? to : Math.max(around.toRequestsPerMonth(), lo * 100);
        List<Sweep.Point> rows;
        try (Progress progress = root.progress(name, points())) {
            rows = Sweep.of(s, lo, hi, points(), significantDigits(), progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format()) {
            case TEXT -> out.print(TextReport.compare(s, result, rows));
            case JSON -> out.print(JsonReport.points(result, rows));
            case CSV -> out.print(CsvReport.points(rows));
            case FOCUS -> {
                List<FocusReport.Alternative> bills = new ArrayList<>();
                for (Sweep.Point row : rows) {
                    bills.add(FocusReport.Alternative.of(row.bills().serverless()));
                    bills.add(FocusReport.Alternative.of(row.bills().cluster()));
                }
                out.print(FocusReport.alternatives(bills, s.pricing(), month(), account));
            }
            default -> throw new IllegalStateException("unknown format " + format());
        }
        out.flush();
        return Main.OK;
    }

    /** A scenario with options: each option's bill at each point, one column per option. */
    private Integer envelope(Scenario s) {
        Envelope envelope = s.envelope();
        RequestRange around = around(s, envelope);
        double lo = from != null ? from : to != null ? Math.max(1, Math.min(around.fromRequestsPerMonth(), to / 100))
                : around.fromRequestsPerMonth();
        double hi = to != null ? to : Math.max(around.toRequestsPerMonth(), lo * 100);
        long[] requests = Sweep.requests(lo, hi, points(), significantDigits());
        PrintWriter out = spec.commandLine().getOut();
        switch (format()) {
            case TEXT -> out.print(EnvelopeReport.compare(s, envelope, requests));
            case JSON -> out.print(EnvelopeReport.points(s, envelope, requests));
            case CSV -> out.print(EnvelopeReport.csv(envelope, requests));
            case FOCUS -> {
                List<FocusReport.Alternative> bills = new ArrayList<>();
                for (long n : requests) {
                    envelope.options().forEach(o -> bills.add(new FocusReport.Alternative(o.name(), o.model().bill(n))));
                }
                out.print(FocusReport.alternatives(bills, s.pricing(), month(), account));
            }
            default -> throw new IllegalStateException("unknown format " + format());
        }
        out.flush();
        return Main.OK;
    }

    /**
     * The range to show an envelope in: two decades below the lowest of the switch points and the scenario's traffic
     * to a decade above the highest, within the searched range, as {@link Sweep#around} does for two bills.
     */
    static RequestRange around(Scenario s, Envelope envelope) {
        double lo = Math.max(1, envelope.range().fromRequestsPerMonth());
        double hi = envelope.range().toRequestsPerMonth();
        double min = Math.max(1, s.workload().requestsPerMonth());
        double max = min;
        for (org.breakeven.Switch sw : envelope.switches()) {
            min = Math.min(min, Math.max(1, sw.requestsPerMonth()));
            max = Math.max(max, sw.requestsPerMonth());
        }
        double from = Math.max(lo, Math.pow(10, Math.floor(Math.log10(min)) - 2));
        double to = Math.min(hi, Math.pow(10, Math.ceil(Math.log10(Math.max(max, 10))) + 1));
        return to > from * 10 ? new RequestRange(from, to) : new RequestRange(Math.max(1, Math.min(from, hi / 1000)), hi);
    }
}
