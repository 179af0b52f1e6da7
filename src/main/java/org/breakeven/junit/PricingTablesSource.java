package org.breakeven.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A source of pricing tables for a {@code @ParameterizedTest} with one {@code PricingTable} parameter: every
 * shipped version of a region, oldest first, or only its latest, and any table files. Each invocation is named by
 * the table's version.
 * <pre>{@code
 * @ParameterizedTest
 * @PricingTablesSource(region = "us-east-1")                       // every shipped us-east-1 version
 * void holdsOnEveryTable(PricingTable table) { ... }
 *
 * @ParameterizedTest
 * @PricingTablesSource(region = "us-east-1", latestOnly = true, files = "src/test/resources/next.json")
 * void holdsOnTheLatestAndTheNext(PricingTable table) { ... }
 * }</pre>
 */
// JUnit is required static, not transitive (see module-info): a user of this source requires it.
@SuppressWarnings("exports")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(PricingTablesProvider.class)
public @interface PricingTablesSource {

    /**
     * Gets the provider of the shipped tables.
     *
     * @return the provider, {@code aws} unless given
     */
    String provider() default "aws";

    /**
     * Gets the region whose shipped tables are given, or an empty string for none (files only).
     *
     * @return the region, such as {@code us-east-1}
     */
    String region() default "";

    /**
     * Gets whether only the region's latest shipped table is given, rather than every shipped version.
     *
     * @return true for the latest only
     */
    boolean latestOnly() default false;

    /**
     * Gets table files to give after the shipped tables, read as {@code PricingTables.fromFile} reads them: a path
     * relative to the working directory, or {@code classpath:} and a resource name.
     *
     * @return the files
     */
    String[] files() default {};
}
