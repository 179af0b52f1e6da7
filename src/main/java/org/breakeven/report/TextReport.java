package org.breakeven.report;

import org.breakeven.Sweep;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.breakeven.bill.Bill;
import org.breakeven.BreakEven;
import org.breakeven.BreakevenResult;
import org.breakeven.Comparison;
import org.breakeven.Crossing;
import org.breakeven.bill.Format;
import org.breakeven.Interval;
import org.breakeven.bill.LineItem;
import org.breakeven.Scenario;
import org.breakeven.WhatIf;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.cluster.NodesByHour;
import org.breakeven.cluster.OpsHeadcount;

/**
 * A plain-text report of a scenario's break-even for people: the answer, both bills line by line, the
 * intervals, why, and how one more operations engineer moves the answer. Control characters in names and
 * titles from a scenario or a pricing table are shown escaped ({@link Format#printable}), never as terminal
 * escape sequences.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TextReport {

    private TextReport() {
    }

    /**
     * Writes the report of a scenario.
     *
     * @param scenario the scenario
     * @return the report text, lines separated by {@code \n}
     */
    public static String of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return of(scenario, scenario.solve());
    }

    /**
     * Writes the report of a scenario that has been solved.
     *
     * @param scenario the scenario
     * @param result the scenario's result
     * @return the report text, lines separated by {@code \n}
     */
    public static String of(Scenario scenario, BreakevenResult result) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(result, "result");
        StringBuilder out = new StringBuilder();
        out.append("breakeven: Lambda vs EKS cluster\n");
        out.append("Scenario: ").append(text(scenario)).append('\n');
        out.append("Pricing:  ").append(text(scenario.pricing().version())).append(" (")
                .append(text(scenario.pricing().title())).append(")\n\n");
        out.append(text(result)).append("\n\n");
        bill(out, result.current().serverless());
        bill(out, result.current().cluster());
        if (scenario.cluster().nodes() instanceof NodeSizing.Autoscaled) {
            long requests = result.current().requestsPerMonth().longValueExact();
            NodesByHour nodes = scenario.nodesByHour(requests);
            out.append("Nodes by hour of day (UTC) at ").append(Format.whole(requests)).append(" requests/month: ")
                    .append(nodes.sparkline()).append(" (").append(nodes).append(")\n");
        }
        out.append("\nCheaper side by traffic:\n");
        for (Interval interval : result.intervals()) {
            out.append("  ").append(text(interval)).append('\n');
        }
        if (result.crosses()) {
            out.append("\nCrossings:\n");
            for (Crossing crossing : result.crossings()) {
                out.append("  ").append(text(crossing)).append(": ").append(text(crossing.bills())).append('\n');
            }
        }
        out.append("\nWhy: ").append(text(result.explanation())).append('\n');
        out.append("\nWhat moves it:\n  ").append(text(WhatIf.oneMoreOpsEngineer(scenario))).append('\n');
        return out.toString();
    }

    /**
     * Writes both monthly bills at each point of a sweep as a table, with a line where the bills cross
     * between two rows.
     * <pre>{@code
     *   Requests/month  Lambda USD/month  Cluster USD/month  Nodes  Cheaper  Lambda - cluster
     *       10,000,000             35.33             181.42      3  Lambda            -146.09
     *   -- break-even at 51.3M requests/month: Lambda cheaper below, cluster above
     * }</pre>
     *
     * @param scenario the scenario
     * @param result its break-even result, for the crossings
     * @param points the points, in increasing order of requests
     * @return the table with a heading, lines separated by {@code \n}
     */
    public static String compare(Scenario scenario, BreakevenResult result, List<Sweep.Point> points) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(result, "result");
        String currency = scenario.pricing().currency();
        StringBuilder out = new StringBuilder();
        out.append("breakeven: both monthly bills by traffic\n");
        out.append("Scenario: ").append(text(scenario)).append('\n');
        out.append("Pricing:  ").append(text(result.pricingVersion())).append("\n\n");
        TextTable table = new TextTable(new String[] {"Requests/month", "Lambda " + currency + "/month",
            "Cluster " + currency + "/month", "Nodes", "Cheaper", "Lambda - cluster"},
                new boolean[] {true, true, true, true, false, true});
        int next = 0;
        boolean shared = false;
        for (Sweep.Point point : points) {
            while (next < result.crossings().size()
                    && result.crossings().get(next).requestsPerMonth() < point.requestsPerMonth()) {
                table.note(crossingLine(result.crossings().get(next++)));
            }
            Comparison bills = point.bills();
            shared |= !bills.serverless().comparableTotal().equals(bills.serverless().total());
            table.row(Format.whole(point.requestsPerMonth()), Format.cents(bills.serverless().comparableTotal().amount()),
                    Format.cents(bills.cluster().total().amount()), Long.toString(point.nodes()),
                    bills.cheaper().label(), Format.cents(bills.serverless().comparableTotal()
                            .minus(bills.cluster().total()).amount()));
        }
        while (next < result.crossings().size()
                && (points.isEmpty() || result.crossings().get(next).requestsPerMonth()
                        <= points.get(points.size() - 1).requestsPerMonth())) {
            table.note(crossingLine(result.crossings().get(next++)));
        }
        out.append(table.render("  "));
        if (shared) {
            out.append("\nLambda counts only the lines the cluster does not pay too, as the break-even does.\n");
        }
        out.append('\n').append(text(result)).append('\n');
        return out.toString();
    }

    private static String crossingLine(Crossing crossing) {
        return "-- " + BreakEven.sentence(crossing);
    }

    /** Text from the scenario or the pricing table, its control characters escaped. */
    private static String text(Object value) {
        return Format.printable(String.valueOf(value));
    }

    private static void bill(StringBuilder out, Bill bill) {
        out.append(text(bill.side().label())).append(" bill at ").append(Format.whole(bill.requestsPerMonth().doubleValue()))
                .append(" requests/month:\n");
        for (LineItem item : bill.items()) {
            String line = String.format(java.util.Locale.ROOT, "  %-48s %18s %s", text(item.name()),
                    text(item.rounded()), item.paidByClusterToo() ? "(cluster pays too)" : "");
            out.append(line.stripTrailing()).append('\n');
            if (item.adjusted()) {
                // What the same usage costs at list prices, and what made the difference.
                out.append(String.format(java.util.Locale.ROOT, "  %-48s %18s %s", "  at list price",
                        text(item.roundedList()), text(item.adjustment())).stripTrailing()).append('\n');
            }
        }
        out.append(String.format(java.util.Locale.ROOT, "  %-48s %18s\n", "Total", text(bill.total())));
        if (!bill.listTotal().equals(bill.total())) {
            out.append(String.format(java.util.Locale.ROOT, "  %-48s %18s\n", "Total at list prices",
                    text(bill.listTotal())));
        }
        if (!bill.comparableTotal().equals(bill.total())) {
            out.append(String.format(java.util.Locale.ROOT, "  %-48s %18s\n", "Total not paid by the cluster too",
                    text(bill.comparableTotal())));
        }
    }
}
