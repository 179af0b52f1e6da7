package org.breakeven.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.breakeven.bill.Bill;
import org.breakeven.bill.Format;
import org.breakeven.bill.LineItem;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.Tier;

/**
 * Estimated line items as rows in the column vocabulary of the FinOps Open Cost and Usage
 * Specification (FOCUS) 1.2, as CSV, so that an estimate can sit beside a real FOCUS export.
 * <p>
 * Each line item becomes one row, or one row per price tier that its billable quantity reaches, so that
 * {@code ListCost = ListUnitPrice * PricingQuantity} holds on every row and the rows of a bill add up to its
 * unrounded total. Every row has {@code ChargeCategory} {@code Usage}; {@code ServiceCategory} and
 * {@code ServiceSubcategory} take FOCUS's allowed values; {@code PricingUnit} follows FOCUS's unit format
 * ({@code Requests}, {@code GB-Seconds}, {@code Hours}). The charge period is one calendar month in UTC,
 * start inclusive and end exclusive; the bills themselves use the scenario's hours per month.
 * <p>
 * These are estimates, not billing data: there is no {@code BilledCost}. {@code ListCost} is the usage at
 * on-demand list prices; {@code EffectiveCost} is what a commitment, Spot or a negotiated discount makes of it,
 * spread over a tiered line's rows in proportion to their list cost; a commitment's fee has a {@code ListCost} of 0
 * and its whole {@code EffectiveCost}, with the charge category {@code Purchase}. Columns of our own carry the
 * {@code x_} prefix FOCUS requires:
 * {@code x_Side}, {@code x_RequestsPerMonth}, {@code x_UsageQuantity} (before any free allowance),
 * {@code x_UsageUnit}, {@code x_RateId}, {@code x_PriceTier}, {@code x_PaidByClusterToo} and
 * {@code x_PricingVersion}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FocusReport {

    /** The FOCUS version whose column names and allowed values the rows follow. */
    public static final String FOCUS_VERSION = "1.2";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("ProviderName", "ServiceName", "ServiceCategory",
            "ServiceSubcategory", "RegionId", "ChargeCategory", "ChargeDescription", "ChargePeriodStart",
            "ChargePeriodEnd", "BillingCurrency", "PricingQuantity", "PricingUnit", "ListUnitPrice", "ListCost", "EffectiveCost",
            "x_Side", "x_RequestsPerMonth", "x_UsageQuantity", "x_UsageUnit", "x_RateId", "x_PriceTier",
            "x_PaidByClusterToo", "x_PricingVersion");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    private FocusReport() {
    }

    /**
     * Writes the line items of bills as FOCUS rows.
     *
     * @param bills the bills, such as both bills at the workload's traffic
     * @param table the pricing table that priced them, for the provider, region and version
     * @param period the calendar month to state as the charge period
     * @return the CSV text, a header line first
     */
    public static String of(List<Bill> bills, PricingTable table, YearMonth period) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(period, "period");
        String start = UTC.format(period.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        String end = UTC.format(period.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        StringBuilder out = new StringBuilder();
        Csv.line(out, COLUMNS);
        for (Bill bill : bills) {
            for (LineItem item : bill.items()) {
                Service service = Service.of(item.rate().id(), table.provider());
                List<Tier> tiers = item.rate().tiers();
                for (int t = 0; t < tiers.size(); t++) {
                    Tier tier = tiers.get(t);
                    BigDecimal quantity = inTier(item.billableQuantity(), tier);
                    if (t > 0 && quantity.signum() == 0) {
                        break;
                    }
                    List<String> row = new ArrayList<>(COLUMNS.size());
                    row.add(service.provider);
                    row.add(service.name);
                    row.add(service.category);
                    row.add(service.subcategory);
                    row.add(service.regional ? table.region() : null);
                    boolean fee = item.listAmount().amount().signum() == 0 && item.amount().amount().signum() > 0;
                    row.add(fee ? "Purchase" : "Usage");
                    row.add(item.name());
                    row.add(start);
                    row.add(end);
                    row.add(item.amount().currency());
                    row.add(Format.plain(quantity));
                    row.add(unit(item.unit()));
                    row.add(Format.plain(tier.price()));
                    BigDecimal list = fee ? BigDecimal.ZERO : quantity.multiply(tier.price());
                    row.add(Format.plain(list));
                    row.add(Format.plain(fee ? item.amount().amount() : effective(item, list)));
                    row.add(JsonReport.id(bill.side()));
                    row.add(Format.plain(bill.requestsPerMonth()));
                    row.add(Format.plain(item.quantity()));
                    row.add(item.unit());
                    row.add(item.rate().id());
                    row.add(tiers.size() > 1 ? Integer.toString(t + 1) : null);
                    row.add(Boolean.toString(item.paidByClusterToo()));
                    row.add(table.version());
                    Csv.line(out, row);
                }
            }
        }
        return out.toString();
    }

    /** A tier row's effective cost: its list cost times the line's effective over list amount. */
    private static BigDecimal effective(LineItem item, BigDecimal list) {
        BigDecimal lineList = item.listAmount().amount();
        if (!item.adjusted() || lineList.signum() == 0) {
            return item.adjusted() ? BigDecimal.ZERO : list;
        }
        return list.multiply(item.amount().amount()).divide(lineList, java.math.MathContext.DECIMAL64);
    }

    /** The part of a billable quantity that falls in one tier. */
    private static BigDecimal inTier(BigDecimal billable, Tier tier) {
        BigDecimal top = tier.toExclusive() == null ? billable : billable.min(tier.toExclusive());
        return top.subtract(tier.fromInclusive()).max(BigDecimal.ZERO);
    }

    /**
     * Converts a line item's unit to FOCUS's unit format: capitalised plural nouns, data sizes as
     * abbreviations, compound units joined by a hyphen.
     *
     * @param unit the unit, such as {@code GB-seconds} or {@code instance-hours}
     * @return the FOCUS unit, such as {@code GB-Seconds} or {@code Hours}
     */
    static String unit(String unit) {
        switch (unit) {
            case "instance-hours", "cluster-hours", "load-balancer-hours", "gateway-hours":
                return "Hours";
            case "USD of compute":
                return "USD";
            default:
                break;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : unit.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /** A FOCUS service classification of a rate. */
    private record Service(String provider, String name, String category, String subcategory, boolean regional) {

        static Service of(String rateId, String provider) {
            String aws = "aws".equals(provider) ? "AWS" : provider.toUpperCase(Locale.ROOT);
            String prefix = rateId.substring(0, Math.max(0, rateId.indexOf('.')));
            return switch (prefix) {
                case "lambda" -> new Service(aws, "AWS Lambda", "Compute", "Serverless Compute", true);
                case "apigateway" -> new Service(aws, "Amazon API Gateway", "Integration", "API Management", true);
                case "dynamodb" -> new Service(aws, "Amazon DynamoDB", "Databases", "NoSQL", true);
                case "s3" -> new Service(aws, "Amazon Simple Storage Service", "Storage", "Object Storage", true);
                case "sqs" -> new Service(aws, "Amazon Simple Queue Service", "Integration", "Messaging", true);
                case "cloudwatch" -> new Service(aws, "Amazon CloudWatch", "Management and Governance", "Observability",
                        true);
                case "ec2" -> new Service(aws, "Amazon Elastic Compute Cloud", "Compute", "Virtual Machines", true);
                case "eks" -> new Service(aws, "Amazon Elastic Kubernetes Service", "Compute", "Containers", true);
                case "elb" -> new Service(aws, "Elastic Load Balancing", "Networking", "Load Balancing", true);
                case "nat" -> new Service(aws, "Amazon Virtual Private Cloud", "Networking", "Other (Networking)", true);
                case "ebs" -> new Service(aws, "Amazon Elastic Block Store", "Storage", "Disk", true);
                case "savingsPlan" -> new Service(aws, "Savings Plans for AWS Compute usage", "Compute",
                        "Other (Compute)", false);
                case "downstream" -> new Service(aws, "Downstream services (estimated from compute)", "Other",
                        "Other (Other)", true);
                case "ops" -> new Service("Internal", "Operations headcount", "Other", "Other (Other)", false);
                case "fixed" -> new Service("Internal", rateId.substring("fixed.".length()), "Other", "Other (Other)",
                        false);
                default -> new Service(aws, rateId, "Other", "Other (Other)", true);
            };
        }
    }
}
