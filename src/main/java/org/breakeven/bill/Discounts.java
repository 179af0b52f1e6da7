package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Negotiated discounts, such as an Enterprise Discount Program or private pricing: a percentage off each
 * service's bill, applied last, after commitments and Spot.
 * <p>
 * A service is named as the pricing table names its rates' first part: {@code lambda} discounts every rate whose
 * id starts with {@code lambda.}, {@code ec2} the nodes, their CPU credits and Reserved Instances, and
 * {@code savingsPlan} the fee of a Savings Plan. Lines that are not AWS rates (fixed costs, people, the downstream
 * multiplier) have no service and are never discounted.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param percentByService the discount of each service, 0 to 100 %, in the services' order
 */
public record Discounts(Map<String, BigDecimal> percentByService) {

    /** No discounts. */
    public static final Discounts NONE = new Discounts(Map.of());

    /** The services a discount can name: the first part of the rates' ids in the pricing tables. */
    public static final Set<String> SERVICES = Set.of("lambda", "ec2", "eks", "elb", "nat", "vpc", "ebs",
            "dataTransfer", "apigateway", "dynamodb", "sqs", "s3", "cloudwatch", "savingsPlan");

    /**
     * Creates discounts.
     *
     * @param percentByService each service's discount, 0 to 100 with at most 10 decimal places
     * @throws IllegalArgumentException if a service is unknown or a percentage out of range
     */
    public Discounts {
        Objects.requireNonNull(percentByService, "percentByService");
        TreeMap<String, BigDecimal> sorted = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> entry : percentByService.entrySet()) {
            String service = Objects.requireNonNull(entry.getKey(), "service");
            if (!SERVICES.contains(service)) {
                throw new IllegalArgumentException("a discount's service must be one of " + sortedServices()
                        + " but was: " + Format.printable(service, 100));
            }
            sorted.put(service, Checks.decimal(service, entry.getValue(), 0, 100, 10, "%"));
        }
        percentByService = java.util.Collections.unmodifiableMap(sorted);
    }

    private static List<String> sortedServices() {
        List<String> services = new ArrayList<>(SERVICES);
        services.sort(null);
        return services;
    }

    /**
     * Gets the service a rate belongs to: the part of its id before the first dot.
     *
     * @param rateId a rate id, such as {@code lambda.duration.x86_64}
     * @return the service, such as {@code lambda}
     */
    public static String serviceOf(String rateId) {
        int dot = rateId.indexOf('.');
        return dot < 0 ? rateId : rateId.substring(0, dot);
    }

    /**
     * Returns a copy of a bill model with each charge of a discounted service multiplied by
     * {@code 1 - percent / 100}; a discount of 0 % leaves a charge as it is.
     *
     * @param model the bill model
     * @return the discounted model
     */
    public BillModel applyTo(BillModel model) {
        Objects.requireNonNull(model, "model");
        if (percentByService.isEmpty()) {
            return model;
        }
        List<Charge> charges = new ArrayList<>(model.charges().size());
        for (Charge charge : model.charges()) {
            String service = serviceOf(charge.rate().id());
            BigDecimal percent = SERVICES.contains(service) ? percentByService.get(service) : null;
            charges.add(percent == null || percent.signum() == 0 ? charge
                    : charge.withFactor(BigDecimal.ONE.subtract(percent.movePointLeft(2)),
                            "negotiated discount " + Format.plain(percent) + "% on " + service));
        }
        return new BillModel(model.side(), model.currency(), charges);
    }

    /**
     * Outputs the discounts as {@code discounts {ec2=10%, lambda=5%}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("discounts {");
        String sep = "";
        for (Map.Entry<String, BigDecimal> entry : percentByService.entrySet()) {
            text.append(sep).append(entry.getKey()).append('=').append(Format.plain(entry.getValue())).append('%');
            sep = ", ";
        }
        return text.append('}').toString();
    }
}
