package org.breakeven;

import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;

/** The pricing table most tests use: the shipped us-east-1 table effective 2024-11-01. */
public final class TestTables {

    private TestTables() {
    }

    /**
     * Gets the us-east-1 table whose rates the hand-worked examples use.
     *
     * @return the table
     */
    public static PricingTable usEast1() {
        return PricingTables.version("aws", "us-east-1", "2024-11-01");
    }

    /**
     * Gets a test table until the re-verified 2026 table ships: the us-east-1 2024-11-01 table plus the keys of
     * Lambda Managed Instances, Fargate and EKS Auto Mode that the 2026 table will carry, each with its source
     * ({@code src/test/resources/org/breakeven/options/aws-us-east-1-2026-options.json}).
     *
     * @return the table
     */
    public static PricingTable usEast1Options() {
        String resource = "/org/breakeven/options/aws-us-east-1-2026-options.json";
        return PricingTables.fromStream(TestTables.class.getResourceAsStream(resource), resource);
    }
}
