package org.breakeven.bill;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A commitment to an hourly amount of spend for one or three years, in return for lower rates: a Savings Plan or
 * Reserved Instances.
 * <p>
 * AWS bills it hour by hour. "You commit to a consistent amount of usage per hour, in the specified currency, for a
 * term of one or three years, and receive a lower price for that usage" (AWS CLI reference, {@code savingsplans},
 * docs.aws.amazon.com/cli/latest/reference/savingsplans/); each hour, eligible usage up to the commitment is billed at
 * Savings Plan rates and the rest at on-demand, and an hour's unused commitment is lost, with no rollover (AWS Savings
 * Plans User Guide, "How Savings Plans apply to your usage", docs.aws.amazon.com/savingsplans/latest/userguide/
 * sp-applying.html, as summarised in the project's reference rates, aws-rates-2026.md §4); Cost Explorer reports that
 * part as the {@code UnusedCommitment}, "the amount of your Savings Plans commitment that wasn't consumed from Savings
 * Plans eligible usage in a specific period" (AWS SDK reference, {@code SavingsPlansUtilization}). A bill therefore
 * carries the commitment as a
 * fee paid whether it is used or not, and each covered line pays nothing for the usage the commitment covers and
 * its on-demand rate for the rest: a fixed cost and one kink where usage passes the covered amount.
 * <p>
 * Its size is given one of three ways: dollars per hour (at the committed, discounted rates), a number of nodes
 * covered (a cluster's instance-hours), or sized to the cluster's minimum node count. Its rate is a discount off
 * the on-demand rate given in the scenario ({@link #discountPercent()}), or, when that is null, the committed rate
 * the pricing table holds for the kind, term and payment option. The committed rate of a plan paid partly or all
 * upfront includes the upfront fee amortised over the term's hours, as the table's {@code allUpfront} rates do.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind what is bought
 * @param termYears the term, 1 or 3 years
 * @param payment how it is paid
 * @param basis how its size is given
 * @param amount dollars per hour or nodes, at least 0; 0 for {@link Basis#MINIMUM_NODES}
 * @param discountPercent the committed rate's discount off on-demand, 0 to below 100 %, or null to take the rate from
 *     the pricing table
 */
public record Commitment(Kind kind, int termYears, Payment payment, Basis basis, BigDecimal amount,
        BigDecimal discountPercent) {

    /** The most a commitment may be: USD 1,000,000 per hour, or 1,000,000 nodes. */
    public static final long MAX_AMOUNT = 1_000_000;

    /**
     * Creates a commitment.
     *
     * @param kind what is bought
     * @param termYears 1 or 3
     * @param payment the payment option
     * @param basis how its size is given
     * @param amount 0 to {@link #MAX_AMOUNT}, at most 10 decimal places
     * @param discountPercent 0 to 100, at most 10 decimal places, or null
     * @throws IllegalArgumentException if a value is out of range
     */
    public Commitment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(basis, "basis");
        if (termYears != 1 && termYears != 3) {
            throw new IllegalArgumentException("termYears must be 1 or 3 years (the terms AWS sells) but was: "
                    + termYears);
        }
        Checks.decimal(basis.field(), amount, 0, MAX_AMOUNT, 10, basis.unit());
        if (discountPercent != null) {
            Checks.decimal("discountPercent", discountPercent, 0, 100, 10, "%");
            if (discountPercent.compareTo(BigDecimal.valueOf(100)) == 0) {
                throw new IllegalArgumentException("discountPercent must be below 100 % (a commitment at a rate of 0"
                        + " covers any usage) but was: 100");
            }
        }
    }

    /**
     * Obtains a commitment of dollars per hour.
     *
     * @param kind what is bought
     * @param termYears 1 or 3
     * @param payment the payment option
     * @param dollarsPerHour the hourly commitment at committed rates, 0 to {@link #MAX_AMOUNT}
     * @param discountPercent the discount off on-demand, 0 to 100, or null for the table's rate
     * @return the commitment
     */
    public static Commitment dollarsPerHour(Kind kind, int termYears, Payment payment, BigDecimal dollarsPerHour,
            BigDecimal discountPercent) {
        return new Commitment(kind, termYears, payment, Basis.DOLLARS_PER_HOUR, dollarsPerHour, discountPercent);
    }

    /**
     * Obtains a commitment that covers a number of a cluster's nodes.
     *
     * @param kind what is bought
     * @param termYears 1 or 3
     * @param payment the payment option
     * @param nodes the nodes covered, 0 to {@link #MAX_AMOUNT}, may be a fraction
     * @param discountPercent the discount off on-demand, 0 to 100, or null for the table's rate
     * @return the commitment
     */
    public static Commitment nodes(Kind kind, int termYears, Payment payment, BigDecimal nodes,
            BigDecimal discountPercent) {
        return new Commitment(kind, termYears, payment, Basis.NODES, nodes, discountPercent);
    }

    /**
     * Obtains a commitment sized to a cluster's minimum node count (its on-demand part, when some nodes run on
     * Spot).
     *
     * @param kind what is bought
     * @param termYears 1 or 3
     * @param payment the payment option
     * @param discountPercent the discount off on-demand, 0 to 100, or null for the table's rate
     * @return the commitment
     */
    public static Commitment minimumNodes(Kind kind, int termYears, Payment payment, BigDecimal discountPercent) {
        return new Commitment(kind, termYears, payment, Basis.MINIMUM_NODES, BigDecimal.ZERO, discountPercent);
    }

    /**
     * Gets the committed rate's share of the on-demand rate, {@code 1 - discountPercent / 100}.
     *
     * @return the share, or null if the rate comes from the table
     */
    public BigDecimal rateShare() {
        return discountPercent == null ? null
                : BigDecimal.ONE.subtract(discountPercent.movePointLeft(2));
    }

    /**
     * Gets the pricing-table key of the most this commitment can save on a service, as AWS states it, in the 2026
     * table's names: {@code savingsPlan.compute.maxDiscount.ec2} or {@code .lambda} for a Compute Savings Plan,
     * {@code savingsPlan.ec2Instance.maxDiscount} for an EC2 Instance Savings Plan or Standard Reserved Instances
     * (the same ceiling, "up to 72%"); none for Convertible Reserved Instances, whose ceiling no source gave.
     *
     * @param service {@code ec2} or {@code lambda}
     * @return the key, or null if there is none
     */
    public String maxDiscountKey(String service) {
        return switch (kind) {
            case COMPUTE_SAVINGS_PLAN -> "savingsPlan.compute.maxDiscount." + service;
            case EC2_INSTANCE_SAVINGS_PLAN, STANDARD_RESERVED_INSTANCES -> "ec2".equals(service)
                    ? "savingsPlan.ec2Instance.maxDiscount" : null;
            case CONVERTIBLE_RESERVED_INSTANCES -> null;
        };
    }

    /**
     * Checks a discount off on-demand against the most AWS says the commitment saves, when the table holds it.
     *
     * @param field the field the discount was given in, for the message
     * @param discount the discount, as a fraction of on-demand
     * @param maxKey the table key of the ceiling, or null
     * @param ceiling the ceiling as a fraction of on-demand, or null if the table has none
     * @param what what the ceiling is of, such as {@code a Compute Savings Plan on EC2}
     * @param tableVersion the table, for the message
     * @throws IllegalArgumentException if the discount is above the ceiling
     */
    public static void checkCeiling(String field, BigDecimal discount, String maxKey, BigDecimal ceiling, String what,
            String tableVersion) {
        if (ceiling != null && discount.compareTo(ceiling) > 0) {
            throw new IllegalArgumentException(field + " must be at most " + Format.plain(ceiling.movePointRight(2))
                    + "%, the most " + what + " saves (" + maxKey + " in pricing table " + tableVersion + "), but was: "
                    + Format.plain(discount.movePointRight(2)));
        }
    }

    /**
     * Gets the pricing-table key of the committed rate of an EC2 instance type, in the pattern the 2026 table
     * names: {@code ec2.savingsPlan.compute.1yr.noUpfront.m6i.xlarge}, {@code ec2.savingsPlan.instance...},
     * {@code ec2.reserved.standard...}, {@code ec2.reserved.convertible...}.
     *
     * @param instanceType the instance type
     * @return the key
     */
    public String instanceRateKey(String instanceType) {
        return "ec2." + kind.keyPart() + "." + termYears + "yr." + payment.id() + "." + instanceType;
    }

    /**
     * Gets the pricing-table key of the committed duration rate of Lambda under a Compute Savings Plan:
     * {@code lambda.savingsPlan.compute.1yr.noUpfront.duration.x86_64}.
     *
     * @param architecture the architecture's id
     * @return the key
     */
    public String lambdaRateKey(String architecture) {
        return "lambda.savingsPlan.compute." + termYears + "yr." + payment.id() + ".duration." + architecture;
    }

    /**
     * Gets a short description, such as {@code 1-year Compute Savings Plan, no upfront, 30% off}.
     *
     * @return the description
     */
    public String label() {
        return termYears + "-year " + kind.label() + ", " + payment.label()
                + (discountPercent == null ? "" : ", " + Format.plain(discountPercent) + "% off on-demand");
    }

    /**
     * Outputs the commitment as {@code 1-year Compute Savings Plan, no upfront, 30% off on-demand: USD 0.5/hour}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return label() + ": " + switch (basis) {
            case DOLLARS_PER_HOUR -> "USD " + Format.plain(amount) + "/hour";
            case NODES -> Format.plain(amount) + " nodes";
            case MINIMUM_NODES -> "the minimum node count";
        };
    }

    /** What a commitment buys. */
    public enum Kind {
        /** A Compute Savings Plan: EC2 instances of any family and region, Fargate and Lambda. */
        COMPUTE_SAVINGS_PLAN("computeSavingsPlan", "Compute Savings Plan", "savingsPlan.compute"),
        /** An EC2 Instance Savings Plan: one instance family in one region. */
        EC2_INSTANCE_SAVINGS_PLAN("ec2InstanceSavingsPlan", "EC2 Instance Savings Plan", "savingsPlan.instance"),
        /** Standard Reserved Instances of one instance type. */
        STANDARD_RESERVED_INSTANCES("standardReservedInstances", "Standard Reserved Instances", "reserved.standard"),
        /** Convertible Reserved Instances, which can be exchanged for others. */
        CONVERTIBLE_RESERVED_INSTANCES("convertibleReservedInstances", "Convertible Reserved Instances",
                "reserved.convertible");

        private final String id;
        private final String label;
        private final String keyPart;

        Kind(String id, String label, String keyPart) {
            this.id = id;
            this.label = label;
            this.keyPart = keyPart;
        }

        /**
         * Gets the name a scenario file uses, such as {@code computeSavingsPlan}.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * Gets the name people read, such as {@code Compute Savings Plan}.
         *
         * @return the label
         */
        public String label() {
            return label;
        }

        String keyPart() {
            return keyPart;
        }

        /**
         * Checks whether this kind covers Lambda: only a Compute Savings Plan does.
         *
         * @return true for a Compute Savings Plan
         */
        public boolean coversLambda() {
            return this == COMPUTE_SAVINGS_PLAN;
        }

        /**
         * Obtains a kind by the name a scenario file uses.
         *
         * @param id {@code computeSavingsPlan}, {@code ec2InstanceSavingsPlan}, {@code standardReservedInstances} or
         *     {@code convertibleReservedInstances}
         * @return the kind
         * @throws IllegalArgumentException if there is none of that name
         */
        public static Kind of(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("type must be computeSavingsPlan, ec2InstanceSavingsPlan,"
                    + " standardReservedInstances or convertibleReservedInstances but was: "
                    + Format.printable(String.valueOf(id), 100));
        }
    }

    /** How a commitment is paid. */
    public enum Payment {
        /** Nothing upfront, all in the hourly commitment. */
        NO_UPFRONT("noUpfront"),
        /** Part upfront, part hourly. */
        PARTIAL_UPFRONT("partialUpfront"),
        /** All upfront. */
        ALL_UPFRONT("allUpfront");

        private final String id;

        Payment(String id) {
            this.id = id;
        }

        /**
         * Gets the name a scenario file uses, such as {@code noUpfront}.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        String label() {
            return switch (this) {
                case NO_UPFRONT -> "no upfront";
                case PARTIAL_UPFRONT -> "partial upfront, amortised monthly";
                case ALL_UPFRONT -> "all upfront, amortised monthly";
            };
        }

        /**
         * Obtains a payment option by the name a scenario file uses.
         *
         * @param id {@code noUpfront}, {@code partialUpfront} or {@code allUpfront}
         * @return the option
         * @throws IllegalArgumentException if there is none of that name
         */
        public static Payment of(String id) {
            for (Payment payment : values()) {
                if (payment.id.equals(id)) {
                    return payment;
                }
            }
            throw new IllegalArgumentException("payment must be noUpfront, partialUpfront or allUpfront but was: "
                    + Format.printable(String.valueOf(id), 100));
        }

        @Override
        public String toString() {
            return id.toLowerCase(Locale.ROOT);
        }
    }

    /** How a commitment's size is given. */
    public enum Basis {
        /** Dollars per hour at the committed rates. */
        DOLLARS_PER_HOUR("dollarsPerHour", "USD per hour"),
        /** A number of a cluster's nodes. */
        NODES("nodes", "nodes"),
        /** The cluster's minimum node count. */
        MINIMUM_NODES("sizedToMinimumNodes", "");

        private final String field;
        private final String unit;

        Basis(String field, String unit) {
            this.field = field;
            this.unit = unit;
        }

        String field() {
            return field;
        }

        String unit() {
            return unit;
        }
    }
}
