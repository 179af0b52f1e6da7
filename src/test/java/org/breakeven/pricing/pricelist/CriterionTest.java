package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conditions that pick a product, and the sentences that explain a near miss. The attribute values
 * are those of the Price List offers (aws-rates.md §7): SQS queue types and EC2 product families.
 */
class CriterionTest {

    /** Older offers lack some attributes, so an absent one passes; a present one must match. */
    @Test
    void equalIfPresent_absentPassesPresentMustMatch() {
        Criterion standard = Criterion.equalIfPresent(Attr.QUEUE_TYPE, "Standard");

        assertThat(standard.test(Map.of())).isTrue();
        assertThat(standard.test(Map.of(Attr.QUEUE_TYPE, "Standard"))).isTrue();
        assertThat(standard.test(Map.of(Attr.QUEUE_TYPE, "FIFO (first-in, first-out)"))).isFalse();
        assertThat(standard.failure(Map.of(Attr.QUEUE_TYPE, "FIFO (first-in, first-out)")))
                .isEqualTo("queuetype must be \"Standard\" when present but was \"FIFO (first-in, first-out)\"");
    }

    @Test
    void oneOf_anyOfTheValuesAndNothingElse() {
        Criterion family = Criterion.oneOf(Attr.PRODUCT_FAMILY, "Compute Instance", "Compute Instance (bare metal)");

        assertThat(family.test(Map.of(Attr.PRODUCT_FAMILY, "Compute Instance (bare metal)"))).isTrue();
        assertThat(family.test(Map.of(Attr.PRODUCT_FAMILY, "Dedicated Host"))).isFalse();
        assertThat(family.test(Map.of())).isFalse();
        assertThat(family.failure(Map.of())).isEqualTo("productfamily must be one of \"Compute Instance\", \"Compute"
                + " Instance (bare metal)\" but was missing");
        assertThat(family).hasToString("productfamily must be one of \"Compute Instance\", \"Compute Instance (bare"
                + " metal)\"");
    }
}
