package org.breakeven.report;

import org.breakeven.Sweep;

import java.util.List;
import java.util.Objects;
import org.breakeven.bill.Bill;
import org.breakeven.Comparison;
import org.breakeven.bill.Format;
import org.breakeven.bill.LineItem;

/**
 * Both bills as comma-separated values for spreadsheets: line items at one number of requests, or
 * the totals at each point of a sweep.
 * <p>
 * Numbers are written without thousands separators or exponent; amounts are per month in the pricing
 * table's currency, rounded half-up to cents ({@code amount}) or unrounded ({@code exactAmount}). The amount is
 * the effective cost; {@code listAmount} and {@code exactListAmount} are the same usage at on-demand list prices, and
 * {@code adjustment} says what made them differ (a commitment, Spot, a negotiated discount), empty if nothing did.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CsvReport {

    /** The header of {@link #lineItems}. */
    public static final List<String> LINE_ITEM_COLUMNS = List.of("side", "requestsPerMonth", "name", "quantity",
            "billableQuantity", "unit", "rateId", "rateUnit", "amount", "exactAmount", "currency", "paidByClusterToo",
            "listAmount", "exactListAmount", "adjustment");

    /** The header of {@link #points}. */
    public static final List<String> POINT_COLUMNS = List.of("requestsPerMonth", "lambdaMonthly",
            "lambdaMonthlyWithShared", "clusterMonthly", "nodes", "cheaper", "currency");

    private CsvReport() {
    }

    /**
     * Writes the line items of both bills, Lambda's first.
     *
     * @param bills both bills
     * @return the CSV text, a header line first
     */
    public static String lineItems(Comparison bills) {
        Objects.requireNonNull(bills, "bills");
        StringBuilder out = new StringBuilder();
        Csv.line(out, LINE_ITEM_COLUMNS);
        items(out, bills.serverless());
        items(out, bills.cluster());
        return out.toString();
    }

    /**
     * Writes the totals at each point of a sweep.
     *
     * @param points the points
     * @return the CSV text, a header line first
     */
    public static String points(List<Sweep.Point> points) {
        StringBuilder out = new StringBuilder();
        Csv.line(out, POINT_COLUMNS);
        for (Sweep.Point point : points) {
            Comparison bills = point.bills();
            Csv.line(out, List.of(Format.plain(bills.requestsPerMonth()),
                    bills.serverless().comparableTotal().amount().toPlainString(),
                    bills.serverless().total().amount().toPlainString(),
                    bills.cluster().total().amount().toPlainString(), Long.toString(point.nodes()),
                    JsonReport.id(bills.cheaper()), bills.cluster().currency()));
        }
        return out.toString();
    }

    private static void items(StringBuilder out, Bill bill) {
        for (LineItem item : bill.items()) {
            Csv.line(out, List.of(JsonReport.id(bill.side()), Format.plain(bill.requestsPerMonth()), item.name(),
                    Format.plain(item.quantity()), Format.plain(item.billableQuantity()), item.unit(), item.rate().id(),
                    item.rate().unit(), item.rounded().amount().toPlainString(), Format.plain(item.amount().amount()),
                    item.amount().currency(), Boolean.toString(item.paidByClusterToo()),
                    item.roundedList().amount().toPlainString(), Format.plain(item.listAmount().amount()),
                    item.adjustment()));
        }
    }
}
