package org.breakeven.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;

/**
 * Finds a pricing table from how the command line names it: a shipped version
 * ({@code aws/us-east-1@2024-11-01}, {@code aws/us-east-1@latest}, or {@code latest} for
 * aws/us-east-1), or a file.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Tables {

    private static final Pattern VERSION = Pattern.compile("([a-z0-9-]+)/([a-z0-9-]+)@(latest|\\d{4}-\\d{2}-\\d{2})");

    private Tables() {
    }

    static PricingTable load(String reference) {
        if ("latest".equals(reference)) {
            return PricingTables.latest("aws", "us-east-1");
        }
        Matcher m = VERSION.matcher(reference);
        if (m.matches()) {
            return PricingTables.version(m.group(1), m.group(2), m.group(3));
        }
        Path file = Path.of(reference);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("pricing table must be a shipped version such as aws/us-east-1@2024-11-01"
                    + " or latest (see 'breakeven pricing list'), or an existing file, but was: " + reference);
        }
        return PricingTables.fromFile(file);
    }
}
