package org.breakeven.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.breakeven.Band;
import org.breakeven.Envelope;
import org.breakeven.Option;
import org.breakeven.Scenario;
import org.breakeven.Switch;
import org.breakeven.bill.Format;
import org.breakeven.workload.RequestRange;

/**
 * The chart of a scenario with several options, as SVG: one curve per option's compared monthly bill against
 * requests per month (both axes logarithmic, or cost linear from 0), the traffic axis shaded by the cheapest
 * option, each switch point marked with a dashed line, and the pricing version in the footer. Drawn as plain SVG
 * text, without JFreeChart: a polyline per option from the same {@code double} bill the solver reads, at 400
 * log-spaced points and at every switch point.
 * <p>
 * The SVG's elements with ids {@code option-1}, {@code option-2}, ... are the curves in the options' order, and
 * {@code switch-1}, ... the switch markers.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EnvelopeChart {

    /** One colour per option, in order; a palette that stays apart for the common kinds of colour blindness. */
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#000000", "#F0E442"};
    private static final int SAMPLES = 400;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 110;

    private EnvelopeChart() {
    }

    /**
     * Draws the chart.
     *
     * @param scenario the scenario, for its pricing version and traffic
     * @param envelope its envelope
     * @param settings the range (the envelope's, from at least 1 request, when automatic), cost axis and size
     * @return the SVG text
     */
    public static String svg(Scenario scenario, Envelope envelope, ChartSettings settings) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(settings, "settings");
        RequestRange range = settings.range().orElse(new RequestRange(Math.max(1, envelope.range().fromRequestsPerMonth()),
                envelope.range().toRequestsPerMonth()));
        double x0 = Math.log10(Math.max(1, range.fromRequestsPerMonth()));
        double x1 = Math.log10(Math.max(range.toRequestsPerMonth(), Math.max(1, range.fromRequestsPerMonth()) * 10));
        List<Option> options = envelope.options();
        int w = settings.widthPx();
        int h = settings.heightPx();
        double[] requests = new double[SAMPLES + 1];
        double[][] costs = new double[options.size()][SAMPLES + 1];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = 0; k <= SAMPLES; k++) {
            requests[k] = Math.pow(10, x0 + (x1 - x0) * k / SAMPLES);
            for (int i = 0; i < options.size(); i++) {
                costs[i][k] = options.get(i).model().comparableCost(Math.floor(requests[k]));
                if (costs[i][k] > 0) {
                    lo = Math.min(lo, costs[i][k]);
                }
                hi = Math.max(hi, costs[i][k]);
            }
        }
        boolean logCost = settings.logCost() && lo < Double.POSITIVE_INFINITY;
        double y0 = logCost ? Math.floor(Math.log10(lo)) : 0;
        double y1 = logCost ? Math.ceil(Math.log10(Math.max(hi, lo * 10))) : Math.max(hi, 1) * 1.05;
        Plot plot = new Plot(LEFT, TOP, w - LEFT - RIGHT, h - TOP - BOTTOM, x0, x1, y0, y1, logCost);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", w, h, w, h));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(w / 2.0, 24, "middle", 15, "Monthly bill of each option by traffic: cheapest shaded"));
        // The traffic axis shaded by the cheapest option of each band.
        for (Band band : envelope.bands()) {
            double a = Math.max(plot.x(Math.max(1, band.fromRequestsPerMonth())), plot.left);
            double b = Math.min(plot.x(Math.max(1, band.toRequestsPerMonth() + 1.0)), plot.left + plot.width);
            if (b > a) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                        + " fill-opacity=\"0.12\"/>\n", a, plot.top, b - a, plot.height,
                        COLOURS[options.indexOf(band.cheapest()) % COLOURS.length]));
            }
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\""
                + " stroke=\"#444\"/>\n", LEFT, TOP, plot.width, plot.height));
        for (int d = (int) Math.ceil(x0); d <= (int) Math.floor(x1); d++) {
            double x = plot.x(Math.pow(10, d));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n",
                    x, plot.top, x, plot.top + plot.height));
            svg.append(text(x, plot.top + plot.height + 16, "middle", 11, Format.brief(Math.pow(10, d))));
        }
        if (logCost) {
            for (int d = (int) y0; d <= (int) y1; d++) {
                double y = plot.y(Math.pow(10, d));
                svg.append(text(LEFT - 6, y + 4, "end", 11, Format.brief(Math.pow(10, d))));
            }
        } else {
            for (int t = 0; t <= 4; t++) {
                double v = y1 * t / 4;
                svg.append(text(LEFT - 6, plot.y(v) + 4, "end", 11, Format.brief(v)));
            }
        }
        svg.append(text(plot.left + plot.width / 2, plot.top + plot.height + 36, "middle", 12, "requests/month"));
        svg.append(text(16, plot.top - 12, "start", 12, scenario.pricing().currency() + "/month"));
        for (int i = 0; i < options.size(); i++) {
            StringBuilder points = new StringBuilder();
            for (int k = 0; k <= SAMPLES; k++) {
                if (!logCost || costs[i][k] > 0) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", plot.x(requests[k]), plot.y(costs[i][k])));
                }
            }
            svg.append(String.format(Locale.ROOT, "<polyline id=\"option-%d\" points=\"%s\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"2\"/>\n", i + 1, points.toString().strip(), COLOURS[i % COLOURS.length]));
        }
        int n = 0;
        for (Switch s : envelope.switches()) {
            n++;
            double x = plot.x(Math.max(1, s.requestsPerMonth()));
            if (x < plot.left || x > plot.left + plot.width) {
                continue;
            }
            svg.append(String.format(Locale.ROOT, "<line id=\"switch-%d\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                    + " stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n", n, x, plot.top, x, plot.top + plot.height));
            svg.append(text(x + 3, plot.top + 14 + 14 * ((n - 1) % 3), "start", 11,
                    s.cheaperAbove().name() + " from " + Format.brief(s.requestsPerMonth())));
        }
        double legendY = h - BOTTOM + 56;
        for (int i = 0; i < options.size(); i++) {
            double x = LEFT + (i % 4) * ((w - LEFT - RIGHT) / 4.0);
            double y = legendY + (i / 4) * 16;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"3\"/>\n", x, y - 4, x + 20, y - 4, COLOURS[i % COLOURS.length]));
            svg.append(text(x + 26, y, "start", 12, options.get(i).name()));
        }
        svg.append(text(w - RIGHT, h - 8, "end", 10, "Pricing " + scenario.pricing().version()
                + "; compared lines only; breakeven"));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /**
     * Wraps the chart in a self-contained HTML page with the text report below it.
     *
     * @param scenario the scenario
     * @param envelope its envelope
     * @param svg the chart
     * @return the HTML text
     */
    public static String html(Scenario scenario, Envelope envelope, String svg) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>breakeven: the cheapest of "
                + envelope.options().size() + " options</title></head>\n<body>\n" + svg + "<pre>"
                + String.join("\n", EnvelopeReport.text(scenario, envelope).lines().map(HtmlReport::escape).toList())
                + "</pre>\n</body></html>\n";
    }

    private static String text(double x, double y, String anchor, int size, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>\n",
                x, y, anchor, size, HtmlReport.escape(content));
    }

    /** Where a (requests, cost) point lies in the picture. */
    private record Plot(double left, double top, double width, double height, double x0, double x1, double y0,
            double y1, boolean logCost) {

        double x(double requests) {
            return left + (Math.log10(requests) - x0) / (x1 - x0) * width;
        }

        double y(double cost) {
            double v = logCost ? (Math.log10(Math.max(cost, Math.pow(10, y0))) - y0) / (y1 - y0) : cost / y1;
            return top + height - v * height;
        }
    }
}
