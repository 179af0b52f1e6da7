package org.breakeven.pricing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Loads pricing tables: the versions shipped in the jar (from the repository's {@code pricing/}
 * folder), or a file that the user supplies.
 * <pre>{@code
 * jshell> PricingTables.latest("aws", "us-east-1").rate("lambda.requests")
 * $1 ==> lambda.requests 0.0000002 USD per request
 * }</pre>
 * <p>
 * This class is thread-safe; shipped tables are read once and cached.
 */
public final class PricingTables {

    private static final ConcurrentHashMap<String, PricingTable> CACHE = new ConcurrentHashMap<>();

    private PricingTables() {
    }

    /**
     * Lists the versions shipped in the jar, oldest first within each provider and region.
     *
     * @return the index entries
     */
    public static List<TableVersion> versions() {
        return TableReader.index();
    }

    /**
     * Loads the newest shipped version for a provider and region.
     *
     * @param provider the provider, such as {@code aws}
     * @param region the region, such as {@code us-east-1}
     * @return the table
     * @throws IllegalArgumentException if no version is shipped for that region
     */
    public static PricingTable latest(String provider, String region) {
        TableVersion newest = versions().stream()
                .filter(v -> v.provider().equals(provider) && v.region().equals(region))
                .max(Comparator.comparing(TableVersion::effectiveDate))
                .orElseThrow(() -> unknown(provider, region, "latest"));
        return load(newest);
    }

    /**
     * Loads the shipped version in force on a date: the newest whose effective date is not after it.
     *
     * @param provider the provider
     * @param region the region
     * @param date the date, such as {@code 2024-11-01}
     * @return the table
     * @throws IllegalArgumentException if no shipped version was in force then
     */
    public static PricingTable asOf(String provider, String region, LocalDate date) {
        Objects.requireNonNull(date, "date");
        TableVersion version = versions().stream()
                .filter(v -> v.provider().equals(provider) && v.region().equals(region))
                .filter(v -> !v.effectiveDate().isAfter(date))
                .max(Comparator.comparing(TableVersion::effectiveDate))
                .orElseThrow(() -> unknown(provider, region, "in force on " + date));
        return load(version);
    }

    /**
     * Loads one shipped version by its effective date, or the latest for {@code "latest"}.
     *
     * @param provider the provider
     * @param region the region
     * @param version an effective date such as {@code 2024-11-01}, or {@code latest}
     * @return the table
     * @throws IllegalArgumentException if that version is not shipped
     */
    public static PricingTable version(String provider, String region, String version) {
        if ("latest".equals(version)) {
            return latest(provider, region);
        }
        return versions().stream()
                .filter(v -> v.provider().equals(provider) && v.region().equals(region)
                        && v.effectiveDate().toString().equals(version))
                .findFirst()
                .map(PricingTables::load)
                .orElseThrow(() -> unknown(provider, region, version));
    }

    /**
     * Loads one shipped version by its label, as {@link TableVersion} prints it, or the latest of a
     * provider and region for {@code <provider>/<region>@latest}.
     * <pre>{@code
     * jshell> PricingTables.version("aws/us-east-1@2024-07-01")
     * $1 ==> PricingTable aws/us-east-1@2024-07-01 (25 rates, 5 allowances, 34 instance types)
     * }</pre>
     *
     * @param label the label, such as {@code aws/us-east-1@2024-11-01} or {@code aws/us-east-1@latest}
     * @return the table
     * @throws IllegalArgumentException if the label is not one of those forms (see {@link TableVersion#parse})
     *     or that version is not shipped
     */
    public static PricingTable version(String label) {
        Objects.requireNonNull(label, "label");
        Matcher latest = TableVersion.LABEL.matcher(label);
        if (latest.matches() && latest.group(3).equals("latest")) {
            return latest(latest.group(1), latest.group(2));
        }
        TableVersion version = TableVersion.parse(label);
        return version(version.provider(), version.region(), version.effectiveDate().toString());
    }

    /**
     * Loads a table from a file, such as a newer table than the jar ships.
     * <p>
     * The file is read as strictly as a shipped table, except that its {@code checksum} may be left
     * out; when it is there, it must match. It must be a regular file of at most 10 MiB, which is checked
     * before it is opened (a named pipe or a device is refused rather than read for ever). A file that is not
     * valid JSON, or not a {@code breakeven-pricing/1} table, fails with the position of the fault and none
     * of its content, so that a file given by mistake (a file of credentials, say) is not echoed.
     *
     * @param file the JSON file
     * @return the table
     * @throws PricingFormatException if the file is not a regular file, is larger than 10 MiB, is malformed or
     *     its checksum does not match
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PricingTable fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        return TableReader.read(new ByteArrayInputStream(TableReader.bytes(file)), file.toString(),
                TableReader.ChecksumPolicy.IF_PRESENT);
    }

    /**
     * Computes the checksum to record in a table file's {@code checksum} field.
     * <p>
     * The checksum is {@code sha256:} followed by the lowercase hex SHA-256 of the file's canonical
     * form: the JSON document without its top-level {@code checksum} member, with the members of
     * every object sorted by name, no whitespace, strings escaped minimally and integers in plain
     * digits, in UTF-8 (RFC 8785 for the values a table holds; {@code pricing/README.md} gives the
     * details). Formatting, member order and the checksum already recorded do not change it.
     * Everything else in the file is checked first, as {@link #fromFile} does.
     * <pre>{@code
     * jshell> PricingTables.checksum(Path.of("pricing/aws/us-east-1/2024-11-01.json"))
     * $1 ==> "sha256:..."
     * }</pre>
     *
     * @param file the JSON file
     * @return the checksum, such as {@code sha256:3f0c...} (64 hex digits)
     * @throws PricingFormatException if the file is not a regular file of at most 10 MiB or is malformed,
     *     apart from its checksum
     * @throws UncheckedIOException if the file cannot be read
     */
    public static String checksum(Path file) {
        Objects.requireNonNull(file, "file");
        return TableReader.checksum(new ByteArrayInputStream(TableReader.bytes(file)), file.toString());
    }

    /**
     * Reads a table from a stream holding a {@code breakeven-pricing/1} document, such as one that the
     * Price List importer wrote, with the same checks as a shipped table. The stream is read to its end (or
     * until it has given more than 10 MiB, which fails) and closed.
     *
     * @param in the JSON document
     * @param origin where the document comes from, used in messages and as {@link PricingTable#origin()}
     * @return the table
     * @throws PricingFormatException if the document is malformed
     */
    public static PricingTable fromStream(InputStream in, String origin) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(origin, "origin");
        return TableReader.read(in, origin, TableReader.ChecksumPolicy.IF_PRESENT);
    }

    private static PricingTable load(TableVersion version) {
        return CACHE.computeIfAbsent(version.path(), path -> TableReader.readResource(version));
    }

    private static IllegalArgumentException unknown(String provider, String region, String version) {
        StringBuilder known = new StringBuilder();
        for (TableVersion v : versions()) {
            known.append(known.length() == 0 ? "" : ", ").append(v.label());
        }
        return new IllegalArgumentException("no shipped pricing table for " + provider + "/" + region + " version "
                + version + "; shipped: " + known);
    }
}
