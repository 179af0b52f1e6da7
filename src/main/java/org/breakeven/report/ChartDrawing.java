package org.breakeven.report;

import org.breakeven.CostCurves;
import org.breakeven.Sweep;
import org.breakeven.workload.RequestRange;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.breakeven.BreakevenResult;
import org.breakeven.Crossing;
import org.breakeven.bill.Format;
import org.breakeven.Interval;
import org.breakeven.Scenario;
import org.breakeven.bill.Side;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a {@link SvgChart} with JFreeChart onto JFreeSVG's Graphics2D. The only class that sees either
 * library, so that both stay optional and out of every public signature.
 * <p>
 * It draws what the library computed: the curves of {@link CostCurves}, the intervals and crossings of the
 * {@link BreakevenResult} and the sentence of its {@link org.breakeven.BreakEven}; it computes none of them.
 * <p>
 * This class is immutable and thread-safe.
 */
final class ChartDrawing {

    static final Color LAMBDA = new Color(0xD9, 0x5F, 0x02);
    static final Color CLUSTER = new Color(0x1F, 0x5F, 0xBF);
    private static final Color LAMBDA_SHADE = new Color(0xD9, 0x5F, 0x02, 30);
    private static final Color CLUSTER_SHADE = new Color(0x1F, 0x5F, 0xBF, 30);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final String FONT = "SansSerif";
    /** Widens each axis by this share, so that a tick exactly at either end still gets its label. */
    private static final double EDGE = 1e-9;

    private ChartDrawing() {
    }

    static SvgChart draw(Scenario scenario, BreakevenResult result, ChartSettings settings) {
        RequestRange range = xRange(scenario, result, settings);
        double lo = range.fromRequestsPerMonth();
        double hi = range.toRequestsPerMonth();
        CostCurves curves = CostCurves.of(scenario, range);
        double[] xs = curves.requestsPerMonth();
        double[][] costs = {curves.serverless(), curves.cluster()};

        XYSeries lambdaSeries = new XYSeries(lambdaLabel(scenario), false, true);
        XYSeries clusterSeries = new XYSeries(clusterLabel(scenario), false, true);
        double minPositive = curves.minPositiveCost();
        double max = curves.maxCost();
        if (max <= 0) {
            max = 1;
            minPositive = 0.01;
        }
        double yLo;
        double yHi;
        if (settings.logCost()) {
            yHi = Math.pow(10, Math.ceil(Math.log10(max) + 1e-9));
            yLo = Math.max(Math.pow(10, Math.floor(Math.log10(minPositive))), yHi / 1e7);
        } else {
            yLo = 0;
            yHi = max * 1.08;
        }
        for (int i = 0; i < xs.length; i++) {
            lambdaSeries.add(xs[i], settings.logCost() ? Math.max(costs[0][i], yLo) : costs[0][i]);
            clusterSeries.add(xs[i], settings.logCost() ? Math.max(costs[1][i], yLo) : costs[1][i]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(lambdaSeries);
        data.addSeries(clusterSeries);

        String currency = Format.printable(scenario.pricing().currency());
        LogAxis xAxis = new LogAxis("Requests per month (log scale)");
        xAxis.setBase(10);
        xAxis.setRange(lo * (1 - EDGE), hi * (1 + EDGE));
        xAxis.setNumberFormatOverride(new ShortNumberFormat(""));
        decades(xAxis, lo, hi);
        style(xAxis);
        ValueAxis yAxis;
        if (settings.logCost()) {
            LogAxis log = new LogAxis("Monthly bill (" + currency + " per month, log scale)");
            log.setBase(10);
            log.setNumberFormatOverride(new ShortNumberFormat(currency + " "));
            yAxis = log;
            decades(log, yLo, yHi);
        } else {
            NumberAxis linear = new NumberAxis("Monthly bill (" + currency + " per month)");
            linear.setNumberFormatOverride(new ShortNumberFormat(currency + " "));
            linear.setTickUnit(new NumberTickUnit(niceStep(yHi / 8)), false, true);
            yAxis = linear;
        }
        yAxis.setRange(settings.logCost() ? yLo * (1 - EDGE) : yLo, yHi * (1 + EDGE));
        style(yAxis);

        XYLineAndShapeRenderer renderer = new IdentifiedLines(new String[] {"lambda-bill", "cluster-bill"});
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, LAMBDA);
        renderer.setSeriesPaint(1, CLUSTER);
        Stroke line = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        renderer.setSeriesStroke(0, line);
        renderer.setSeriesStroke(1, line);
        renderer.setDefaultLegendTextFont(new Font(FONT, Font.PLAIN, 13));

        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0xBB, 0xBB, 0xBB));
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        for (Interval interval : result.intervals()) {
            // An interval holds whole requests up to and including its last: shade up to the next one's first.
            double from = Math.max(interval.fromRequestsPerMonth(), lo);
            double to = Math.min(interval.toRequestsPerMonth() + 1.0, hi);
            if (to <= from) {
                continue;
            }
            boolean lambdaCheaper = interval.cheaper() == Side.SERVERLESS;
            IntervalMarker shade = new IntervalMarker(from, to, lambdaCheaper ? LAMBDA_SHADE : CLUSTER_SHADE);
            shade.setLabel(to / from > 3 ? (lambdaCheaper ? "Lambda cheaper" : "Cluster cheaper") : null);
            shade.setLabelFont(new Font(FONT, Font.BOLD, 13));
            shade.setLabelPaint(lambdaCheaper ? LAMBDA.darker() : CLUSTER.darker());
            shade.setLabelAnchor(RectangleAnchor.TOP);
            shade.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            shade.setLabelOffset(new RectangleInsets(8, 0, 0, 0));
            shade.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            plot.addDomainMarker(shade, Layer.BACKGROUND);
        }

        long current = scenario.workload().requestsPerMonth();
        if (current >= lo && current <= hi) {
            ValueMarker you = new ValueMarker(current, MUTED, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10, new float[] {2, 4}, 0));
            you.setLabel("Your traffic: " + Format.brief(current) + "/month");
            you.setLabelFont(new Font(FONT, Font.PLAIN, 12));
            you.setLabelPaint(MUTED);
            boolean nearRight = Math.log10(current / lo) > 0.75 * Math.log10(hi / lo);
            you.setLabelAnchor(nearRight ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
            you.setLabelTextAnchor(nearRight ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            you.setLabelOffset(new RectangleInsets(0, 4, 8, 4));
            you.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            plot.addDomainMarker(you, Layer.FOREGROUND);
        }

        int number = 0;
        for (Crossing crossing : result.crossings()) {
            number++;
            double n = crossing.requestsPerMonth();
            if (n < lo || n > hi) {
                continue;
            }
            double cost = crossing.bills().comparedServerless().amount().doubleValue();
            plot.addDomainMarker(new ValueMarker(n, INK, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)), Layer.FOREGROUND);
            plot.addAnnotation(new CrossingMarker(n, settings.logCost() ? Math.max(cost, yLo) : cost,
                    "crossing-" + number, "Break-even " + Format.brief(n) + " requests/month",
                    currency + " " + Format.cents(BigDecimal.valueOf(cost)) + "/month"
                            + (crossing.atNodeStep() ? ", where the cluster adds a node" : "")));
        }

        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(12, 12, 8, 16));
        TextTitle title = new TextTitle("Lambda vs EKS cluster: monthly bill by traffic", new Font(FONT, Font.BOLD, 18));
        title.setPaint(INK);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.setTitle(title);
        TextTitle answer = new TextTitle(answer(result), new Font(FONT, Font.PLAIN, 14));
        answer.setPaint(INK);
        answer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        answer.setPadding(new RectangleInsets(4, 0, 2, 0));
        LegendTitle legend = chart.getLegend();
        chart.removeLegend();
        chart.addSubtitle(answer);
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
        legend.setPadding(new RectangleInsets(0, 0, 6, 0));
        chart.addSubtitle(legend);
        TextTitle footer = new TextTitle("Pricing " + Format.printable(scenario.pricing().version()) + ", on-demand list prices."
                + " Lambda counts the lines the cluster does not pay too. Drawn by breakeven.",
                new Font(FONT, Font.PLAIN, 11));
        footer.setPaint(MUTED);
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        footer.setPadding(new RectangleInsets(8, 0, 0, 0));
        chart.addSubtitle(footer);

        SVGGraphics2D g2 = new SVGGraphics2D(settings.widthPx(), settings.heightPx());
        g2.setDefsKeyPrefix("breakeven-");
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle(settings.widthPx(), settings.heightPx()), info);
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        Rectangle2D area = plotInfo.getDataArea();
        ChartMapping mapping = new ChartMapping(area.getX(), area.getY(), area.getWidth(), area.getHeight(),
                xAxis.getLowerBound(), xAxis.getUpperBound(), yAxis.getLowerBound(), yAxis.getUpperBound(),
                settings.logCost());
        return new SvgChart(g2.getSVGDocument(), mapping, result);
    }

    /** The x range: as set, or {@link Sweep#around}. */
    static RequestRange xRange(Scenario scenario, BreakevenResult result, ChartSettings settings) {
        return settings.range().orElseGet(() -> Sweep.around(scenario, result));
    }

    private static String answer(BreakevenResult result) {
        String text = result.breakEven().sentence();
        if (result.crossings().size() > 1) {
            text += " (" + result.crossings().size() + " crossings in all)";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static String lambdaLabel(Scenario scenario) {
        return "Lambda: " + scenario.function().memoryMb() + " MB " + scenario.function().architecture() + ", "
                + Format.plain(BigDecimal.valueOf(scenario.function().durationMs())) + " ms"
                + (scenario.function().provisioned().equals(
                        org.breakeven.serverless.ProvisionedConcurrency.NONE) ? "" : ", Provisioned Concurrency");
    }

    private static String clusterLabel(Scenario scenario) {
        org.breakeven.cluster.NodeSizing nodes = scenario.cluster().nodes();
        String type = Format.printable(scenario.cluster().instanceType());
        return "EKS cluster: " + (nodes instanceof org.breakeven.cluster.NodeSizing.Fixed fixed
                ? fixed.nodes() + " x " + type
                : nodes instanceof org.breakeven.cluster.NodeSizing.Autoscaled scaled
                ? type + " nodes autoscaled by the hour (" + scaled.minimumNodes() + " to " + scaled.maximumNodes() + ")"
                : type + " nodes sized from peak traffic (at least " + nodes.minimumNodes() + ")")
                + (scenario.cluster().loadBalancers().count() > 0 ? ", " + scenario.cluster().loadBalancers() : "");
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code rough}. */
    static double niceStep(double rough) {
        double decade = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * decade >= rough) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    /** Ticks and grid lines at whole decades when the axis spans at least two. */
    private static void decades(LogAxis axis, double lo, double hi) {
        if (Math.log10(hi / lo) >= 2) {
            axis.setTickUnit(new NumberTickUnit(1), false, true);
        }
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(new Color(0x99, 0x99, 0x99));
        axis.setTickMarkPaint(new Color(0x99, 0x99, 0x99));
    }

    /** Lines whose SVG paths carry fixed ids, so that tests and stylesheets can find each curve. */
    private static final class IdentifiedLines extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final String[] ids;

        IdentifiedLines(String[] ids) {
            super(true, false);
            this.ids = ids.clone();
        }

        @Override
        protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
            if (series < ids.length) {
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, ids[series]);
            }
            super.drawFirstPassShape(g2, pass, series, item, shape);
        }
    }

    /** A ring on a crossing with a two-line label in a white box beside it. */
    private static final class CrossingMarker extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final double requests;
        private final double cost;
        private final String id;
        private final String first;
        private final String second;

        CrossingMarker(double requests, double cost, String id, String first, String second) {
            this.requests = requests;
            this.cost = cost;
            this.id = id;
            this.first = first;
            this.second = second;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                int rendererIndex, PlotRenderingInfo info) {
            double x = domainAxis.valueToJava2D(requests, dataArea, plot.getDomainAxisEdge());
            double y = rangeAxis.valueToJava2D(cost, dataArea, plot.getRangeAxisEdge());
            double r = 6;
            Ellipse2D ring = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
            g2.setPaint(Color.WHITE);
            g2.fill(ring);
            g2.setPaint(INK);
            g2.setStroke(new BasicStroke(2.5f));
            g2.draw(ring);

            Font bold = new Font(FONT, Font.BOLD, 13);
            Font plain = new Font(FONT, Font.PLAIN, 12);
            FontMetrics boldMetrics = g2.getFontMetrics(bold);
            FontMetrics plainMetrics = g2.getFontMetrics(plain);
            double w = Math.max(boldMetrics.stringWidth(first), plainMetrics.stringWidth(second)) + 16;
            double h = boldMetrics.getHeight() + plainMetrics.getHeight() + 10;
            // Up and to the left of a crossing both curves are lower (bills never fall as traffic grows), and
            // down and to the right both are higher: either corner leaves the curves clear.
            double bx = x - 14 - w;
            double by = y - h - 14;
            if (bx < dataArea.getMinX() || by < dataArea.getMinY()) {
                bx = x + 14;
                by = y + 14;
            }
            Paint box = new Color(255, 255, 255, 235);
            g2.setPaint(box);
            RoundRectangle2D frame = new RoundRectangle2D.Double(bx, by, w, h, 8, 8);
            g2.fill(frame);
            g2.setPaint(INK);
            g2.setStroke(new BasicStroke(1f));
            g2.draw(frame);
            g2.setFont(bold);
            g2.drawString(first, (float) (bx + 8), (float) (by + 5 + boldMetrics.getAscent()));
            g2.setFont(plain);
            g2.setPaint(MUTED);
            g2.drawString(second, (float) (bx + 8), (float) (by + 5 + boldMetrics.getHeight() + plainMetrics.getAscent()));
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof CrossingMarker other && other.requests == requests && other.cost == cost
                    && other.id.equals(id) && other.first.equals(first) && other.second.equals(second);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    /** Axis labels without exponent: 1, 10, 1K, 1M, 10B, or with a currency prefix: USD 0.01, USD 1,000. */
    private static final class ShortNumberFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final String prefix;

        ShortNumberFormat(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(prefix.isEmpty() ? requests(number) : prefix + money(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }

        private static String requests(double value) {
            String[] suffixes = {"", "K", "M", "B", "T"};
            int k = 0;
            double v = value;
            while (Math.abs(v) >= 1000 && k < suffixes.length - 1) {
                v /= 1000;
                k++;
            }
            return Format.plain(BigDecimal.valueOf(v).round(new java.math.MathContext(3))) + suffixes[k];
        }

        private static String money(double value) {
            if (value >= 1 || value == 0) {
                return Format.whole(value);
            }
            return Format.plain(BigDecimal.valueOf(value).round(new java.math.MathContext(2)));
        }
    }
}
