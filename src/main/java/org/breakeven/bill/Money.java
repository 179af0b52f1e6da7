package org.breakeven.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money in one currency.
 * <p>
 * The amount is kept unrounded; {@link #roundedToCents()} rounds half-up to two decimals, the way
 * AWS's own worked examples round each line of a bill. {@code toString} shows the rounded form,
 * for example {@code USD 107.10}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    private final String currency;
    private final BigDecimal amount;

    private Money(String currency, BigDecimal amount) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.amount = Objects.requireNonNull(amount, "amount");
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code such as USD but was: "
                    + currency);
        }
    }

    private static boolean isCurrencyCode(String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains an instance of {@code Money} from a currency and an exact amount.
     *
     * @param currency the ISO 4217 code, such as {@code USD}
     * @param amount the amount, not null
     * @return the money
     */
    public static Money of(String currency, BigDecimal amount) {
        return new Money(currency, amount);
    }

    /**
     * Obtains an amount in US dollars.
     *
     * @param amount the amount as a decimal string, such as {@code "107.10"}
     * @return the money
     */
    public static Money usd(String amount) {
        return new Money("USD", new BigDecimal(amount));
    }

    /**
     * Obtains a zero amount.
     *
     * @param currency the ISO 4217 code
     * @return zero in that currency
     */
    public static Money zero(String currency) {
        return new Money(currency, BigDecimal.ZERO);
    }

    /**
     * Gets the currency code.
     *
     * @return the ISO 4217 code
     */
    public String currency() {
        return currency;
    }

    /**
     * Gets the exact, unrounded amount.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns a copy of this money rounded half-up to whole cents.
     *
     * @return the rounded money
     */
    public Money roundedToCents() {
        return new Money(currency, amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Returns a copy of this money with another amount added.
     *
     * @param other the money to add, in the same currency
     * @return the sum
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, amount.add(other.amount));
    }

    /**
     * Returns a copy of this money with another amount subtracted.
     *
     * @param other the money to subtract, in the same currency
     * @return the difference
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, amount.subtract(other.amount));
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Checks if this money equals another: same currency and numerically equal amount.
     *
     * @param obj the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money other && currency.equals(other.currency)
                && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
    }

    /**
     * Outputs this money rounded to cents with thousands separators, such as {@code USD 1,234.50}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return currency + " " + Format.cents(amount);
    }
}
