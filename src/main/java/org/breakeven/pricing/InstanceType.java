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

    /**
     * Creates an instance type, checking its size and price.
     *
     * @param name the name
     * @param vcpu the vCPUs, at least 1
     * @param memoryGib the memory, greater than 0
     * @param architecture x86_64 or arm64
     * @param hourlyPrice the price per hour, at least 0
     * @param source the source key
     * @throws PricingValueException if the vCPUs are fewer than 1, the memory is not above 0, the
     *     architecture is neither x86_64 nor arm64 or the price is negative
     */
    public InstanceType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(memoryGib, "memoryGib");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(hourlyPrice, "hourlyPrice");
        Objects.requireNonNull(source, "source");
        if (vcpu < 1) {
            throw new PricingValueException("vcpu", "vcpu of " + name + " must be at least 1 but was: " + vcpu);
        }
        if (memoryGib.signum() <= 0) {
            throw new PricingValueException("memoryGib", "memoryGib of " + name + " must be greater than 0 but was: "
                    + memoryGib.toPlainString());
        }
        if (!architecture.equals("x86_64") && !architecture.equals("arm64")) {
            throw new PricingValueException("architecture", "architecture of " + name + " must be x86_64 or arm64 but was: "
                    + architecture);
        }
        if (hourlyPrice.signum() < 0) {
            throw new PricingValueException("hourlyPrice", "hourlyPrice of " + name + " must be at least 0 per hour but was: "
                    + hourlyPrice.toPlainString());
        }
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
