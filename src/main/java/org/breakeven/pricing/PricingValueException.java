package org.breakeven.pricing;

import java.util.Objects;

/**
 * Thrown when a value of a pricing table breaks a rule of its type, such as a tier that does not start
 * where the previous one ends. It names the field at fault, so that a reader can add where in its file
 * the value came from (as {@link PricingFormatException} does) without checking the rule a second time.
 * <pre>{@code
 * jshell> Rate.tiered("x", "USD per unit", List.of(new Tier(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE),
 *    ...>     new Tier(new BigDecimal("15"), null, BigDecimal.ONE)), "s", "")
 * |  Exception org.breakeven.pricing.PricingValueException: rate x tier 1 must start at 10, where tier 0 ends,
 * |  but starts at 15: the tiers leave a gap
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PricingValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The field at fault. */
    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the field at fault, by the names of the type's components, such as {@code vcpu} or
     *     {@code tiers[1].fromInclusive}
     * @param message the rule and the value, as a sentence; characters that are not printable are escaped
     */
    PricingValueException(String field, String message) {
        super(Text.printable(message));
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Gets the field at fault, named by the components of the type that was being created: a component
     * such as {@code vcpu}, or a path into a list such as {@code tiers[1].fromInclusive} for the start of
     * a rate's second tier.
     *
     * @return the field
     */
    public String field() {
        return field;
    }
}
