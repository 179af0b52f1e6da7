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

/**
 * A break-even, or a sweep of both bills, as JSON for programs.
 * <p>
 * Amounts are JSON numbers in the pricing table's currency per month: {@code total} and
 * {@code amount.rounded} rounded half-up to cents as on a bill, {@code exactTotal} and {@code amount.exact}
 * unrounded. Sides are {@code "lambda"} and {@code "cluster"}. Requests are per month.
 * <pre>{@code
 * jshell> System.out.print(JsonReport.of(Breakeven.defaultScenario(), Breakeven.defaultScenario().solve()))
 * {
 *   "pricingVersion" : "aws/us-east-1@2024-11-01",
 *   "scenario" : "Scenario[1,000,000 requests/month, ...]", ...
 *   "breakEvenRequestsPerMonth" : 5.241154371959344E7, ...
 * }}</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class JsonReport {

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
        ObjectNode root = Json.object();
        root.put("pricingVersion", result.pricingVersion());
        root.put("scenario", scenario.toString());
        ObjectNode range = root.putObject("range");
        range.put("fromRequestsPerMonth", result.range().fromRequestsPerMonth());
        range.put("toRequestsPerMonth", result.range().toRequestsPerMonth());
        if (result.crosses()) {
            root.put("breakEvenRequestsPerMonth", result.breakEven().requestsPerMonth());
            root.put("breakEvenExactRoot", result.breakEven().exactRequestsPerMonth());
        } else {
            root.putNull("breakEvenRequestsPerMonth");
        }
        ArrayNode crossings = root.putArray("crossings");
        for (Crossing crossing : result.crossings()) {
            ObjectNode c = crossings.addObject();
            c.put("requestsPerMonth", crossing.requestsPerMonth());
            c.put("cheaperBelow", id(crossing.cheaperBelow()));
            c.put("cheaperAbove", id(crossing.cheaperAbove()));
            c.put("atNodeStep", crossing.atNodeStep());
            c.put("exactRoot", crossing.exactRoot());
            c.put("lambdaMonthly", crossing.bills().comparedServerless().amount());
            c.put("clusterMonthly", crossing.bills().comparedCluster().amount());
        }
        ArrayNode intervals = root.putArray("intervals");
        for (Interval interval : result.intervals()) {
            ObjectNode i = intervals.addObject();
            i.put("fromRequestsPerMonth", interval.fromRequestsPerMonth());
            i.put("toRequestsPerMonth", interval.toRequestsPerMonth());
            i.put("cheaper", id(interval.cheaper()));
        }
        comparison(root.putObject("current"), result.current());
        root.put("explanation", result.explanation());
        return Json.write(root);
    }

    /**
     * Writes a sweep: both bills' totals and the node count at each point.
     *
     * @param pricingVersion the pricing table version, such as {@code aws/us-east-1@2024-11-01}
     * @param points the points
     * @return indented JSON ending in a newline
     */
    public static String points(String pricingVersion, List<Sweep.Point> points) {
        Objects.requireNonNull(pricingVersion, "pricingVersion");
        ObjectNode root = Json.object();
        root.put("pricingVersion", pricingVersion);
        ArrayNode rows = root.putArray("points");
        for (Sweep.Point point : points) {
            Comparison bills = point.bills();
            ObjectNode row = rows.addObject();
            row.put("requestsPerMonth", bills.requestsPerMonth());
            row.put("lambdaMonthly", bills.serverless().comparableTotal().amount());
            row.put("lambdaMonthlyWithShared", bills.serverless().total().amount());
            row.put("clusterMonthly", bills.cluster().total().amount());
            row.put("nodes", point.nodes());
            row.put("cheaper", id(bills.cheaper()));
        }
        return Json.write(root);
    }

    private static void comparison(ObjectNode node, Comparison comparison) {
        node.put("requestsPerMonth", comparison.requestsPerMonth());
        node.put("cheaper", id(comparison.cheaper()));
        bill(node.putObject("lambda"), comparison.serverless());
        bill(node.putObject("cluster"), comparison.cluster());
    }

    private static void bill(ObjectNode node, Bill bill) {
        node.put("currency", bill.currency());
        node.put("total", bill.total().amount());
        node.put("comparableTotal", bill.comparableTotal().amount());
        node.put("exactTotal", plain(bill.exactTotal().amount()));
        node.put("listTotal", bill.listTotal().amount());
        ArrayNode items = node.putArray("items");
        for (LineItem item : bill.items()) {
            ObjectNode i = items.addObject();
            i.put("name", item.name());
            i.put("quantity", plain(item.quantity()));
            i.put("billableQuantity", plain(item.billableQuantity()));
            i.put("unit", item.unit());
            i.put("rateId", item.rate().id());
            i.put("rateUnit", item.rate().unit());
            ObjectNode amount = i.putObject("amount");
            amount.put("exact", plain(item.amount().amount()));
            amount.put("rounded", item.rounded().amount());
            ObjectNode list = i.putObject("listAmount");
            list.put("exact", plain(item.listAmount().amount()));
            list.put("rounded", item.roundedList().amount());
            i.put("adjustment", item.adjustment());
            i.put("paidByClusterToo", item.paidByClusterToo());
        }
    }

    /** The side as programs name it: {@code lambda} or {@code cluster}. */
    static String id(Side side) {
        return side == Side.SERVERLESS ? "lambda" : "cluster";
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
