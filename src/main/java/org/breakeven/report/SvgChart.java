package org.breakeven.report;

import java.util.Objects;
import org.breakeven.BreakevenResult;
import org.breakeven.Scenario;

/**
 * A break-even chart as SVG: both monthly bills against requests per month on a log axis, the
 * cluster's node steps, the cheaper side shaded, each crossing marked and labelled, the workload's own
 * traffic marked, and the pricing version in the footer. Drawn offline with JFreeChart and JFreeSVG,
 * optional dependencies that the command-line jar bundles.
 * <p>
 * The SVG's elements with ids {@code lambda-bill} and {@code cluster-bill} are the two curves, and
 * {@code crossing-1}, {@code crossing-2}, ... the crossing markers, centred on the crossing; {@link #mapping()}
 * says where any (requests, cost) point lies in the picture.
 * <pre>{@code
 * jshell> SvgChart chart = SvgChart.of(Breakeven.defaultScenario(), ChartSettings.DEFAULT);
 * jshell> Files.writeString(Path.of("breakeven.svg"), chart.svg())
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SvgChart {

    private final String svg;
    private final ChartMapping mapping;
    private final BreakevenResult result;

    SvgChart(String svg, ChartMapping mapping, BreakevenResult result) {
        this.svg = Objects.requireNonNull(svg, "svg");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.result = Objects.requireNonNull(result, "result");
    }

    /**
     * Draws the chart of a scenario, solving it first.
     *
     * @param scenario the scenario
     * @param settings the range and size
     * @return the chart
     * @throws IllegalStateException if JFreeChart or JFreeSVG is not on the class path
     */
    public static SvgChart of(Scenario scenario, ChartSettings settings) {
        return of(scenario, scenario.solve(), settings);
    }

    /**
     * Draws the chart of a scenario that has been solved.
     *
     * @param scenario the scenario
     * @param result the scenario's result
     * @param settings the range and size
     * @return the chart
     * @throws IllegalStateException if JFreeChart or JFreeSVG is not on the class path
     */
    public static SvgChart of(Scenario scenario, BreakevenResult result, ChartSettings settings) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(settings, "settings");
        try {
            Class.forName("org.jfree.chart.JFreeChart", false, SvgChart.class.getClassLoader());
            Class.forName("org.jfree.svg.SVGGraphics2D", false, SvgChart.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("charts need org.jfree:jfreechart and org.jfree:org.jfree.svg on the class "
                    + "path; the breakeven -cli jar has both", e);
        }
        return ChartDrawing.draw(scenario, result, settings);
    }

    /**
     * Gets the SVG document.
     *
     * @return the SVG text
     */
    public String svg() {
        return svg;
    }

    /**
     * Gets where the chart draws a (requests, cost) point.
     *
     * @return the mapping
     */
    public ChartMapping mapping() {
        return mapping;
    }

    /**
     * Gets the break-even result that the chart shows.
     *
     * @return the result
     */
    public BreakevenResult result() {
        return result;
    }

    @Override
    public String toString() {
        return "SvgChart of " + org.breakeven.bill.Format.brief(mapping.fromRequestsPerMonth()) + " to "
                + org.breakeven.bill.Format.brief(mapping.toRequestsPerMonth()) + " requests/month, " + svg.length()
                + " characters";
    }
}
