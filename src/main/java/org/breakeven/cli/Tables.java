package org.breakeven.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;

/**
 * Finds a pricing table from how the command line names it: a shipped version as
 * {@link org.breakeven.pricing.TableVersion} prints it ({@code aws/us-east-1@2024-11-01}), or
 * {@code aws/us-east-1@latest}, or {@code latest} for aws/us-east-1, or a file. A file of that name
 * comes first.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Tables {

    private Tables() {
    }

    static PricingTable load(String reference) {
        if ("latest".equals(reference)) {
            return PricingTables.latest("aws", "us-east-1");
        }
        Path file = Path.of(reference);
        if (Files.exists(file)) {
            return PricingTables.fromFile(file);
        }
        if (reference.contains("@")) {
            return PricingTables.version(reference);
        }
        throw new IllegalArgumentException("pricing table must be a shipped version such as aws/us-east-1@2024-11-01"
                + " or latest (see 'breakeven pricing list'), or an existing file, but was: " + reference);
    }
}
