package org.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.breakeven.bill.Bill;
import org.breakeven.Breakeven;
import org.breakeven.Comparison;
import org.breakeven.Scenario;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/** The machine formats: FOCUS rows, CSV quoting, sweeps and the range a result is shown in. */
class ReportsTest {

    @Test
    void focus_tieredLine_splitsIntoOneRowPerTier() {
        // 700M requests through an HTTP API: 300M at 1.00 USD per million and 400M at 0.90, 660.00 in all.
        Scenario s = Breakeven.defaultScenario();
        s = s.withFunction(s.function().withDownstream(Downstream.items(DownstreamItem.of(DownstreamKind.API_GATEWAY_HTTP,
                1))));
        Comparison bills = s.at(700_000_000);
        String csv = FocusReport.of(List.of(bills.serverless()), s.pricing(), YearMonth.of(2026, 2));
        List<String[]> api = csv.lines().map(l -> l.split(",", -1)).filter(r -> r[col("ServiceName")].equals("Amazon API Gateway")).toList();
        assertThat(api).hasSize(2);
        assertThat(api.get(0)).contains("300000000", "Requests", "0.000001", "300", "1");
        assertThat(api.get(1)).contains("400000000", "Requests", "0.0000009", "360", "2");
        assertThat(api.get(0)[col("ChargePeriodStart")]).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(api.get(0)[col("ChargePeriodEnd")]).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(api.get(0)[col("SkuPriceId")]).isEqualTo("apigateway.http:tier-1");
        assertThat(api.get(1)[col("SkuPriceId")]).isEqualTo("apigateway.http:tier-2");
        // the consumed quantities add up to the 700M requests
        assertThat(api.get(0)[col("ConsumedQuantity")]).isEqualTo("300000000");
        assertThat(api.get(1)[col("ConsumedQuantity")]).isEqualTo("400000000");
    }

    @Test
    void focus_listCosts_addUpToTheExactBill() {
        Scenario s = Breakeven.defaultScenario();
        Comparison bills = s.at(123_456_789);
        for (Bill bill : List.of(bills.serverless(), bills.cluster())) {
            String csv = FocusReport.of(List.of(bill), s.pricing(), YearMonth.of(2026, 1));
            BigDecimal sum = csv.lines().skip(1).map(l -> new BigDecimal(l.split(",", -1)[col("ListCost")]))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(bill.exactTotal().amount());
        }
    }

    /** The position of a FOCUS column. */
    private static int col(String name) {
        return FocusReport.COLUMNS.indexOf(name);
    }

    @Test
    void focus_unit_followsTheUnitFormat() {
        assertThat(FocusReport.unit("GB-seconds")).isEqualTo("GB-Seconds");
        assertThat(FocusReport.unit("requests")).isEqualTo("Requests");
        assertThat(FocusReport.unit("instance-hours")).isEqualTo("Hours");
        assertThat(FocusReport.unit("LCU-hours")).isEqualTo("LCU-Hours");
        assertThat(FocusReport.unit("read request units")).isEqualTo("Read Request Units");
        assertThat(FocusReport.unit("GB-months")).isEqualTo("GB-Months");
    }

    @Test
    void csv_field_quotesOnlyWhenNeeded() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void json_points_andResult() {
        Scenario s = Breakeven.defaultScenario();
        String json = JsonReport.of(s, s.solve());
        assertThat(json).contains("\"breakEvenRequestsPerMonth\" : 52411544", "\"cheaperBelow\" : \"lambda\"",
                "\"rateId\" : \"lambda.duration.x86_64\"");
    }

    @Test
    void outputFormat_of() {
        assertThat(OutputFormat.of("FOCUS")).isEqualTo(OutputFormat.FOCUS);
        assertThat(OutputFormat.JSON).hasToString("json");
        assertThatThrownBy(() -> OutputFormat.of("xml")).hasMessage("format must be text, json, csv or focus but was: xml");
    }

    @Test
    void textTable_alignsColumns() {
        TextTable table = new TextTable(new String[] {"Name", "Amount"}, new boolean[] {false, true});
        table.row("a", "1.00").note("-- between").row("longer", "100.00");
        assertThat(table.render("  ")).isEqualTo("  Name    Amount\n  ------  ------\n  a         1.00\n  -- between\n"
                + "  longer  100.00\n");
    }

    @Test
    void htmlReport_escapes() {
        assertThat(HtmlReport.escape("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }
}
