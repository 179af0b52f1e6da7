package org.breakeven.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link BreakevenExtension} for a shipped pricing table by its label, for a {@code PricingTable}
 * parameter, or for a {@code Scenario} parameter priced on it.
 * <pre>{@code
 * @Test
 * void onTheOldTable(@PricingVersion("aws/us-east-1@2024-11-01") PricingTable table) { ... }
 * @Test
 * void onTheLatest(@PricingVersion("aws/us-east-1@latest") Scenario scenario) { ... }   // the default scenario
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PricingVersion {

    /**
     * Gets the label, such as {@code aws/us-east-1@2024-11-01} or {@code aws/us-east-1@latest}.
     *
     * @return the label
     */
    String value();
}
