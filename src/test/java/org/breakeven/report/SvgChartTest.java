package org.breakeven.report;

import org.breakeven.Sweep;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.breakeven.Breakeven;
import org.breakeven.BreakevenResult;
import org.breakeven.Crossing;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Checks the chart against the numbers: the SVG is XML, each curve passes through the bills computed
 * exactly at sampled traffic, and the crossing marker sits at the solver's answer.
 */
class SvgChartTest {

    /** How far, in px, a drawn curve may pass from an exactly computed bill: rounding to cents and SVG's precision. */
    private static final double TOLERANCE_PX = 1.0;

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The DOCTYPE names the SVG 1.0 DTD on the web; a test must not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(svg)));
    }

    static Element byId(Document document, String id) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    /** The vertices of the path inside the group with this id. */
    static List<double[]> polyline(Document document, String id) {
        Element group = byId(document, id);
        Element path = group.getLocalName().equals("path") ? group
                : (Element) group.getElementsByTagNameNS("*", "path").item(0);
        String d = path.getAttribute("d");
        List<double[]> points = new ArrayList<>();
        for (String command : d.split("(?=[ML])")) {
            if (command.isBlank()) {
                continue;
            }
            String[] xy = command.substring(1).trim().split("[ ,]+");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }

    /** The distance from a point to the nearest segment of a polyline. */
    static double distance(List<double[]> line, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < line.size(); i++) {
            double[] a = line.get(i);
            double[] b = line.get(i + 1);
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double t = dx == 0 && dy == 0 ? 0 : ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy);
            t = Math.max(0, Math.min(1, t));
            best = Math.min(best, Math.hypot(a[0] + t * dx - x, a[1] + t * dy - y));
        }
        return best;
    }

    /** The exact, unrounded total of the lines a comparison counts (cents matter on a log axis at low traffic). */
    static double comparableExact(org.breakeven.bill.Bill bill) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (org.breakeven.bill.LineItem item : bill.items()) {
            if (!item.paidByClusterToo()) {
                total = total.add(item.amount().amount());
            }
        }
        return total.doubleValue();
    }

    private static void assertCurvesMatchBills(Scenario scenario, ChartSettings settings) throws Exception {
        SvgChart chart = SvgChart.of(scenario, settings);
        Document svg = parse(chart.svg());
        ChartMapping map = chart.mapping();
        List<double[]> lambda = polyline(svg, "lambda-bill");
        List<double[]> cluster = polyline(svg, "cluster-bill");
        long[] samples = Sweep.requests(map.fromRequestsPerMonth() * 1.01, map.toRequestsPerMonth() * 0.99, 13, 4);
        for (long n : samples) {
            var bills = scenario.at(n);
            double x = map.x(n);
            double lambdaY = map.y(comparableExact(bills.serverless()));
            double clusterY = map.y(comparableExact(bills.cluster()));
            assertThat(distance(lambda, x, lambdaY)).as("Lambda at %d requests/month", n).isLessThan(TOLERANCE_PX);
            assertThat(distance(cluster, x, clusterY)).as("cluster at %d requests/month", n).isLessThan(TOLERANCE_PX);
        }
    }

    @Test
    void of_defaultScenario_curvesPassThroughTheBills() throws Exception {
        assertCurvesMatchBills(Breakeven.defaultScenario(), ChartSettings.DEFAULT);
    }

    @Test
    void of_linearCostAxis_curvesPassThroughTheBills() throws Exception {
        assertCurvesMatchBills(Breakeven.defaultScenario(), ChartSettings.DEFAULT.withRange(1e6, 1e9).withLinearCost());
    }

    @Test
    void of_clusterSizedFromTraffic_curvesPassThroughTheBills() throws Exception {
        assertCurvesMatchBills(ScenarioFile.read(Path.of("examples", "steady-high-throughput.json")),
                ChartSettings.DEFAULT);
    }

    @Test
    void of_crossingMarker_sitsAtTheSolversAnswer() throws Exception {
        Scenario scenario = Breakeven.defaultScenario();
        BreakevenResult result = scenario.solve();
        SvgChart chart = SvgChart.of(scenario, result, ChartSettings.DEFAULT);
        Crossing crossing = result.crossings().get(0);
        Element marker = byId(parse(chart.svg()), "crossing-1");
        double cost = comparableExact(crossing.bills().serverless());
        assertThat(Double.parseDouble(marker.getAttribute("cx"))).isCloseTo(
                chart.mapping().x(crossing.requestsPerMonth()), within(0.5));
        assertThat(Double.parseDouble(marker.getAttribute("cy"))).isCloseTo(chart.mapping().y(cost), within(0.5));
    }

    @Test
    void of_nodeSteps_areVerticalJumpsOfTheClusterCurve() throws Exception {
        // The spiky webhook example adds a c6i.large node every 9,460,800 requests/month (ExamplesTest), so a
        // chart from 10M to 100M shows the steps at 18.9M, 28.4M, ... 94.6M: nine of them.
        Scenario scenario = ScenarioFile.read(Path.of("examples", "webhook-processor-spiky.yaml"));
        SvgChart chart = SvgChart.of(scenario, ChartSettings.DEFAULT.withRange(1e7, 1e8));
        List<double[]> cluster = polyline(parse(chart.svg()), "cluster-bill");
        int steps = 0;
        for (int i = 0; i + 1 < cluster.size(); i++) {
            double[] a = cluster.get(i);
            double[] b = cluster.get(i + 1);
            if (Math.abs(b[0] - a[0]) < 0.01 && a[1] - b[1] > 0.5) {
                steps++;
            }
        }
        assertThat(steps).isEqualTo(9);
    }

    @Test
    void of_textOfTheChart_namesTheAnswerAxesAndPricingVersion() throws Exception {
        SvgChart chart = SvgChart.of(Breakeven.defaultScenario(), ChartSettings.DEFAULT);
        String text = parse(chart.svg()).getDocumentElement().getTextContent();
        assertThat(text).contains("Break-even at 52.4M requests/month", "Requests per month (log scale)",
                "Pricing aws/us-east-1@2026-10-01", "Lambda cheaper", "Cluster cheaper", "Break-even 52.4M requests/month");
    }

    @Test
    void of_isTheSameEveryTime() {
        assertThat(SvgChart.of(Breakeven.defaultScenario(), ChartSettings.DEFAULT).svg())
                .isEqualTo(SvgChart.of(Breakeven.defaultScenario(), ChartSettings.DEFAULT).svg());
    }

    @Test
    void chartSettings_badRange() {
        assertThatThrownBy(() -> ChartSettings.DEFAULT.withRange(1e9, 1e6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toRequestsPerMonth must be greater than fromRequestsPerMonth (1,000,000,000 requests/month)"
                        + " but was: 1,000,000");
        assertThatThrownBy(() -> ChartSettings.DEFAULT.withSize(100, 600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("widthPx must be between 300 and 4000 px but was: 100");
    }

    /** 0 to 0 was the internal marker of an automatic range; it is now a range like any other, and refused. */
    @Test
    void chartSettings_zeroToZero_isRefused() {
        assertThatThrownBy(() -> ChartSettings.DEFAULT.withRange(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toRequestsPerMonth must be greater than fromRequestsPerMonth (0 requests/month) but was: 0");
        assertThatThrownBy(() -> ChartSettings.DEFAULT.withRange(new RequestRange(0, 1e9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromRequestsPerMonth must be between 1 and 10000000000000 requests/month on a log scale"
                        + " but was: 0");
        assertThatThrownBy(() -> new ChartSettings(null, true, 1000, 620))
                .isInstanceOf(NullPointerException.class).hasMessage("range");
    }

    @Test
    void chartSettings_automaticRange() {
        assertThat(ChartSettings.DEFAULT.automaticRange()).isTrue();
        assertThat(ChartSettings.DEFAULT.range()).isEmpty();
        ChartSettings fixed = ChartSettings.DEFAULT.withRange(1e6, 1e9);
        assertThat(fixed.automaticRange()).isFalse();
        assertThat(fixed.range()).contains(new RequestRange(1e6, 1e9));
        assertThat(fixed.withAutomaticRange()).isEqualTo(ChartSettings.DEFAULT);
        assertThat(ChartSettings.DEFAULT).hasToString("chart of an automatic range of requests/month, log cost axis,"
                + " 1000 x 620 px");
    }

    @Test
    void chartSettings_toString() {
        assertThat(ChartSettings.DEFAULT.withRange(1e6, 1e9).withLinearCost())
                .hasToString("chart of 1.0M to 1.0B requests/month, linear cost axis, 1000 x 620 px");
    }

    @Test
    void chartMapping_logAxes() {
        ChartMapping map = new ChartMapping(100, 50, 800, 400, 1e3, 1e9, 0.01, 1e4, true);
        assertThat(map.x(1e3)).isEqualTo(100);
        assertThat(map.x(1e6)).isCloseTo(500, within(1e-9));
        assertThat(map.y(1e4)).isCloseTo(50, within(1e-9));
        assertThat(map.y(1)).isCloseTo(50 + 400 * 4.0 / 6, within(1e-9));
        assertThat(map.y(0)).isEqualTo(450);
    }
}
