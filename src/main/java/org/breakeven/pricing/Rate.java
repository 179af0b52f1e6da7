package org.breakeven.pricing;


import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A price per unit of usage, flat or in monthly volume tiers, with its unit and where it came from.
 * <p>
 * Tiers apply to the month's total usage: the first {@code to} units at the first price, the next at
 * the second, and so on. Costs are computed twice from the same tiers: exactly with {@link BigDecimal}
 * for line items and in {@code double} for the solver; a test checks that they agree.
 * <p>
 * The tiers' rules are checked here and only here: the first starts at 0, each next one where the
 * previous one ends, and only the last is open-ended. A broken rule throws a
 * {@link PricingValueException} naming the tier, which the table reader and the Price List importer
 * report at the place in their file the tier came from.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Rate {

    private final String id;
    private final String unit;
    private final List<Tier> tiers;
    private final String source;
    private final String note;
    private final double[] from;
    private final double[] to;
    private final double[] price;

    private Rate(String id, String unit, List<Tier> tiers, String source, String note) {
        this.id = Objects.requireNonNull(id, "id");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.tiers = List.copyOf(tiers);
        this.source = Objects.requireNonNull(source, "source");
        this.note = note == null ? "" : note;
        String shown = Text.shown(id);
        if (this.tiers.isEmpty()) {
            throw new PricingValueException("tiers", "rate " + shown + " must have at least one tier");
        }
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < this.tiers.size(); i++) {
            Tier tier = this.tiers.get(i);
            int order = tier.fromInclusive().compareTo(expected);
            if (order != 0) {
                throw new PricingValueException("tiers[" + i + "].fromInclusive", "rate " + shown + " tier " + i
                        + " must start at " + Decimals.plain(expected) + (i == 0 ? "" : ", where tier " + (i - 1)
                        + " ends,") + " but starts at " + Decimals.plain(tier.fromInclusive()) + ": the tiers "
                        + (order < 0 ? "overlap" : "leave a gap"));
            }
            boolean last = i == this.tiers.size() - 1;
            if (last && tier.toExclusive() != null) {
                throw new PricingValueException("tiers[" + i + "].toExclusive", "rate " + shown + " tier " + i
                        + " must be open-ended, as the last tier, but ends at " + Decimals.plain(tier.toExclusive()));
            }
            if (!last && tier.toExclusive() == null) {
                throw new PricingValueException("tiers[" + i + "].toExclusive", "rate " + shown + " tier " + i
                        + " must end where tier " + (i + 1) + " starts, as only the last tier is open-ended, but has"
                        + " no end");
            }
            expected = tier.toExclusive();
        }
        int n = this.tiers.size();
        from = new double[n];
        to = new double[n];
        price = new double[n];
        for (int i = 0; i < n; i++) {
            Tier tier = this.tiers.get(i);
            from[i] = tier.fromInclusive().doubleValue();
            to[i] = tier.toExclusive() == null ? Double.POSITIVE_INFINITY : tier.toExclusive().doubleValue();
            price[i] = tier.price().doubleValue();
        }
    }

    /**
     * Obtains a flat rate: one price for all usage.
     *
     * @param id the rate's key, such as {@code lambda.requests}
     * @param unit the unit, such as {@code USD per request}
     * @param price the price per unit
     * @param source where the price comes from
     * @return the rate
     */
    public static Rate flat(String id, String unit, BigDecimal price, String source) {
        return new Rate(id, unit, List.of(new Tier(BigDecimal.ZERO, null, price)), source, "");
    }

    /**
     * Obtains a tiered rate.
     *
     * @param id the rate's key
     * @param unit the unit
     * @param tiers the tiers, contiguous from 0, the last open-ended
     * @param source where the prices come from
     * @param note how the prices were derived, may be empty
     * @return the rate
     * @throws PricingValueException if there is no tier, a tier does not start where the previous one ends
     *     (the first at 0), or a tier other than the last is open-ended, or the last is not
     */
    public static Rate tiered(String id, String unit, List<Tier> tiers, String source, String note) {
        return new Rate(id, unit, tiers, source, note);
    }

    /**
     * Gets the key of this rate in its pricing table.
     *
     * @return the key
     */
    public String id() {
        return id;
    }

    /**
     * Gets the unit, such as {@code USD per GB-second}.
     *
     * @return the unit
     */
    public String unit() {
        return unit;
    }

    /**
     * Gets the tiers; a flat rate has one.
     *
     * @return the tiers, unmodifiable
     */
    public List<Tier> tiers() {
        return tiers;
    }

    /**
     * Gets the key of the source in the pricing table, or a description for rates given by the user.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Gets the note on how the price was derived.
     *
     * @return the note, may be empty
     */
    public String note() {
        return note;
    }

    /**
     * Checks if this rate has more than one tier.
     *
     * @return true if tiered
     */
    public boolean isTiered() {
        return tiers.size() > 1;
    }

    /**
     * Gets the price of the first tier, which is the only price of a flat rate.
     *
     * @return the first price
     */
    public BigDecimal firstPrice() {
        return tiers.get(0).price();
    }

    /**
     * Gets the price per unit paid for the unit of usage at a point of the month: the price of the tier
     * that holds it. Two rates with the same price at every point charge the same for any usage, however
     * their tiers are cut.
     * <pre>{@code
     * jshell> PricingTables.latest("aws", "us-east-1").rate("lambda.duration.x86_64").priceAt(new BigDecimal("6000000000"))
     * $1 ==> 0.0000150000
     * }</pre>
     *
     * @param usage the month's usage before that unit, in this rate's usage unit, not negative
     * @return the price of the tier from which {@code usage} is at least the start and below the end
     * @throws IllegalArgumentException if the usage is negative
     */
    public BigDecimal priceAt(BigDecimal usage) {
        if (usage.signum() < 0) {
            throw new IllegalArgumentException("usage must be at least 0 but was: " + Decimals.shown(usage));
        }
        int i = 0;
        while (tiers.get(i).toExclusive() != null && usage.compareTo(tiers.get(i).toExclusive()) >= 0) {
            i++;
        }
        return tiers.get(i).price();
    }

    /**
     * Computes the exact cost of a month's usage, applying the tiers in order.
     *
     * @param quantity the usage in this rate's unit, not negative
     * @return the exact cost, unrounded
     */
    public BigDecimal cost(BigDecimal quantity) {
        BigDecimal total = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            if (quantity.compareTo(tier.fromInclusive()) <= 0) {
                break;
            }
            BigDecimal top = tier.toExclusive() == null || quantity.compareTo(tier.toExclusive()) < 0
                    ? quantity : tier.toExclusive();
            total = total.add(top.subtract(tier.fromInclusive()).multiply(tier.price()));
        }
        return total;
    }

    /**
     * Computes the cost of a month's usage in {@code double}, for the solver. Agrees with
     * {@link #cost(BigDecimal)} to within the precision of a {@code double}.
     *
     * @param quantity the usage in this rate's unit, not negative
     * @return the cost
     */
    public double cost(double quantity) {
        double total = 0;
        for (int i = 0; i < price.length && quantity > from[i]; i++) {
            total += (Math.min(quantity, to[i]) - from[i]) * price[i];
        }
        return total;
    }

    /**
     * Gets the tier boundaries (the starts of every tier but the first) in the usage unit, as
     * {@code double} for the solver.
     *
     * @return a new array of the boundaries in increasing order
     */
    public double[] boundariesForSolver() {
        double[] result = new double[from.length - 1];
        System.arraycopy(from, 1, result, 0, result.length);
        return result;
    }

    /**
     * Outputs this rate as its key, price and unit, such as
     * {@code lambda.requests 0.0000002 USD per request}, tiers separated by {@code |}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(id).append(' ');
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (i > 0) {
                text.append(" | ");
            }
            text.append(Decimals.plain(tier.price()));
            if (isTiered()) {
                text.append(tier.toExclusive() == null ? " above " + Decimals.plain(tier.fromInclusive())
                        : " to " + Decimals.plain(tier.toExclusive()));
            }
        }
        return text.append(' ').append(unit).toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rate other && id.equals(other.id) && unit.equals(other.unit)
                && tiers.equals(other.tiers) && source.equals(other.source) && note.equals(other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, unit, tiers, source, note);
    }
}
