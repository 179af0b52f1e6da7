package org.breakeven.report;

import org.breakeven.Sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.breakeven.bill.Bill;
import org.breakeven.BreakevenResult;
import org.breakeven.Comparison;
import org.breakeven.Crossing;
import org.breakeven.Interval;
import org.breakeven.bill.LineItem;
import org.breakeven.Scenario;
import org.breakeven.bill.Side;
import org.breakeven.pricing.Tier;

/**
 * A break-even, or a sweep of both bills, as JSON for programs: version {@value #FORMAT_VERSION} of the format
 * that {@code docs/result.schema.json} describes.
 * <p>
 * Every document starts with {@code formatVersion}, {@code pricingVersion} and {@code currency}. <b>Money is a
 * decimal string</b> in that currency per month, never a JSON number, so that no reader rounds it through a
 * binary float: {@code total}, {@code comparableTotal}, {@code listTotal}, {@code amount.rounded} and the
 * crossings' totals rounded half-up to cents as on a bill ({@code "100.00"}); {@code exactTotal},
 * {@code amount.exact} and unit prices unrounded. <b>Requests are whole numbers</b> per month (JSON integers);
 * only {@code exactRoot}, where the bills' difference is zero, is a fraction. Sides are {@code "lambda"} and
 * {@code "cluster"}. Each line item carries its rate's unit price, and its tiers when the rate is tiered.
 * <pre>{@code
 * jshell> System.out.print(JsonReport.of(Breakeven.defaultScenario(), Breakeven.defaultScenario().solve()))
 * {
 *   "formatVersion" : 1,
 *   "pricingVersion" : "aws/us-east-1@2024-11-01",
 *   "currency" : "USD",
 *   "scenarioSummary" : "Scenario[1,000,000 requests/month, ...]", ...
 *   "breakEvenRequestsPerMonth" : 52411544, ...
 * }}</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class JsonReport {

    /**
     * The version of the JSON format, raised when a field changes meaning or goes away (a new field does not
     * raise it).
     */
    public static final int FORMAT_VERSION = 1;

    private JsonReport() {
    }

    /**
     * Writes a break-even result: the answer, every crossing, the cheaper side by interval, both bills
     * line by line at the workload's traffic, and the explanation.
     *
     * @param scenario the scenario that was solved
     * @param result its result
     * @return indented JSON ending in a newline
     */
    public static String of(Scenario scenario, BreakevenResult result) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(result, "result");
        ObjectNode root = header(result.pricingVersion(), result.current().serverless().currency());
        root.put("scenarioSummary", scenario.toString());
        ObjectNode range = root.putObject("range");
        range.put("fromRequestsPerMonth", whole(result.range().fromRequestsPerMonth()));
        range.put("toRequestsPerMonth", whole(result.range().toRequestsPerMonth()));
        if (result.crosses()) {
            root.put("breakEvenRequestsPerMonth", result.breakEven().requestsPerMonth());
            root.put("breakEvenExactRoot", result.breakEven().exactRequestsPerMonth());
        } else {
            root.putNull("breakEvenRequestsPerMonth");
        }
        crossings(root, result);
        ArrayNode intervals = root.putArray("intervals");
        for (Interval interval : result.intervals()) {
            ObjectNode i = intervals.addObject();
            i.put("fromRequestsPerMonth", whole(interval.fromRequestsPerMonth()));
            i.put("toRequestsPerMonth", whole(interval.toRequestsPerMonth()));
            i.put("cheaper", id(interval.cheaper()));
        }
        comparison(root.putObject("current"), result.current());
        root.put("explanation", result.explanation());
        return Json.write(root);
    }

    /**
     * Writes a sweep: the crossings, and both bills' totals and the node count at each point.
     *
     * @param result the break-even of the swept scenario, for its version, currency and crossings
     * @param points the points
     * @return indented JSON ending in a newline
     */
    public static String points(BreakevenResult result, List<Sweep.Point> points) {
        Objects.requireNonNull(result, "result");
        ObjectNode root = header(result.pricingVersion(), result.current().serverless().currency());
        crossings(root, result);
        ArrayNode rows = root.putArray("points");
        for (Sweep.Point point : points) {
            Comparison bills = point.bills();
            ObjectNode row = rows.addObject();
            row.put("requestsPerMonth", bills.requestsPerMonth());
            row.put("lambdaMonthly", cents(bills.serverless().comparableTotal().amount()));
            row.put("lambdaMonthlyWithShared", cents(bills.serverless().total().amount()));
            row.put("clusterMonthly", cents(bills.cluster().total().amount()));
            row.put("nodes", point.nodes());
            row.put("cheaper", id(bills.cheaper()));
        }
        return Json.write(root);
    }

    /** A document's first fields: the format's version, the pricing table's and the currency. */
    static ObjectNode header(String pricingVersion, String currency) {
        Objects.requireNonNull(pricingVersion, "pricingVersion");
        Objects.requireNonNull(currency, "currency");
        ObjectNode root = Json.object();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("pricingVersion", pricingVersion);
        root.put("currency", currency);
        return root;
    }

    private static void crossings(ObjectNode root, BreakevenResult result) {
        ArrayNode crossings = root.putArray("crossings");
        for (Crossing crossing : result.crossings()) {
            ObjectNode c = crossings.addObject();
            c.put("requestsPerMonth", crossing.requestsPerMonth());
            c.put("cheaperBelow", id(crossing.cheaperBelow()));
            c.put("cheaperAbove", id(crossing.cheaperAbove()));
            c.put("atNodeStep", crossing.atNodeStep());
            c.put("exactRoot", crossing.exactRoot());
            c.put("lambdaMonthly", cents(crossing.bills().comparedServerless().amount()));
            c.put("clusterMonthly", cents(crossing.bills().comparedCluster().amount()));
        }
    }

    private static void comparison(ObjectNode node, Comparison comparison) {
        node.put("requestsPerMonth", comparison.requestsPerMonth());
        node.put("cheaper", id(comparison.cheaper()));
        bill(node.putObject("lambda"), comparison.serverless());
        bill(node.putObject("cluster"), comparison.cluster());
    }

    private static void bill(ObjectNode node, Bill bill) {
        node.put("currency", bill.currency());
        node.put("total", cents(bill.total().amount()));
        node.put("comparableTotal", cents(bill.comparableTotal().amount()));
        node.put("exactTotal", plain(bill.exactTotal().amount()));
        node.put("listTotal", cents(bill.listTotal().amount()));
        ArrayNode items = node.putArray("items");
        for (LineItem item : bill.items()) {
            ObjectNode i = items.addObject();
            i.put("name", item.name());
            i.put("quantity", plain(item.quantity()));
            i.put("billableQuantity", plain(item.billableQuantity()));
            i.put("unit", item.unit());
            i.put("rateId", item.rate().id());
            i.put("rateUnit", item.rate().unit());
            i.put("unitPrice", plain(item.rate().firstPrice()));
            if (item.rate().isTiered()) {
                ArrayNode tiers = i.putArray("tiers");
                for (Tier tier : item.rate().tiers()) {
                    ObjectNode t = tiers.addObject();
                    t.put("fromInclusive", plain(tier.fromInclusive()));
                    if (tier.toExclusive() == null) {
                        t.putNull("toExclusive");
                    } else {
                        t.put("toExclusive", plain(tier.toExclusive()));
                    }
                    t.put("unitPrice", plain(tier.price()));
                }
            }
            ObjectNode amount = i.putObject("amount");
            amount.put("exact", plain(item.amount().amount()));
            amount.put("rounded", cents(item.rounded().amount()));
            ObjectNode list = i.putObject("listAmount");
            list.put("exact", plain(item.listAmount().amount()));
            list.put("rounded", cents(item.roundedList().amount()));
            i.put("adjustment", item.adjustment());
            i.put("paidByClusterToo", item.paidByClusterToo());
        }
    }

    /** The side as programs name it: {@code lambda} or {@code cluster}. */
    static String id(Side side) {
        return side == Side.SERVERLESS ? "lambda" : "cluster";
    }

    /** A number of requests as a whole number: a range's ends are whole already, or rounded half-up. */
    static long whole(double requestsPerMonth) {
        return Math.round(requestsPerMonth);
    }

    /** Money rounded half-up to cents, as a decimal string: {@code "100.00"}. */
    static String cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** An exact decimal as a string without an exponent or trailing zeros: {@code "0.0000166667"}. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
