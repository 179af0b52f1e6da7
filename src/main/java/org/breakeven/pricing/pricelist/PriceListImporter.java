package org.breakeven.pricing.pricelist;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.pricing.Source;

/**
 * Imports a region's rates from AWS Price List offer files (the Bulk API's {@code index.json} or
 * {@code index.csv}, optionally gzipped) into a {@code breakeven-pricing/1} table.
 * <p>
 * Each of our keys is mapped to one product of one offer by its attributes: region (by
 * {@code regionCode}, else {@code location}), usage type with the region's prefix, product family,
 * group, operation and, for EC2 instances, Linux, shared tenancy, no pre-installed software, no licence,
 * capacity status Used and not a Capacity Block. Price dimensions become tiers sorted by
 * {@code beginRange}; free-tier rows (location {@code Any}, {@code Global-} usage types, term
 * {@code A429C66SYZ}) are never rates, but the Lambda free tier becomes the two free-tier allowances.
 * Prices are read as {@link java.math.BigDecimal}. Each offer becomes a source whose published date is
 * the offer's {@code publicationDate}.
 * <p>
 * Files are streamed: only the products our keys need are kept, so a multi-gigabyte EC2 offer imports in
 * a small heap. What is read and kept is bounded, so that memory stays constant whatever an offer holds: a
 * string or a CSV field of at most 65,536 characters, 100 terms and 1,000 price dimensions a product, 100
 * currencies a price, 4,000,000 characters kept of the matched products, and prices and ranges within the
 * bounds of a pricing table ({@link PricingTable#checkPrice}); only regular files are opened, and a byte that is
 * not UTF-8 fails with its offset. {@code pricing/README.md} lists the limits. Offers: AWSLambda, AmazonEC2 (instances, NAT gateway, EBS), AmazonEKS, AWSELB,
 * AmazonApiGateway, AmazonDynamoDB, AmazonS3, AWSQueueService and AmazonCloudWatch. Other offers are read
 * for their header only and contribute nothing.
 * <pre>{@code
 * jshell> var report = PriceListImporter.forRegion("us-east-1")
 *    ...>     .importFiles(List.of(Path.of("AWSLambda/index.json"), Path.of("AmazonEC2/index.json")))
 * jshell> report.result("elb.alb.hour")
 * $2 ==> missing  elb.alb.hour: offer AWSELB was not given; give a base table (withBase) to carry it over
 * jshell> report.isComplete() ? report.tableJson() : report.toString()
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PriceListImporter {

    private static final String BULK_API = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/";

    private final Region region;
    private final List<String> instanceTypes;
    private final PricingTable base;
    private final LocalDate readDate;

    private PriceListImporter(Region region, List<String> instanceTypes, PricingTable base, LocalDate readDate) {
        this.region = region;
        this.instanceTypes = instanceTypes;
        this.base = base;
        this.readDate = readDate;
    }

    /**
     * Obtains an importer for one region, with no base table, the instance types of the shipped
     * catalogue and today (UTC) as the date the offers were read.
     *
     * @param region the region code, such as {@code us-east-1} or {@code eu-west-1}
     * @return the importer
     * @throws IllegalArgumentException if the importer does not know the region's usage-type prefix
     */
    public static PriceListImporter forRegion(String region) {
        return new PriceListImporter(Region.of(region), null, null, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Returns a copy of this importer that imports these EC2 instance types. Without this call it imports
     * the base table's instance types, or else those of the newest shipped table.
     *
     * @param names the instance types, such as {@code m5.large}, at least one, no duplicates
     * @return the new importer
     * @throws IllegalArgumentException if the list is empty or holds a blank or repeated name
     */
    public PriceListImporter withInstanceTypes(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("instanceTypes must name at least one instance type");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("instanceTypes must not hold a blank name but was: " + names);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("instanceTypes must not repeat a name but repeats: " + name);
            }
        }
        return new PriceListImporter(region, List.copyOf(names), base, readDate);
    }

    /**
     * Returns a copy of this importer that carries keys over from a base table: those the Price List does
     * not publish (the ALB capacity-unit dimensions, the ephemeral storage included with Lambda), from a
     * table of any region, and those whose offer file was not given, from a table of the same region. A
     * key whose offer was given but that was not found in it is never carried over: it stays missing.
     *
     * @param base the table to carry keys over from
     * @return the new importer
     * @throws IllegalArgumentException if the base table is not an AWS table in USD
     */
    public PriceListImporter withBase(PricingTable base) {
        Objects.requireNonNull(base, "base");
        if (!base.provider().equals("aws") || !base.currency().equals("USD")) {
            throw new IllegalArgumentException("base must be an aws table in USD but was: " + base.version() + " in "
                    + base.currency());
        }
        return new PriceListImporter(region, instanceTypes, base, readDate);
    }

    /**
     * Returns a copy of this importer that records this date as the date the offers were read.
     *
     * @param readDate the date, such as the day the files were downloaded
     * @return the new importer
     */
    public PriceListImporter withReadDate(LocalDate readDate) {
        return new PriceListImporter(region, instanceTypes, base, Objects.requireNonNull(readDate, "readDate"));
    }

    /**
     * Gets the region this importer imports.
     *
     * @return the region code
     */
    public String region() {
        return region.code();
    }

    /**
     * Imports the offer files: reads each one once (up to three times for a JSON file whose {@code terms}
     * come before its {@code products}, or whose {@code offerCode} comes after them), then resolves every key.
     *
     * @param files the offer files, JSON or CSV (by the {@code .csv} extension), optionally {@code .gz};
     *     at most one per offer code
     * @return the report, complete or not
     * @throws OfferFormatException if a file is not a regular file or not a Price List offer, or breaks one of
     *     the limits above; the message names the file and the JSON path or CSV line
     * @throws IllegalArgumentException if no file is given or two files hold the same offer
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public ImportReport importFiles(List<Path> files) {
        Objects.requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files must name at least one offer file");
        }
        List<Catalogue.Mapping> mappings = Catalogue.mappings(region, instanceTypes());
        Map<String, List<Selector>> byOffer = new LinkedHashMap<>();
        for (Catalogue.Mapping mapping : mappings) {
            if (mapping.inPriceList()) {
                byOffer.computeIfAbsent(mapping.offerCode(), code -> new ArrayList<>()).add(mapping.selector());
            }
        }
        Map<String, OfferScan> scans = new LinkedHashMap<>();
        List<ImportReport.OfferRead> offers = new ArrayList<>();
        for (Path file : files) {
            OfferScan scan = scan(Objects.requireNonNull(file, "file"), region,
                    code -> byOffer.getOrDefault(code, List.of()));
            OfferScan previous = scans.putIfAbsent(scan.offerCode(), scan);
            if (previous != null) {
                throw new IllegalArgumentException("files must hold each offer once but " + previous.file + " and "
                        + scan.file + " both hold " + Text.shown(scan.offerCode()));
            }
            offers.add(new ImportReport.OfferRead(scan.file, scan.format, scan.offerCode(), scan.header.get("version"),
                    scan.header.get("publicationDate"), url(scan), scan.elsewhere > 0, scan.entries, scan.kept.size(),
                    scan.otherServices));
        }
        return new Resolver(region, readDate, base, scans).resolve(mappings, offers);
    }

    private List<String> instanceTypes() {
        if (instanceTypes != null) {
            return instanceTypes;
        }
        PricingTable catalogue = base;
        if (catalogue == null) {
            boolean shipped = PricingTables.versions().stream()
                    .anyMatch(v -> v.provider().equals("aws") && v.region().equals(region.code()));
            catalogue = PricingTables.latest("aws", shipped ? region.code() : "us-east-1");
        }
        return List.copyOf(catalogue.instances().keySet());
    }

    /**
     * Scans one offer file, keeping the products that the selectors of its offer code match.
     *
     * @param file the file
     * @param region the region
     * @param selectors the selectors of an offer code
     * @return the scan, with offerCode, version and publicationDate present
     */
    static OfferScan scan(Path file, Region region, Function<String, List<Selector>> selectors) {
        OfferSource source = new OfferSource(file);
        OfferScan scan = new OfferScan(source.name(), source.isCsv() ? "csv" : "json", region);
        if (source.isCsv()) {
            CsvOfferReader.read(source, scan, selectors);
        } else {
            JsonOfferReader.read(source, scan, selectors);
        }
        for (String field : List.of("offerCode", "version", "publicationDate")) {
            if (scan.header.get(field) == null) {
                throw new OfferFormatException(source.name(), source.isCsv() ? "preamble" : "$." + field,
                        "the offer has no " + field);
            }
        }
        return scan;
    }

    /** The offer's address in the Bulk API: regional unless the file held other regions' products. */
    static String url(OfferScan scan) {
        return BULK_API + scan.offerCode() + "/" + scan.header.get("version") + "/"
                + (scan.elsewhere > 0 ? "" : scan.region.code() + "/") + "index." + scan.format;
    }

    /** The source of the rates taken from one offer. */
    static Source source(OfferScan scan, String key, LocalDate read) {
        String published = scan.header.get("publicationDate");
        String name = Path.of(scan.file).getFileName().toString();
        String title = "AWS Price List offer " + scan.offerCode() + ", version " + scan.header.get("version")
                + ", publicationDate " + published + " (" + (scan.elsewhere > 0 ? "all-regions" : scan.region.code())
                + " offer file " + name + ")";
        return new Source(key, title, url(scan),
                Resolver.date(published, scan, scan.format.equals("csv") ? "preamble" : "$.publicationDate"), read);
    }

    /**
     * Outputs the importer's settings, such as
     * {@code PriceListImporter us-east-1 (base aws/us-east-1@2024-11-01, read 2026-11-26)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "PriceListImporter " + region.code() + " (" + (base == null ? "" : "base " + base.version() + ", ")
                + (instanceTypes == null ? "" : instanceTypes.size() + " instance types, ") + "read " + readDate + ")";
    }
}
