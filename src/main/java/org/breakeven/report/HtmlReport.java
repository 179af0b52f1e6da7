package org.breakeven.report;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.breakeven.bill.Bill;
import org.breakeven.BreakevenResult;
import org.breakeven.Crossing;
import org.breakeven.bill.Format;
import org.breakeven.Interval;
import org.breakeven.bill.LineItem;
import org.breakeven.Scenario;
import org.breakeven.pricing.Source;

/**
 * A self-contained HTML page for people: the answer, the chart inline, both bills line by line at the
 * workload's traffic, the cheaper side by traffic, why, and the sources of every rate used. It loads
 * nothing from anywhere: no scripts, fonts or style sheets outside the page. Text from the scenario and the
 * pricing table is HTML-escaped, its control characters shown as {@link Format#printable} does; a source
 * without an address is listed by its title and dates.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: sans-serif; color: #222; max-width: 1040px; margin: 24px auto; padding: 0 16px; }
            h1 { font-size: 22px; margin-bottom: 4px; }
            h2 { font-size: 17px; margin-top: 28px; }
            p.answer { font-size: 16px; margin-top: 4px; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; }
            th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.total td { font-weight: bold; border-top: 2px solid #999; }
            .muted { color: #666; font-size: 13px; }
            figure { margin: 16px 0; }
            """;

    private HtmlReport() {
    }

    /**
     * Writes the page for a scenario and its chart.
     *
     * @param scenario the scenario
     * @param chart the scenario's chart, whose result the page reports
     * @return the HTML document
     */
    public static String of(Scenario scenario, SvgChart chart) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(chart, "chart");
        BreakevenResult result = chart.result();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>breakeven: Lambda vs EKS cluster</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        out.append("<h1>Lambda vs EKS cluster</h1>\n");
        out.append("<p class=\"answer\">").append(escape(result.toString())).append("</p>\n");
        out.append("<p class=\"muted\">").append(escape(scenario.toString())).append("</p>\n");
        out.append("<figure>\n").append(inline(chart.svg())).append("\n</figure>\n");

        Bill lambda = result.current().serverless();
        Bill cluster = result.current().cluster();
        out.append("<h2>Both bills at ").append(Format.whole(lambda.requestsPerMonth().doubleValue()))
                .append(" requests/month</h2>\n");
        out.append("<table>\n<tr><th>Bill</th><th>Line item</th><th class=\"num\">Usage</th><th>Unit</th>")
                .append("<th>Rate</th><th class=\"num\">Per month</th></tr>\n");
        bill(out, lambda);
        bill(out, cluster);
        out.append("</table>\n");
        if (!lambda.comparableTotal().equals(lambda.total())) {
            out.append("<p class=\"muted\">Lines marked \"cluster pays too\" are left out of the comparison: the same"
                    + " service would pay them on the cluster. Lambda's comparable total is ")
                    .append(escape(lambda.comparableTotal().toString())).append("/month.</p>\n");
        }

        out.append("<h2>Cheaper side by traffic</h2>\n<ul>\n");
        for (Interval interval : result.intervals()) {
            out.append("<li>").append(escape(interval.toString())).append("</li>\n");
        }
        out.append("</ul>\n");
        if (result.crosses()) {
            out.append("<h2>Crossings</h2>\n<ul>\n");
            for (Crossing crossing : result.crossings()) {
                out.append("<li>").append(escape(crossing.toString())).append(": ")
                        .append(escape(crossing.bills().toString())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<h2>Why</h2>\n<p>").append(escape(result.explanation())).append("</p>\n");

        out.append("<h2>Pricing</h2>\n<p>").append(escape(scenario.pricing().version())).append(": ")
                .append(escape(scenario.pricing().title())).append(", read from ")
                .append(escape(scenario.pricing().origin())).append(".</p>\n<ul class=\"muted\">\n");
        Map<String, Source> sources = scenario.pricing().sources();
        Map<String, Source> used = new TreeMap<>();
        for (Bill bill : new Bill[] {lambda, cluster}) {
            for (LineItem item : bill.items()) {
                Source source = sources.get(item.rate().source());
                if (source != null) {
                    used.put(source.key(), source);
                }
            }
        }
        for (Source source : used.values()) {
            out.append("<li>").append(escape(source.title()))
                    .append(source.address().map(url -> ", " + escape(url)).orElse(""))
                    .append(" (published ").append(source.published()).append(", read ").append(source.read())
                    .append(")</li>\n");
        }
        out.append("</ul>\n<p class=\"muted\">Drawn by breakeven from list prices; an estimate, not a bill.</p>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void bill(StringBuilder out, Bill bill) {
        String side = bill.side() == org.breakeven.bill.Side.SERVERLESS ? "Lambda" : "Cluster";
        for (LineItem item : bill.items()) {
            out.append("<tr><td>").append(side).append("</td><td>").append(escape(item.name()))
                    .append(item.paidByClusterToo() ? " <span class=\"muted\">(cluster pays too)</span>" : "")
                    .append("</td><td class=\"num\">").append(Format.quantity(item.quantity()))
                    .append("</td><td>").append(escape(item.unit())).append("</td><td>")
                    .append(escape(Format.plain(item.rate().firstPrice()) + (item.rate().isTiered() ? " (tiered)" : "")
                            + " " + item.rate().unit()))
                    .append("</td><td class=\"num\">").append(escape(item.rounded().toString()))
                    .append(item.adjusted() ? "<br><span class=\"muted\">list " + escape(item.roundedList().toString())
                            + "; " + escape(item.adjustment()) + "</span>" : "").append("</td></tr>\n");
        }
        out.append("<tr class=\"total\"><td>").append(side).append("</td><td>Total</td><td></td><td></td><td></td>")
                .append("<td class=\"num\">").append(escape(bill.total().toString())).append("</td></tr>\n");
    }

    /** Drops the XML declaration and DOCTYPE so that the SVG can sit inside HTML. */
    static String inline(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    /**
     * Escapes text for HTML element content and attribute values: its control characters first, as
     * {@link Format#printable} shows them, then the characters that HTML reads as markup.
     */
    static String escape(String text) {
        String printable = Format.printable(text);
        StringBuilder out = new StringBuilder(printable.length());
        for (char c : printable.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
