package org.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.breakeven.Breakeven;
import org.breakeven.PricingImpact;
import org.breakeven.issues.Issue8Tables;
import org.breakeven.pricing.Allowance;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingDiff;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Source;
import org.breakeven.pricing.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pricing reports render what the pricing package computed: the shipped versions, one table, a
 * {@link PricingDiff} and a {@link PricingImpact}. The small tables here are built in the test and their prices
 * are test data, not rates; the shipped tables' figures are cited where they are used.
 */
class PricingReportTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final LocalDate DAY = LocalDate.of(2024, 11, 1);
    private static final Source SOURCE = new Source("s", "A source", null, DAY, DAY.plusDays(1));
    private static final PricingTable JULY = PricingTables.version("aws/us-east-1@2024-07-01");
    private static final PricingTable NOVEMBER = PricingTables.version("aws/us-east-1@2024-11-01");

    @TempDir
    Path dir;

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static Tier tier(String from, String to, String price) {
        return new Tier(dec(from), to == null ? null : dec(to), dec(price));
    }

    private static PricingTable empty(String title) {
        return PricingTable.of("aws", "test-1", DAY, "USD", title).withSource(SOURCE);
    }

    /**
     * The older of two small tables: a flat rate a, a tiered rate b, a flat rate c, an allowance and an instance type.
     */
    private static PricingTable older() {
        return empty("Older")
                .withRate(Rate.flat("a", "USD per unit", dec("0.3"), "s"))
                .withRate(Rate.tiered("b", "USD per unit", List.of(tier("0", "100", "0.3"), tier("100", null, "0.2")), "s",
                        ""))
                .withRate(Rate.flat("c", "USD per unit", BigDecimal.ONE, "s"))
                .withRate(Rate.flat("e", "USD per unit", dec("0.1"), "s"))
                .withAllowance(new Allowance("free", dec("1000"), "requests per month", "s", ""))
                .withInstance(new InstanceType("t3.medium", 2, dec("4"), "x86_64", dec("0.0416"), "s"));
    }

    /**
     * The newer: a pays 0.2 from 100 (0.3 below, as before); b is cut at 50 as well, at the same prices (no change);
     * c is gone; d is new, tiered; e is priced per item; the allowance doubles; the instance type has 8 GiB and
     * costs 0.05.
     */
    private static PricingTable newer() {
        return empty("Newer")
                .withRate(Rate.tiered("a", "USD per unit", List.of(tier("0", "100", "0.3"), tier("100", null, "0.2")), "s",
                        ""))
                .withRate(Rate.tiered("b", "USD per unit", List.of(tier("0", "50", "0.3"), tier("50", "100", "0.30"),
                        tier("100", null, "0.2")), "s", ""))
                .withRate(Rate.tiered("d", "USD per unit", List.of(tier("0", "10", "0.5"), tier("10", null, "0.4")), "s", ""))
                .withRate(Rate.flat("e", "USD per item", dec("0.1"), "s"))
                .withAllowance(new Allowance("free", dec("2000"), "requests per month", "s", ""))
                .withInstance(new InstanceType("t3.medium", 2, dec("8"), "x86_64", dec("0.05"), "s"));
    }

    @Test
    void versions_text() {
        assertThat(PricingReport.versions(PricingTables.versions(), OutputFormat.TEXT)).isEqualTo("""
                Version                   Provider  Region     Effective   File
                ------------------------  --------  ---------  ----------  -------------------------------------
                aws/eu-west-1@2026-10-01  aws       eu-west-1  2026-10-01  pricing/aws/eu-west-1/2026-10-01.json
                aws/eu-west-1@2026-10-02  aws       eu-west-1  2026-10-02  pricing/aws/eu-west-1/2026-10-02.json
                aws/us-east-1@2024-07-01  aws       us-east-1  2024-07-01  pricing/aws/us-east-1/2024-07-01.json
                aws/us-east-1@2024-11-01  aws       us-east-1  2024-11-01  pricing/aws/us-east-1/2024-11-01.json
                aws/us-east-1@2026-10-01  aws       us-east-1  2026-10-01  pricing/aws/us-east-1/2026-10-01.json
                """);
    }

    @Test
    void versions_csvAndJson() throws Exception {
        assertThat(PricingReport.versions(PricingTables.versions(), OutputFormat.CSV)).isEqualTo("""
                version,provider,region,effectiveDate,path
                aws/eu-west-1@2026-10-01,aws,eu-west-1,2026-10-01,aws/eu-west-1/2026-10-01.json
                aws/eu-west-1@2026-10-02,aws,eu-west-1,2026-10-02,aws/eu-west-1/2026-10-02.json
                aws/us-east-1@2024-07-01,aws,us-east-1,2024-07-01,aws/us-east-1/2024-07-01.json
                aws/us-east-1@2024-11-01,aws,us-east-1,2024-11-01,aws/us-east-1/2024-11-01.json
                aws/us-east-1@2026-10-01,aws,us-east-1,2026-10-01,aws/us-east-1/2026-10-01.json
                """);
        JsonNode json = JSON.readTree(PricingReport.versions(PricingTables.versions(), OutputFormat.JSON));
        assertThat(json.get("versions")).hasSize(5);
        assertThat(json.at("/versions/3/version").asText()).isEqualTo("aws/us-east-1@2024-11-01");
        assertThat(json.at("/versions/3/path").asText()).isEqualTo("aws/us-east-1/2024-11-01.json");
    }

    /** A source without an address says so, rather than printing "null". */
    @Test
    void show_text() {
        assertThat(PricingReport.show(older(), OutputFormat.TEXT)).isEqualTo("""
                aws/test-1@2024-11-01: Older
                Currency USD, read from built in code

                Rates:
                  Rate  Price                      Unit          Source
                  ----  -------------------------  ------------  ------
                  a     0.3                        USD per unit  s
                  b     0.3 to 100; 0.2 above 100  USD per unit  s
                  c     1                          USD per unit  s
                  e     0.1                        USD per unit  s

                Allowances:
                  Allowance  Quantity  Unit                Source
                  ---------  --------  ------------------  ------
                  free           1000  requests per month  s

                Instance types:
                  Type       vCPU  Memory GiB  Architecture  USD/hour  Source
                  ---------  ----  ----------  ------------  --------  ------
                  t3.medium     2           4  x86_64          0.0416  s

                Sources:
                  s: A source
                    (no address) (published 2024-11-01, read 2024-11-02)
                """);
    }

    /**
     * Text from a table that a terminal would act on (ESC starting a colour, a line break, a bidirectional
     * override) is shown escaped in the text and CSV reports: {@code pricing show} must not let a table
     * recolour, move or rewrite what the terminal shows. JSON escapes control characters itself.
     */
    @Test
    void show_terminalEscapes_escaped() throws Exception {
        String esc = String.valueOf((char) 27);
        Source source = new Source("s" + esc + "[2J", "A source" + esc + "]0;pwned\u0007", "https://example.org/" + esc
                + "[1m", DAY, DAY);
        PricingTable table = PricingTable.of("aws", "test-1", DAY, "USD", "Mine" + esc + "[31m red\nsecond line")
                .withSource(source)
                .withRate(Rate.flat("a" + esc + "[0m", "USD per unit\u202e", dec("0.3"), source.key()))
                .withAllowance(new Allowance("free\r", dec("1000"), "requests per month", source.key(), ""))
                .withInstance(new InstanceType("t3" + esc + "[8m", 2, dec("4"), "x86_64", dec("0.0416"), source.key()));

        String text = PricingReport.show(table, OutputFormat.TEXT);
        String csv = PricingReport.show(table, OutputFormat.CSV);

        assertThat(text).doesNotContain(esc, "\r", "\u202e", "\u0007").isEqualTo("""
                aws/test-1@2024-11-01: Mine\\u001B[31m red\\u000Asecond line
                Currency USD, read from built in code

                Rates:
                  Rate        Price  Unit                Source
                  ----------  -----  ------------------  ----------
                  a\\u001B[0m  0.3    USD per unit\\u202E  s\\u001B[2J

                Allowances:
                  Allowance   Quantity  Unit                Source
                  ----------  --------  ------------------  ----------
                  free\\u000D      1000  requests per month  s\\u001B[2J

                Instance types:
                  Type         vCPU  Memory GiB  Architecture  USD/hour  Source
                  -----------  ----  ----------  ------------  --------  ----------
                  t3\\u001B[8m     2           4  x86_64          0.0416  s\\u001B[2J

                Sources:
                  s\\u001B[2J: A source\\u001B]0;pwned\\u0007
                    https://example.org/\\u001B[1m (published 2024-11-01, read 2024-11-01)
                """);
        assertThat(csv).doesNotContain(esc, "\r", "\u202e").isEqualTo("""
                kind,id,unit,tier,fromInclusive,toExclusive,value,source
                rate,a\\u001B[0m,USD per unit\\u202E,1,0,,0.3,s\\u001B[2J
                allowance,free\\u000D,requests per month,,,,1000,s\\u001B[2J
                instance,t3\\u001B[8m,USD per instance-hour,,,,0.0416,s\\u001B[2J
                """);
        assertThat(JSON.readTree(PricingReport.show(table, OutputFormat.JSON)).get("title").asText())
                .isEqualTo(table.title());
    }

    /** The same in a diff: a rate whose key and unit hold terminal escapes is listed escaped, in text and CSV. */
    @Test
    void diff_terminalEscapes_escaped() {
        String esc = String.valueOf((char) 27);
        PricingDiff diff = PricingDiff.between(empty("Older"), empty("Newer")
                .withRate(Rate.flat("a" + esc + "[0m", "USD per unit" + esc + "[1m", dec("0.3"), "s")));

        assertThat(PricingReport.diff(diff, OutputFormat.TEXT)).doesNotContain(esc).isEqualTo("""
                From aws/test-1@2024-11-01 to aws/test-1@2024-11-01: 1 change (1 added)
                  Change  Entry            Usage  Unit                   Before  After  Difference
                  ------  ---------------  -----  ---------------------  ------  -----  ----------
                  added   rate a\\u001B[0m  all    USD per unit\\u001B[1m  (none)    0.3
                """);
        assertThat(PricingReport.diff(diff, OutputFormat.CSV)).doesNotContain(esc)
                .endsWith("\nadded,rate,a\\u001B[0m,0,,,USD per unit\\u001B[1m,,0.3,,\n");
    }

    @Test
    void show_csvAndJson() throws Exception {
        assertThat(PricingReport.show(older(), OutputFormat.CSV)).isEqualTo("""
                kind,id,unit,tier,fromInclusive,toExclusive,value,source
                rate,a,USD per unit,1,0,,0.3,s
                rate,b,USD per unit,1,0,100,0.3,s
                rate,b,USD per unit,2,100,,0.2,s
                rate,c,USD per unit,1,0,,1,s
                rate,e,USD per unit,1,0,,0.1,s
                allowance,free,requests per month,,,,1000,s
                instance,t3.medium,USD per instance-hour,,,,0.0416,s
                """);
        JsonNode json = JSON.readTree(PricingReport.show(older(), OutputFormat.JSON));
        assertThat(json.get("version").asText()).isEqualTo("aws/test-1@2024-11-01");
        assertThat(json.at("/rates/b/tiers/1/fromInclusive").decimalValue()).isEqualByComparingTo("100");
        assertThat(json.at("/rates/b/tiers/1/toExclusive").isNull()).isTrue();
        assertThat(json.at("/allowances/free/quantity").decimalValue()).isEqualByComparingTo("1000");
        assertThat(json.at("/instances/t3.medium/hourlyPrice").decimalValue()).isEqualByComparingTo("0.0416");
    }

    /**
     * Six changes: 1 added (d, one line per tier), 1 removed (c), 4 changed. Rate a's price from 100 falls from 0.3
     * to 0.2, -0.1, and -0.1 * 100 / 0.3 = -33.33%; rate b, cut at 50 at the same price, is no change; rate e
     * changed its unit, so its prices are not compared; the allowance goes from 1000 to 2000, +1000, +100%; the
     * t3.medium's price from 0.0416 to 0.05, +0.0084, and 0.0084 * 100 / 0.0416 = 20.19%.
     */
    @Test
    void diff_text() {
        assertThat(PricingReport.diff(PricingDiff.between(older(), newer()), OutputFormat.TEXT)).isEqualTo("""
                From aws/test-1@2024-11-01 to aws/test-1@2024-11-01: 6 changes (1 added, 1 removed, 4 changed)
                  Change   Entry                    Usage     Unit                                                  Before                         After  Difference
                  -------  -----------------------  --------  ----------------------------  ------------------------------  ----------------------------  --------------------------
                  changed  rate a                   from 100  USD per unit                                             0.3                           0.2  -0.1 (-33.33%)
                  removed  rate c                   all       USD per unit                                               1                        (none)
                  added    rate d                   0 to 10   USD per unit                                          (none)                           0.5
                                                    from 10   USD per unit                                          (none)                           0.4
                  changed  rate e                             USD per unit -> USD per item                             0.1                           0.1  unit changed; not compared
                  changed  allowance free                     requests per month                                      1000                          2000  +1000 (+100%)
                  changed  instance type t3.medium            USD per instance-hour         0.0416 (2 vCPU, 4 GiB, x86_64)  0.05 (2 vCPU, 8 GiB, x86_64)  +0.0084 (+20.19%)
                """);
    }

    /** The same six changes, one record per line of the text, numbers in full. */
    @Test
    void diff_csv() {
        assertThat(PricingReport.diff(PricingDiff.between(older(), newer()), OutputFormat.CSV)).isEqualTo(
                String.join(",", PricingReport.DIFF_COLUMNS) + "\n" + """
                changed,rate,a,100,,USD per unit,USD per unit,0.3,0.2,-0.1,-33.33
                removed,rate,c,0,,USD per unit,,1,,,
                added,rate,d,0,10,,USD per unit,,0.5,,
                added,rate,d,10,,,USD per unit,,0.4,,
                changed,rate,e,,,USD per unit,USD per item,0.1,0.1,,
                changed,allowance,free,,,requests per month,requests per month,1000,2000,1000,100
                changed,instance type,t3.medium,,,"USD per instance-hour of 2 vCPU, 4 GiB, x86_64",\
                "USD per instance-hour of 2 vCPU, 8 GiB, x86_64",0.0416,0.05,0.0084,20.19
                """);
    }

    /** JSON gives the counts, which add up, and each change with both entries and its exact differences. */
    @Test
    void diff_json() throws Exception {
        JsonNode json = JSON.readTree(PricingReport.diff(PricingDiff.between(older(), newer()), OutputFormat.JSON));

        assertThat(json.get("from").asText()).isEqualTo("aws/test-1@2024-11-01");
        assertThat(json.get("counts").toString()).isEqualTo("{\"added\":1,\"removed\":1,\"changed\":4,\"total\":6}");
        assertThat(json.get("changes")).hasSize(6);
        JsonNode a = json.at("/changes/0");
        assertThat(a.get("kind").asText()).isEqualTo("changed");
        assertThat(a.get("entry").asText()).isEqualTo("rate");
        assertThat(a.get("key").asText()).isEqualTo("a");
        assertThat(a.get("unitChanged").asBoolean()).isFalse();
        assertThat(a.at("/before/tiers")).hasSize(1);
        assertThat(a.at("/after/tiers")).hasSize(2);
        assertThat(a.get("differences")).hasSize(1);
        assertThat(a.at("/differences/0/fromInclusive").decimalValue()).isEqualByComparingTo("100");
        assertThat(a.at("/differences/0/toExclusive").isNull()).isTrue();
        assertThat(a.at("/differences/0/absolute").decimalValue()).isEqualByComparingTo("-0.1");
        // -0.1 * 100 / 0.3 = -33.333..., to 34 significant digits.
        assertThat(a.at("/differences/0/percent").decimalValue())
                .isEqualByComparingTo("-33.33333333333333333333333333333333");
        JsonNode removed = json.at("/changes/1");
        assertThat(removed.get("kind").asText()).isEqualTo("removed");
        assertThat(removed.get("after").isNull()).isTrue();
        assertThat(removed.get("differences")).isEmpty();
        JsonNode unit = json.at("/changes/3");
        assertThat(unit.get("unitChanged").asBoolean()).isTrue();
        assertThat(unit.at("/after/unit").asText()).isEqualTo("USD per item");
        assertThat(unit.get("differences")).isEmpty();
        assertThat(json.at("/changes/4/entry").asText()).isEqualTo("allowance");
        assertThat(json.at("/changes/4/differences/0/percent").decimalValue()).isEqualByComparingTo("100");
        JsonNode instance = json.at("/changes/5");
        assertThat(instance.get("entry").asText()).isEqualTo("instance type");
        assertThat(instance.at("/after/memoryGib").decimalValue()).isEqualByComparingTo("8");
        assertThat(instance.at("/differences/0/absolute").decimalValue()).isEqualByComparingTo("0.0084");
    }

    /** aws-rates.md §3: the DynamoDB on-demand price cut of 2024-11-01 halves both request-unit prices. */
    @Test
    void diff_dynamoDbPriceCut() {
        assertThat(PricingReport.diff(PricingDiff.between(JULY, NOVEMBER), OutputFormat.TEXT)).isEqualTo("""
                From aws/us-east-1@2024-07-01 to aws/us-east-1@2024-11-01: 2 changes (2 changed)
                  Change   Entry                           Usage  Unit                            Before        After  Difference
                  -------  ------------------------------  -----  --------------------------  ----------  -----------  -------------------
                  changed  rate dynamodb.readRequestUnit   all    USD per read request unit   0.00000025  0.000000125  -0.000000125 (-50%)
                  changed  rate dynamodb.writeRequestUnit  all    USD per write request unit  0.00000125  0.000000625  -0.000000625 (-50%)
                """);
    }

    @Test
    void diff_noChanges() throws Exception {
        PricingDiff none = PricingDiff.between(NOVEMBER, NOVEMBER);

        assertThat(PricingReport.diff(none, OutputFormat.TEXT))
                .isEqualTo("From aws/us-east-1@2024-11-01 to aws/us-east-1@2024-11-01: no changes\n");
        assertThat(PricingReport.diff(none, OutputFormat.CSV)).isEqualTo(String.join(",", PricingReport.DIFF_COLUMNS)
                + "\n");
        assertThat(JSON.readTree(PricingReport.diff(none, OutputFormat.JSON)).get("counts").toString())
                .isEqualTo("{\"added\":0,\"removed\":0,\"changed\":0,\"total\":0}");
    }

    /**
     * Issue 8's table (see {@link Issue8Tables}): the split of lambda.requests at 1B at the same price is no change,
     * the unit of nat.hour is the one change, and its prices (0.045 in both) are not compared.
     */
    @Test
    void diff_issue8() {
        PricingDiff diff = PricingDiff.between(NOVEMBER, PricingTables.fromFile(Issue8Tables.write(dir)));

        assertThat(PricingReport.diff(diff, OutputFormat.TEXT)).isEqualTo("""
                From aws/us-east-1@2024-11-01 to aws/us-east-1@2024-11-01: 1 change (1 changed)
                  Change   Entry          Usage  Unit                                              Before  After  Difference
                  -------  -------------  -----  ------------------------------------------------  ------  -----  --------------------------
                  changed  rate nat.hour         USD per gateway-hour -> USD per NAT gateway-hour   0.045  0.045  unit changed; not compared
                """);
        assertThat(PricingReport.diff(diff, OutputFormat.CSV)).isEqualTo(String.join(",", PricingReport.DIFF_COLUMNS)
                + "\nchanged,rate,nat.hour,,,USD per gateway-hour,USD per NAT gateway-hour,0.045,0.045,,\n");
    }

    /**
     * The impact report is the diff's table of the impact's own diff, then the impact: on issue 8's table the
     * default scenario (no NAT gateway) is not moved, its one change is the unit of a rate it does not use, and
     * "the 1 change" is the table's one change.
     */
    @Test
    void impact_issue8() {
        PricingTable issue8 = PricingTables.fromFile(Issue8Tables.write(dir));
        PricingImpact impact = PricingImpact.of(Breakeven.defaultScenario().withPricing(NOVEMBER), issue8);

        String report = PricingReport.impact(impact);

        assertThat(report).startsWith(PricingReport.diff(PricingDiff.between(NOVEMBER, issue8), OutputFormat.TEXT)
                + "\nPricingImpact aws/us-east-1@2024-11-01 -> aws/us-east-1@2024-11-01 at 1,000,000 requests/month\n"
                + "  before: break-even at 52.4M requests/month")
                .endsWith("; Lambda USD 3.53/month, cluster USD 180.62/month\n"
                + "  rate nat.hour: unit USD per gateway-hour -> USD per NAT gateway-hour; no effect on this scenario,"
                + " which does not use the rate\n"
                + "  the 1 change: no effect on this scenario\n");
        assertThat(report.lines()).hasSize(9);
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = "FOCUS")
    void everyReport_notInFocus(OutputFormat focus) {
        String message = "format focus is for bills; pricing reports take text, json or csv";
        assertThatThrownBy(() -> PricingReport.versions(PricingTables.versions(), focus))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> PricingReport.show(NOVEMBER, focus))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> PricingReport.diff(PricingDiff.between(JULY, NOVEMBER), focus))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
