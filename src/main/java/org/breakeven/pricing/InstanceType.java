package org.breakeven.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An EC2 instance type from a pricing table: its size and its on-demand hourly price.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name the instance type, such as {@code t3.medium}
 * @param vcpu the number of vCPUs
 * @param memoryGib the memory in GiB
 * @param architecture {@code x86_64} or {@code arm64}
 * @param hourlyPrice the on-demand Linux price in the table's currency per instance-hour
 * @param source the key of the source in the pricing table
 */
public record InstanceType(String name, int vcpu, BigDecimal memoryGib, String architecture,
        BigDecimal hourlyPrice, String source) {

    /** The most vCPUs an instance type may have: 10,000 (the largest EC2 instances have 896). */
    public static final int MAX_VCPU = 10_000;

    /** The most memory an instance type may have: 1,000,000 GiB (the largest EC2 instances have 32,768). */
    public static final BigDecimal MAX_MEMORY_GIB = new BigDecimal("1000000");

    /**
     * Creates an instance type, checking its size and price.
     *
     * @param name the name
     * @param vcpu the vCPUs, from 1 to {@link #MAX_VCPU}
     * @param memoryGib the memory, greater than 0 and at most {@link #MAX_MEMORY_GIB}, with at most
     *     {@link PricingTable#MAX_DECIMALS} decimal places
     * @param architecture x86_64 or arm64
     * @param hourlyPrice the price per hour, from 0 to {@link PricingTable#MAX_PRICE}, with at most
     *     {@link PricingTable#MAX_DECIMALS} decimal places
     * @param source the source key
     * @throws PricingValueException if the vCPUs, the memory or the price are outside their bounds, or the
     *     architecture is neither x86_64 nor arm64
     */
    public InstanceType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(memoryGib, "memoryGib");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(hourlyPrice, "hourlyPrice");
        Objects.requireNonNull(source, "source");
        String shown = Text.shown(name);
        if (vcpu < 1 || vcpu > MAX_VCPU) {
            throw new PricingValueException("vcpu", "vcpu of " + shown + " must be between 1 and "
                    + Decimals.grouped(BigDecimal.valueOf(MAX_VCPU)) + " but was: " + vcpu);
        }
        if (memoryGib.signum() <= 0 || memoryGib.scale() > PricingTable.MAX_DECIMALS || memoryGib.compareTo(MAX_MEMORY_GIB) > 0) {
            throw new PricingValueException("memoryGib", "memoryGib of " + shown + " must be greater than 0 and at most "
                    + Decimals.grouped(MAX_MEMORY_GIB) + " GiB, with at most " + PricingTable.MAX_DECIMALS
                    + " decimal places, but was: " + Decimals.shown(memoryGib));
        }
        if (!architecture.equals("x86_64") && !architecture.equals("arm64")) {
            throw new PricingValueException("architecture", "architecture of " + shown + " must be x86_64 or arm64 but"
                    + " was: " + Text.shown(architecture));
        }
        Decimals.check("hourlyPrice", "hourlyPrice of " + shown, hourlyPrice, PricingTable.MAX_PRICE, " per hour");
    }

    /**
     * Outputs the type as {@code t3.medium (2 vCPU, 4 GiB, x86_64) 0.0416/hour}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return name + " (" + vcpu + " vCPU, " + Decimals.plain(memoryGib) + " GiB, " + architecture + ") "
                + Decimals.plain(hourlyPrice) + "/hour";
    }
}
