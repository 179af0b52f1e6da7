package org.breakeven.pricing.pricelist;


import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.breakeven.pricing.Allowance;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Source;

/**
 * The outcome of a Price List import: for each of our keys, whether it was found in an offer, carried
 * over from a base table or is missing and why, and the offers that were read.
 * <p>
 * A table is only handed out when nothing is missing: {@link #table()} and {@link #tableJson()} fail
 * with the list of missing keys otherwise, so an import never yields a partial table that looks
 * complete. What was found can still be inspected key by key.
 * <pre>{@code
 * jshell> var report = PriceListImporter.forRegion("us-east-1").importFiles(List.of(Path.of("AWSLambda.json")))
 * jshell> report.isComplete()
 * $2 ==> false
 * jshell> report.rate("lambda.requests").get()
 * $3 ==> lambda.requests 0.0000002 USD per request
 * jshell> report.table()
 * |  Exception java.lang.IllegalStateException: the Price List import for aws/us-east-1 is incomplete: ...
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ImportReport {

    /** What kind of entry of a pricing table a key is. */
    public enum Kind {
        /** A rate, such as {@code lambda.requests}. */
        RATE,
        /** An allowance (a free or included quantity), such as {@code lambda.freeTier.requests}. */
        ALLOWANCE,
        /** An EC2 instance type of the catalogue, such as {@code m5.large}. */
        INSTANCE_TYPE
    }

    /** Where a key's value came from, if anywhere. */
    public enum Status {
        /** Found in one of the offers that were read. */
        FOUND,
        /** Copied from the base table, because the Price List does not publish it or its offer was not given. */
        CARRIED,
        /** Not found: the table would be incomplete. */
        MISSING
    }

    /**
     * What the import found for one key.
     *
     * @param key the key, such as {@code lambda.requests} or {@code m5.large}
     * @param kind a rate, an allowance or an instance type
     * @param status found, carried over or missing
     * @param offerCode the offer it was looked for in, empty if the Price List does not publish it
     * @param sku the SKU it was found under, empty unless found
     * @param detail for a found key the SKU, usage type, term and unit; for a carried key where from;
     *     for a missing key why, with the products that nearly matched
     */
    public record KeyResult(String key, Kind kind, Status status, String offerCode, String sku, String detail) {

        /**
         * Creates a result.
         *
         * @param key the key
         * @param kind the kind
         * @param status the status
         * @param offerCode the offer, empty if none
         * @param sku the SKU, empty unless found
         * @param detail the explanation
         */
        public KeyResult {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
            offerCode = offerCode == null ? "" : offerCode;
            sku = sku == null ? "" : sku;
            Objects.requireNonNull(detail, "detail");
        }

        /**
         * Outputs the result as one line: {@code found   lambda.requests: SKU GU2ZS9HVP6QTQ7KE ...}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return String.format("%-8s %s: %s", status.name().toLowerCase(java.util.Locale.ROOT), key,
                    Text.printable(detail));
        }
    }

    /**
     * One offer file that was read.
     *
     * @param file the file
     * @param format {@code json} or {@code csv}
     * @param offerCode the offer code, such as {@code AWSLambda}
     * @param version the offer version, such as {@code 20161207235208}
     * @param publicationDate the publication date as the file gives it, such as {@code 2016-12-07T23:52:08Z}
     * @param url the offer's address in the Price List Bulk API, inferred from the code, version and region
     * @param allRegions true if the file held products of other regions (an all-regions offer)
     * @param entries the products read (JSON) or price rows read (CSV); 0 if no key is in this offer
     * @param kept the products kept because one of our keys matched them
     * @param otherServices the entries whose {@code servicecode} is another service's, such as the data
     *     transfer rows in an old AWSLambda offer
     */
    public record OfferRead(String file, String format, String offerCode, String version, String publicationDate,
            String url, boolean allRegions, long entries, int kept, long otherServices) {

        /**
         * Creates an offer summary.
         *
         * @param file the file
         * @param format json or csv
         * @param offerCode the offer code
         * @param version the version
         * @param publicationDate the publication date
         * @param url the address
         * @param allRegions whether it held other regions
         * @param entries products or rows read
         * @param kept products kept
         * @param otherServices entries of other services
         */
        public OfferRead {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(offerCode, "offerCode");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(publicationDate, "publicationDate");
            Objects.requireNonNull(url, "url");
        }

        /**
         * Outputs the offer as one line, such as
         * {@code AWSLambda 20161207235208 published 2016-12-07T23:52:08Z (all regions, json): 403 products, 4 kept}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return Text.shown(offerCode) + " " + Text.shown(version) + " published " + Text.shown(publicationDate) + " ("
                    + (allRegions ? "all regions, " : "") + format + "): " + entries + (format.equals("csv") ? " row"
                    : " product") + (entries == 1 ? "" : "s") + ", " + kept + " kept" + (otherServices > 0 ? ", "
                    + otherServices + " of other services" : "") + "; " + Text.printable(file);
        }
    }

    private final String region;
    private final List<OfferRead> offers;
    private final List<KeyResult> results;
    private final Map<String, Source> sources;
    private final Map<String, Rate> rates;
    private final Map<String, Allowance> allowances;
    private final Map<String, InstanceType> instances;
    private final LocalDate effectiveDate;
    private final String title;

    ImportReport(String region, List<OfferRead> offers, List<KeyResult> results, Map<String, Source> sources,
            Map<String, Rate> rates, Map<String, Allowance> allowances, Map<String, InstanceType> instances,
            LocalDate effectiveDate, String title) {
        this.region = region;
        this.offers = List.copyOf(offers);
        this.results = List.copyOf(results);
        this.sources = new LinkedHashMap<>(sources);
        this.rates = new LinkedHashMap<>(rates);
        this.allowances = new LinkedHashMap<>(allowances);
        this.instances = new LinkedHashMap<>(instances);
        this.effectiveDate = effectiveDate;
        this.title = title;
    }

    /**
     * Gets the region that was imported.
     *
     * @return the region code, such as {@code us-east-1}
     */
    public String region() {
        return region;
    }

    /**
     * Gets the offer files that were read, in the order given.
     *
     * @return the offers
     */
    public List<OfferRead> offers() {
        return offers;
    }

    /**
     * Gets the result for every key of the table: rates, then allowances, then instance types.
     *
     * @return the results, one per key
     */
    public List<KeyResult> results() {
        return results;
    }

    /**
     * Gets the result for one key.
     *
     * @param key the key, such as {@code lambda.requests} or {@code m5.large}
     * @return the result
     * @throws IllegalArgumentException if the key is not one of the table's
     */
    public KeyResult result(String key) {
        return results.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("key must be one of the " + results.size()
                        + " keys of the import but was: " + key));
    }

    /**
     * Gets the keys that are missing, with the reason for each.
     *
     * @return the missing keys' results, empty if the import is complete
     */
    public List<KeyResult> missing() {
        return results.stream().filter(r -> r.status() == Status.MISSING).toList();
    }

    /**
     * Checks if every key was found or carried over, so that {@link #table()} can be called.
     *
     * @return true if nothing is missing
     */
    public boolean isComplete() {
        return missing().isEmpty();
    }

    /**
     * Gets a rate that was found or carried over, even if the import is incomplete.
     *
     * @param key the key, such as {@code lambda.requests}
     * @return the rate, empty if missing
     */
    public Optional<Rate> rate(String key) {
        return Optional.ofNullable(rates.get(key));
    }

    /**
     * Gets an allowance that was found or carried over, even if the import is incomplete.
     *
     * @param key the key, such as {@code lambda.freeTier.requests}
     * @return the allowance, empty if missing
     */
    public Optional<Allowance> allowance(String key) {
        return Optional.ofNullable(allowances.get(key));
    }

    /**
     * Gets an instance type that was found or carried over, even if the import is incomplete.
     *
     * @param name the type, such as {@code m5.large}
     * @return the instance type, empty if missing
     */
    public Optional<InstanceType> instanceType(String name) {
        return Optional.ofNullable(instances.get(name));
    }

    /**
     * Gets the sources of the rates that were found or carried over: one per offer file, plus the base
     * table's sources of carried keys.
     *
     * @return the sources by key
     */
    public Map<String, Source> sources() {
        return new LinkedHashMap<>(sources);
    }

    /**
     * Gets the table as a {@code breakeven-pricing/1} JSON document with its checksum, ready to be saved
     * under {@code pricing/}: {@link PricingTable#toJson()} of the imported table.
     *
     * @return the document
     * @throws IllegalStateException if a key is missing; the message lists them
     */
    public String tableJson() {
        requireComplete();
        PricingTable table = PricingTable.of("aws", region, effectiveDate, "USD", title);
        for (Source source : sources.values()) {
            table = table.withSource(source);
        }
        for (Rate rate : rates.values()) {
            table = table.withRate(rate);
        }
        for (Allowance allowance : allowances.values()) {
            table = table.withAllowance(allowance);
        }
        for (InstanceType type : instances.values()) {
            table = table.withInstance(type);
        }
        return table.toJson();
    }

    /**
     * Gets the table, read back from {@link #tableJson()} with the checks of a shipped table.
     *
     * @return the table
     * @throws IllegalStateException if a key is missing; the message lists them
     */
    public PricingTable table() {
        String json = tableJson();
        return PricingTables.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "AWS Price List import " + version());
    }

    private void requireComplete() {
        List<KeyResult> missing = missing();
        if (!missing.isEmpty()) {
            StringBuilder text = new StringBuilder("the Price List import for " + version() + " is incomplete: "
                    + missing.size() + " of " + results.size() + " keys are missing");
            for (KeyResult result : missing) {
                text.append("\n  ").append(result.key()).append(": ").append(Text.printable(result.detail()));
            }
            throw new IllegalStateException(text.toString());
        }
    }

    String version() {
        return "aws/" + region;
    }

    /**
     * Outputs the report: a summary line, the offers read and one line per key.
     *
     * @return the text
     */
    @Override
    public String toString() {
        List<KeyResult> missing = missing();
        List<String> lines = new ArrayList<>();
        lines.add("Price List import for " + version() + (missing.isEmpty() ? ": complete, " + results.size() + " keys"
                : ": INCOMPLETE, " + missing.size() + " of " + results.size() + " keys missing"));
        for (OfferRead offer : offers) {
            lines.add("  offer " + offer);
        }
        for (KeyResult result : results) {
            lines.add("  " + result);
        }
        return String.join("\n", lines);
    }
}
