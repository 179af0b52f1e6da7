package org.breakeven.pricing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the index of shipped pricing tables.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param provider the provider, such as {@code aws}
 * @param region the region, such as {@code us-east-1}
 * @param effectiveDate the date from which the table's rates apply
 * @param path the table's path under {@code pricing/}
 */
public record TableVersion(String provider, String region, LocalDate effectiveDate, String path) {

    /**
     * Creates an index entry.
     *
     * @param provider the provider
     * @param region the region
     * @param effectiveDate the effective date
     * @param path the path under pricing/
     */
    public TableVersion {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Gets the label {@code provider/region@date}.
     *
     * @return the label
     */
    public String label() {
        return provider + "/" + region + "@" + effectiveDate;
    }

    @Override
    public String toString() {
        return label();
    }
}
