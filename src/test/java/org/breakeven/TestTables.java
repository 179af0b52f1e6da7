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
     * Gets the us-east-1 table effective 2026-10-01, the first with the rates of Lambda Managed Instances, Fargate
     * and EKS Auto Mode, which the options' hand-worked examples use.
     *
     * @return the table
     */
    public static PricingTable usEast1Options() {
        return PricingTables.version("aws", "us-east-1", "2026-10-01");
    }
}
