package org.breakeven.bill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency.
 * <p>
 * The amount is kept unrounded; {@link #roundedToCents()} rounds half-up to two decimals, the way
 * AWS's own worked examples round each line of a bill. {@code toString} shows the rounded form,
 * for example {@code USD 107.10}, and {@link #parse} reads that back.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    /** An optional minus, digits grouped in threes by commas or not grouped at all, optional decimals. */
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

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
        return new Money("USD", new BigDecimal(Objects.requireNonNull(amount, "amount")));
    }

    /**
     * Obtains an instance of {@code Money} from the text that {@link #toString} prints: a currency code, one
     * space and an amount, with or without thousands separators, such as {@code USD 1,234.56},
     * {@code USD 1234.56} or {@code EUR -0.5}. The amount is kept as written, however many decimals it has.
     * A period such as {@code /month} is not part of money: it is for the bill that shows it.
     * <pre>{@code
     * jshell> Money.parse("USD 1,234.56")
     * $1 ==> USD 1,234.56
     * }</pre>
     *
     * @param text the text, not null
     * @return the money; {@code Money.parse(m.toString())} equals {@code m.roundedToCents()}
     * @throws IllegalArgumentException if the text is not such an amount or the code is not an ISO 4217 code
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        int space = text.indexOf(' ');
        String amount = space < 0 ? "" : text.substring(space + 1);
        if (!AMOUNT.matcher(amount).matches()) {
            throw new IllegalArgumentException("money must read like USD 1,234.56, a currency code, a space and an"
                    + " amount with no period such as /month, but was: " + text);
        }
        return new Money(text.substring(0, space), new BigDecimal(amount.replace(",", "")));
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
        Objects.requireNonNull(other, "other");
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
