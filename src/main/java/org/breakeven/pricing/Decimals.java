package org.breakeven.pricing;

import java.math.BigDecimal;

/**
 * How this package prints a decimal: plain digits, no exponent, no trailing zeros. The bill kernel has its
 * own formatting; this package depends on nothing of ours, so it keeps its own small copy.
 */
final class Decimals {

    private Decimals() {
    }

    /**
     * Formats a decimal as plain digits without trailing zeros: {@code 0.0000166667}, {@code 1000000}.
     *
     * @param value the value
     * @return the text
     */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
