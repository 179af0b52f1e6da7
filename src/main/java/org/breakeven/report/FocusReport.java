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
 * Estimated line items as rows of a FinOps Open Cost and Usage Specification (FOCUS) 1.2 cost and usage
 * dataset, as CSV, so that an estimate can sit beside a real FOCUS export.
 * <p>
 * Every column FOCUS 1.2 makes mandatory is there, with values its allowed-value lists permit
 * ({@code ServiceCategory} and {@code ServiceSubcategory} from the spec's table, {@code ChargeCategory}
 * {@code Usage}, or {@code Purchase} for a commitment's fee). Each line item becomes one row, or one row per
 * price tier that its billable quantity reaches, so that {@code ListCost = ListUnitPrice * PricingQuantity} and
 * {@code ContractedCost = ContractedUnitPrice * PricingQuantity} hold on every row and the rows of a bill add up
 * to its unrounded total. {@code ConsumedQuantity} is the usage before any free allowance (the allowance sits on
 * the first tier's row), in {@code ConsumedUnit}; {@code PricingUnit} and {@code ConsumedUnit} follow FOCUS's unit
 * format ({@code Requests}, {@code GB-Seconds}, {@code Hours}). {@code SkuPriceId} is the pricing table's rate
 * key, with {@code :tier-N} on a tiered rate's rows. The charge and billing periods are one calendar month in
 * UTC, start inclusive and end exclusive; the bills themselves use the scenario's hours per month.
 * <p>
 * These are estimates, not an invoice. {@code ListCost} is the usage at on-demand list prices;
 * {@code EffectiveCost} is what a commitment, Spot or a negotiated discount makes of it, spread over a tiered
 * line's rows in proportion to their list cost; {@code BilledCost} equals {@code EffectiveCost} (commitments are
 * modelled as hourly fees, so there is nothing to amortise); {@code ContractedCost} is the list cost, or the
 * effective cost when a negotiated discount alone made the difference. A commitment's fee is a
 * {@code Purchase} row whose costs are all the fee, as in a provider's own FOCUS data; so, unlike the bill's
 * {@link org.breakeven.bill.Bill#listTotal() list total} (on-demand usage only), a sum of {@code ListCost} counts
 * the fee too: filter on {@code ChargeCategory} to compare.
 * <p>
 * <b>The rows are alternatives, not one bill.</b> Each bill is one way to run the service at one traffic
 * level, and gets its own {@code SubAccountId}, such as {@code lambda@1000000} or {@code option:fargate@1000000};
 * sum by sub-account, never over the whole file. Columns of our own carry the {@code x_} prefix FOCUS requires:
 * {@code x_Alternative}, {@code x_Side}, {@code x_RequestsPerMonth}, {@code x_PriceTier},
 * {@code x_PaidByClusterToo}, {@code x_Adjustment} and {@code x_PricingVersion}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FocusReport {

    /** The FOCUS version whose column names and allowed values the rows follow. */
    public static final String FOCUS_VERSION = "1.2";

    /** The billing account of the rows when none is given. */
    public static final String DEFAULT_ACCOUNT = "breakeven-estimate";

    /** The columns, in order: FOCUS's, then ours with the {@code x_} prefix. */
    public static final List<String> COLUMNS = List.of("BilledCost", "BillingAccountId", "BillingAccountName",
            "BillingCurrency", "BillingPeriodStart", "BillingPeriodEnd", "ChargeCategory", "ChargeClass",
            "ChargeDescription", "ChargeFrequency", "ChargePeriodStart", "ChargePeriodEnd", "ConsumedQuantity",
            "ConsumedUnit", "ContractedCost", "ContractedUnitPrice", "EffectiveCost", "InvoiceIssuerName",
            "ListCost", "ListUnitPrice", "PricingCategory", "PricingQuantity", "PricingUnit", "ProviderName",
            "PublisherName", "RegionId", "ServiceCategory", "ServiceName", "ServiceSubcategory", "SkuId",
            "SkuPriceId", "SubAccountId", "SubAccountName",
            "x_Alternative", "x_Side", "x_RequestsPerMonth", "x_PriceTier", "x_PaidByClusterToo", "x_Adjustment",
            "x_PricingVersion");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    private FocusReport() {
    }

    /**
     * One alternative's bill: a way to run the service (a side or an option) at one traffic level.
     *
     * @param alternative what the bill is of, such as {@code lambda}, {@code cluster} or {@code option:fargate}
     * @param bill the bill
     */
    public record Alternative(String alternative, Bill bill) {

        /**
         * Creates an alternative.
         *
         * @param alternative its name
         * @param bill its bill
         */
        public Alternative {
            Objects.requireNonNull(alternative, "alternative");
            Objects.requireNonNull(bill, "bill");
        }

        /**
         * Names a bill by its side: {@code lambda} or {@code cluster}.
         *
         * @param bill the bill
         * @return the alternative
         */
        public static Alternative of(Bill bill) {
            return new Alternative(JsonReport.id(bill.side()), bill);
        }

        /** The sub-account the rows go to: the alternative at its traffic. */
        String subAccountId() {
            return alternative + "@" + Format.plain(bill.requestsPerMonth());
        }
    }

    /**
     * Writes the line items of bills as FOCUS rows, one sub-account per bill named by its side, in the
     * {@linkplain #DEFAULT_ACCOUNT default billing account}.
     *
     * @param bills the bills, such as both bills at the workload's traffic
     * @param table the pricing table that priced them, for the provider, region and version
     * @param period the calendar month to state as the charge and billing period
     * @return the CSV text, a header line first
     */
    public static String of(List<Bill> bills, PricingTable table, YearMonth period) {
        return alternatives(bills.stream().map(Alternative::of).toList(), table, period, DEFAULT_ACCOUNT);
    }

    /**
     * Writes the line items of several alternatives as FOCUS rows, one sub-account per alternative.
     *
     * @param alternatives the bills, each named by what it is an alternative of
     * @param table the pricing table that priced them, for the provider, region and version
     * @param period the calendar month to state as the charge and billing period
     * @param account the billing account id and name to state, such as {@code 123456789012}
     * @return the CSV text, a header line first
     */
    public static String alternatives(List<Alternative> alternatives, PricingTable table, YearMonth period,
            String account) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(account, "account");
        if (account.isBlank()) {
            throw new IllegalArgumentException("account must be a billing account id, such as 123456789012, but was"
                    + " blank");
        }
        String start = UTC.format(period.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        String end = UTC.format(period.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        StringBuilder out = new StringBuilder();
        Csv.line(out, COLUMNS);
        for (Alternative alternative : alternatives) {
            Bill bill = alternative.bill();
            for (LineItem item : bill.items()) {
                Service service = Service.of(item.rate().id(), table.provider());
                List<Tier> tiers = item.rate().tiers();
                BigDecimal allowance = item.quantity().subtract(item.billableQuantity());
                boolean fee = item.listAmount().amount().signum() == 0 && item.amount().amount().signum() > 0;
                boolean negotiated = item.adjustment().startsWith("negotiated discount");
                for (int t = 0; t < tiers.size(); t++) {
                    Tier tier = tiers.get(t);
                    BigDecimal quantity = inTier(item.billableQuantity(), tier);
                    if (t > 0 && quantity.signum() == 0) {
                        break;
                    }
                    BigDecimal list = quantity.multiply(tier.price());
                    BigDecimal effective = fee ? item.amount().amount() : effective(item, list);
                    BigDecimal contractedPrice = negotiated ? ratio(tier.price(), item) : tier.price();
                    BigDecimal contracted = negotiated ? effective : list;
                    List<String> row = new ArrayList<>(COLUMNS.size());
                    row.add(Format.plain(effective));
                    row.add(account);
                    row.add(account);
                    row.add(item.amount().currency());
                    row.add(start);
                    row.add(end);
                    row.add(fee ? "Purchase" : "Usage");
                    row.add(null);
                    row.add(item.name());
                    row.add(fee ? "Recurring" : "Usage-Based");
                    row.add(start);
                    row.add(end);
                    row.add(fee ? null : Format.plain(t == 0 ? quantity.add(allowance) : quantity));
                    row.add(fee ? null : unit(item.unit()));
                    row.add(Format.plain(contracted));
                    row.add(Format.plain(contractedPrice));
                    row.add(Format.plain(effective));
                    row.add(service.provider);
                    row.add(Format.plain(list));
                    row.add(Format.plain(tier.price()));
                    row.add(pricingCategory(item, fee));
                    row.add(Format.plain(quantity));
                    row.add(unit(item.unit()));
                    row.add(service.provider);
                    row.add(service.provider);
                    row.add(service.regional ? table.region() : null);
                    row.add(service.category);
                    row.add(service.name);
                    row.add(service.subcategory);
                    row.add(item.rate().id());
                    row.add(item.rate().id() + (tiers.size() > 1 ? ":tier-" + (t + 1) : ""));
                    row.add(alternative.subAccountId());
                    row.add(alternative.alternative() + " at " + Format.plain(bill.requestsPerMonth())
                            + " requests/month (one alternative of several)");
                    row.add(alternative.alternative());
                    row.add(JsonReport.id(bill.side()));
                    row.add(Format.plain(bill.requestsPerMonth()));
                    row.add(tiers.size() > 1 ? Integer.toString(t + 1) : null);
                    row.add(Boolean.toString(item.paidByClusterToo()));
                    row.add(item.adjustment().isEmpty() ? null : item.adjustment());
                    row.add(table.version());
                    Csv.line(out, row);
                }
            }
        }
        return out.toString();
    }

    /**
     * FOCUS's pricing category of a row: {@code Dynamic} for Spot, {@code Other} for usage that a commitment
     * covers in part (one line mixes committed and on-demand hours), {@code Standard} otherwise, negotiated
     * discounts included, as the spec says.
     */
    private static String pricingCategory(LineItem item, boolean fee) {
        String adjustment = item.adjustment().toLowerCase(Locale.ROOT);
        if (fee || adjustment.isEmpty() || adjustment.startsWith("negotiated discount")) {
            return "Standard";
        }
        return adjustment.contains("spot") ? "Dynamic" : "Other";
    }

    /** A unit price times the line's effective over list amount: the price a negotiated discount leaves. */
    private static BigDecimal ratio(BigDecimal price, LineItem item) {
        BigDecimal lineList = item.listAmount().amount();
        return lineList.signum() == 0 ? price
                : price.multiply(item.amount().amount()).divide(lineList, java.math.MathContext.DECIMAL64);
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
                case "dynamodb" -> new Service(aws, "Amazon DynamoDB", "Databases", "NoSQL Databases", true);
                case "s3" -> new Service(aws, "Amazon Simple Storage Service", "Storage", "Object Storage", true);
                case "sqs" -> new Service(aws, "Amazon Simple Queue Service", "Integration", "Messaging", true);
                case "cloudwatch" -> new Service(aws, "Amazon CloudWatch", "Management and Governance", "Observability",
                        true);
                case "ec2" -> new Service(aws, "Amazon Elastic Compute Cloud", "Compute", "Virtual Machines", true);
                case "eks" -> new Service(aws, "Amazon Elastic Kubernetes Service", "Compute", "Containers", true);
                case "fargate" -> new Service(aws, "AWS Fargate", "Compute", "Containers", true);
                case "elb" -> new Service(aws, "Elastic Load Balancing", "Networking", "Application Networking", true);
                case "nat", "vpc" -> new Service(aws, "Amazon Virtual Private Cloud", "Networking",
                        "Network Connectivity", true);
                case "dataTransfer" -> new Service(aws, "AWS Data Transfer", "Networking", "Network Connectivity",
                        true);
                case "ebs" -> new Service(aws, "Amazon Elastic Block Store", "Storage", "Block Storage", true);
                case "savingsPlan" -> new Service(aws, "Savings Plans for AWS Compute usage", "Compute",
                        "Other (Compute)", false);
                case "shared" -> new Service("Internal", "Share of an existing cluster", "Compute", "Containers",
                        false);
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
