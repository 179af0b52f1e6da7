package org.breakeven.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;

/**
 * Finds a pricing table from how the command line names it: a shipped version as
 * {@link org.breakeven.pricing.TableVersion} prints it ({@code aws/us-east-1@2024-11-01}), or
 * {@code aws/us-east-1@latest}, or {@code latest} for aws/us-east-1, or a file. A file of that name
 * comes first; it must be a regular file, not a folder, a device or a named pipe.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Tables {

    private Tables() {
    }

    /** Finds the table that a {@code pricing} command's argument names. */
    static PricingTable load(String reference) {
        return load("pricing table", reference);
    }

    /**
     * Finds a table.
     *
     * @param name what the reference is, for messages, such as {@code --pricing}
     * @param reference the version or file
     * @return the table
     * @throws IllegalArgumentException if the reference is empty, names a file that is not a regular file, or
     *     names no file and no shipped version
     */
    static PricingTable load(String name, String reference) {
        if (reference.isBlank()) {
            throw new IllegalArgumentException(expected(name) + " but was empty");
        }
        if ("latest".equals(reference)) {
            return PricingTables.latest("aws", "us-east-1");
        }
        Path file = path(reference);
        if (file != null && Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                // A folder, a device or a named pipe, which could block a read for ever.
                throw new IllegalArgumentException(expected(name) + " but was "
                        + (Files.isDirectory(file) ? "a folder" : "not a regular file") + ": " + reference);
            }
            return PricingTables.fromFile(file);
        }
        if (reference.contains("@")) {
            return PricingTables.version(reference);
        }
        throw new IllegalArgumentException(expected(name) + " but was: " + reference);
    }

    private static Path path(String reference) {
        try {
            return Path.of(reference);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String expected(String name) {
        return name + " must be a shipped version such as aws/us-east-1@2024-11-01 or latest (see 'breakeven pricing"
                + " list'), or an existing file,";
    }
}
