package org.breakeven.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared argument checks, on the cases their callers' tests do not reach. */
class ChecksTest {

    /**
     * Each check returns the value it was given, so that a constructor can check and assign in one line:
     * both ends of a closed range, and a value inside it.
     */
    @ParameterizedTest
    @ValueSource(doubles = {128, 200.5, 10_240})
    void between_returnsTheValue(double value) {
        assertThat(Checks.between("memoryMb", value, 128, 10_240, "MB")).isEqualTo(value);
    }

    /** The maximum is allowed and, like a value below it, comes back unchanged. */
    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 0.6, 1})
    void positiveAtMost_returnsTheValue(double value) {
        assertThat(Checks.positiveAtMost("nodes.targetUtilisation", value, 1, "(fraction)")).isEqualTo(value);
    }

    /** The smallest positive double and a pixel width pass and come back unchanged. */
    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 0.5, 800})
    void positive_greaterThanZero(double value) {
        assertThat(Checks.positive("width", value, "px")).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "-1, -1", "-0.5, -0.5", "NaN, NaN", "Infinity, Infinity"})
    void positive_notGreaterThanZero(double value, String shown) {
        assertThatThrownBy(() -> Checks.positive("width", value, "px"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width must be a finite number greater than 0 px but was: " + shown);
    }

    /**
     * Whole numbers print without a fraction up to 999,999,999,999,999 either way; from 10^15 on they print as
     * Java prints a double, 1.0E15, as other numbers always do.
     */
    @ParameterizedTest
    @CsvSource({"999999999999999, 999999999999999", "-999999999999999, -999999999999999", "1e15, 1.0E15",
        "-1e15, -1.0E15", "0, 0", "0.5, 0.5", "NaN, NaN"})
    void number_wholeBelowTenToTheFifteen(double value, String shown) {
        assertThat(Checks.number(value)).isEqualTo(shown);
    }
}
