package org.breakeven.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link BreakevenExtension} for the scenario read from a file, as {@code ScenarioFile.read} reads it: a
 * path relative to the working directory (the project's directory under Maven), or {@code classpath:} and a
 * resource name. With {@link PricingVersion} beside it, the scenario is priced on that table instead of its own.
 * <pre>{@code
 * @Test
 * void checkout(@ScenarioPath("examples/default.json") Scenario scenario) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ScenarioPath {

    /**
     * Gets the file, such as {@code examples/default.json} or {@code classpath:scenarios/checkout.yaml}.
     *
     * @return the path
     */
    String value();
}
