package org.breakeven.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.breakeven.Band;
import org.breakeven.Envelope;
import org.breakeven.Option;
import org.breakeven.Scenario;
import org.breakeven.Switch;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Format;
import org.breakeven.bill.LineItem;
import org.breakeven.bill.Money;

/**
 * Reports of a scenario with several options ({@link Scenario#alternatives()}): the cheapest option at every
 * traffic level (bands and switch points first), then each option's bill at the scenario's traffic; and the
 * options' bills at a list of traffic levels, one column per option, as text, JSON or CSV. Control characters in
 * names from a scenario or a pricing table are shown escaped.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EnvelopeReport {

    private EnvelopeReport() {
    }

    /**
     * Writes the report of a scenario's envelope for people.
     * <pre>{@code
     * Cheapest option by traffic (gap: the runner-up's bill minus the cheapest's, at each end):
     *   0 to 40,036,894 requests/month: lambda-http cheapest, then ecs-fargate (gap USD 74.10 to USD 0.00)
     *   ...
     * Switch points (where the cheapest option changes):
     *   ecs-fargate cheaper than lambda-http from 40,036,895 requests/month
     * }</pre>
     *
     * @param scenario the scenario
     * @param envelope its envelope
     * @return the text, lines separated by {@code \n}
     */
    public static String text(Scenario scenario, Envelope envelope) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(envelope, "envelope");
        StringBuilder out = new StringBuilder();
        out.append("breakeven: the cheapest of ").append(envelope.options().size()).append(" options by traffic\n");
        out.append("Scenario: ").append(text(scenario)).append('\n');
        out.append("Pricing:  ").append(text(scenario.pricing().version())).append(" (")
                .append(text(scenario.pricing().title())).append(")\n\n");
        out.append("Cheapest option by traffic (gap: the runner-up's bill minus the cheapest's, at each end):\n");
        for (Band band : envelope.bands()) {
            out.append("  ").append(text(band)).append('\n');
        }
        out.append("\nSwitch points (where the cheapest option changes):\n");
        if (envelope.switches().isEmpty()) {
            out.append("  none: ").append(text(envelope.bands().get(0).cheapest().name()))
                    .append(" is cheapest throughout ").append(text(envelope.range())).append('\n');
        }
        for (Switch s : envelope.switches()) {
            out.append("  ").append(text(s)).append('\n');
        }
        long current = scenario.workload().requestsPerMonth();
        out.append("\nEach option's bill at ").append(Format.whole(current)).append(" requests/month (the scenario's"
                + " traffic):\n");
        for (Option option : envelope.options()) {
            bill(out, option.name(), option.model().bill(current));
        }
        out.append("\nCompared are the lines each option does not share with the others (downstream services every"
                + " option pays are left out).\n");
        return out.toString();
    }

    private static void bill(StringBuilder out, String name, Bill bill) {
        out.append(text(name)).append(":\n");
        for (LineItem item : bill.items()) {
            String line = String.format(Locale.ROOT, "  %-56s %18s %s", text(item.name()), text(item.rounded()),
                    item.paidByClusterToo() ? "(shared, not compared)" : "");
            out.append(line.stripTrailing()).append('\n');
        }
        out.append(String.format(Locale.ROOT, "  %-56s %18s\n", "Total compared", text(bill.comparableTotal())));
    }

    /**
     * Writes the envelope as JSON: the options, the bands, the switch points, each pair's own crossings and each
     * option's compared total at the scenario's traffic.
     *
     * @param scenario the scenario
     * @param envelope its envelope
     * @return the JSON text
     */
    public static String json(Scenario scenario, Envelope envelope) {
        Objects.requireNonNull(scenario, "scenario");
        ObjectNode root = JsonReport.header(scenario.pricing().version(), scenario.pricing().currency());
        root.put("fromRequestsPerMonth", JsonReport.whole(envelope.range().fromRequestsPerMonth()));
        root.put("toRequestsPerMonth", JsonReport.whole(envelope.range().toRequestsPerMonth()));
        ArrayNode options = root.putArray("options");
        envelope.options().forEach(o -> options.add(o.name()));
        ArrayNode bands = root.putArray("bands");
        for (Band band : envelope.bands()) {
            ObjectNode b = bands.addObject();
            b.put("fromRequestsPerMonth", JsonReport.whole(band.fromRequestsPerMonth()));
            b.put("toRequestsPerMonth", JsonReport.whole(band.toRequestsPerMonth()));
            b.put("cheapest", band.cheapest().name());
            b.put("runnerUp", band.runnerUp().name());
            b.put("gapAtFrom", JsonReport.cents(band.gapAtFrom().amount()));
            b.put("gapAtTo", JsonReport.cents(band.gapAtTo().amount()));
        }
        ArrayNode switches = root.putArray("switches");
        envelope.switches().forEach(s -> put(switches.addObject(), s));
        ArrayNode pairs = root.putArray("pairCrossings");
        List<Option> list = envelope.options();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                for (Switch s : envelope.crossings(list.get(i).name(), list.get(j).name())) {
                    put(pairs.addObject(), s);
                }
            }
        }
        long current = scenario.workload().requestsPerMonth();
        ObjectNode now = root.putObject("current");
        now.put("requestsPerMonth", current);
        ObjectNode totals = now.putObject("comparedTotals");
        for (Option option : list) {
            totals.put(option.name(), JsonReport.cents(option.model().bill(current).comparableTotal().amount()));
        }
        now.put("cheapest", envelope.cheapestAt(current).name());
        return Json.write(root);
    }

    private static void put(ObjectNode node, Switch s) {
        node.put("requestsPerMonth", s.requestsPerMonth());
        node.put("exactRoot", s.exactRoot());
        node.put("cheaperBelow", s.cheaperBelow().name());
        node.put("cheaperAbove", s.cheaperAbove().name());
        node.put("atNodeStep", s.atNodeStep());
    }

    /**
     * Computes each option's compared total at each number of requests, exactly, rounded to cents as reported.
     *
     * @param envelope the envelope, for its options
     * @param requests the numbers of requests
     * @return one row per number of requests: the totals in the options' order
     */
    static List<Money[]> totals(Envelope envelope, long[] requests) {
        List<Money[]> rows = new ArrayList<>(requests.length);
        for (long n : requests) {
            Money[] row = new Money[envelope.options().size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = envelope.options().get(i).model().bill(n).comparableTotal();
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Writes the options' compared monthly bills at each number of requests, one column per option, with the
     * cheapest, as a table for people; a line marks each switch point between two rows.
     *
     * @param scenario the scenario
     * @param envelope its envelope
     * @param requests the numbers of requests, increasing
     * @return the table with a heading
     */
    public static String compare(Scenario scenario, Envelope envelope, long[] requests) {
        String currency = scenario.pricing().currency();
        List<Option> options = envelope.options();
        String[] header = new String[options.size() + 2];
        boolean[] right = new boolean[header.length];
        header[0] = "Requests/month";
        right[0] = true;
        for (int i = 0; i < options.size(); i++) {
            header[i + 1] = options.get(i).name() + " " + currency + "/month";
            right[i + 1] = true;
        }
        header[header.length - 1] = "Cheapest";
        TextTable table = new TextTable(header, right);
        List<Money[]> rows = totals(envelope, requests);
        int next = 0;
        for (int r = 0; r < requests.length; r++) {
            while (next < envelope.switches().size() && envelope.switches().get(next).requestsPerMonth() < requests[r]) {
                table.note("-- " + envelope.switches().get(next++));
            }
            String[] cells = new String[header.length];
            cells[0] = Format.whole(requests[r]);
            for (int i = 0; i < options.size(); i++) {
                cells[i + 1] = Format.cents(rows.get(r)[i].amount());
            }
            cells[cells.length - 1] = envelope.cheapestAt(requests[r]).name();
            table.row(cells);
        }
        StringBuilder out = new StringBuilder();
        out.append("breakeven: each option's monthly bill by traffic\n");
        out.append("Scenario: ").append(text(scenario)).append('\n');
        out.append("Pricing:  ").append(text(scenario.pricing().version())).append("\n\n");
        out.append(table.render("  "));
        out.append('\n').append(text(envelope)).append('\n');
        return out.toString();
    }

    /**
     * Writes the options' compared monthly bills at each number of requests as CSV: {@code requestsPerMonth}, one
     * column per option (named as the option), and {@code cheapest}.
     *
     * @param envelope the envelope
     * @param requests the numbers of requests
     * @return the CSV text, lines ending in {@code \r\n}
     */
    public static String csv(Envelope envelope, long[] requests) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("requestsPerMonth");
        envelope.options().forEach(o -> header.add(o.name()));
        header.add("cheapest");
        Csv.line(out, header);
        List<Money[]> rows = totals(envelope, requests);
        for (int r = 0; r < requests.length; r++) {
            List<String> fields = new ArrayList<>();
            fields.add(Long.toString(requests[r]));
            for (Money m : rows.get(r)) {
                fields.add(m.amount().toPlainString());
            }
            fields.add(envelope.cheapestAt(requests[r]).name());
            Csv.line(out, fields);
        }
        return out.toString();
    }

    /**
     * Writes the options' compared monthly bills at each number of requests as JSON.
     *
     * @param scenario the scenario
     * @param envelope the envelope
     * @param requests the numbers of requests
     * @return the JSON text
     */
    public static String points(Scenario scenario, Envelope envelope, long[] requests) {
        ObjectNode root = JsonReport.header(scenario.pricing().version(), scenario.pricing().currency());
        ArrayNode switches = root.putArray("switches");
        envelope.switches().forEach(s -> put(switches.addObject(), s));
        ArrayNode points = root.putArray("points");
        List<Money[]> rows = totals(envelope, requests);
        for (int r = 0; r < requests.length; r++) {
            ObjectNode p = points.addObject();
            p.put("requestsPerMonth", requests[r]);
            ObjectNode totals = p.putObject("comparedTotals");
            for (int i = 0; i < envelope.options().size(); i++) {
                totals.put(envelope.options().get(i).name(), JsonReport.cents(rows.get(r)[i].amount()));
            }
            p.put("cheapest", envelope.cheapestAt(requests[r]).name());
        }
        return Json.write(root);
    }

    /**
     * Writes the bands as CSV: {@code fromRequestsPerMonth}, {@code toRequestsPerMonth}, {@code cheapest},
     * {@code runnerUp}, {@code gapAtFrom}, {@code gapAtTo}.
     *
     * @param envelope the envelope
     * @return the CSV text
     */
    public static String bandsCsv(Envelope envelope) {
        StringBuilder out = new StringBuilder();
        Csv.line(out, List.of("fromRequestsPerMonth", "toRequestsPerMonth", "cheapest", "runnerUp", "gapAtFrom",
                "gapAtTo"));
        for (Band band : envelope.bands()) {
            Csv.line(out, List.of(Long.toString(band.fromRequestsPerMonth()), Long.toString(band.toRequestsPerMonth()),
                    band.cheapest().name(), band.runnerUp().name(), band.gapAtFrom().amount().toPlainString(),
                    band.gapAtTo().amount().toPlainString()));
        }
        return out.toString();
    }

    private static String text(Object value) {
        return Format.printable(String.valueOf(value));
    }
}
