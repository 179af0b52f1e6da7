package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.breakeven.pricing.PricingTables;
import org.breakeven.workload.RequestRange;
import org.junit.jupiter.api.Test;

/**
 * {@link BreakEven#percentMovedFrom}: the one formula of the relative thresholds (assertions and {@code check}).
 * The scenario and its break-evens, 38,455,828 on aws/us-east-1@2024-07-01 and 44,362,003 on 2024-11-01 (DynamoDB
 * writes halved), are worked by hand in BreakevenAssertionsTest.
 */
class BreakEvenMovedTest {

    private static final Scenario WRITES = ScenarioFile.read(
            Path.of("src", "test", "resources", "org", "breakeven", "assertj", "dynamodb-writes.json"));

    @Test
    void percentMovedFrom_bothWays() {
        BreakEven old = WRITES.solve().breakEven();
        BreakEven cut = WRITES.withPricing(PricingTables.version("aws/us-east-1@2024-11-01")).solve().breakEven();
        assertThat(old.requestsPerMonth()).isEqualTo(38_455_828L);
        assertThat(cut.requestsPerMonth()).isEqualTo(44_362_003L);
        // 5,906,175 x 100 / 44,362,003 = 13.31358955996644 (16 digits)
        assertThat(old.percentMovedFrom(cut)).hasValueSatisfying(p -> assertThat(p.toPlainString())
                .isEqualTo("13.31358955996644"));
        // 5,906,175 x 100 / 38,455,828 = 15.35835...
        assertThat(cut.percentMovedFrom(old)).hasValueSatisfying(p -> assertThat(p.toPlainString())
                .startsWith("15.3583"));
        assertThat(cut.percentMovedFrom(cut)).hasValueSatisfying(p -> assertThat(p).isZero());
    }

    @Test
    void percentMovedFrom_noBreakEven() {
        BreakEven none = Breakeven.defaultScenario().withRange(new RequestRange(0, 10_000_000)).solve().breakEven();
        BreakEven some = Breakeven.defaultScenario().solve().breakEven();
        assertThat(none.percentMovedFrom(some)).isEmpty();
        assertThat(some.percentMovedFrom(none)).isEmpty();
        assertThatThrownBy(() -> some.percentMovedFrom(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("baseline");
    }
}
