package org.breakeven.pricing.pricelist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.breakeven.pricing.Allowance;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingValueException;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Source;
import org.breakeven.pricing.Tier;

/**
 * Turns the scanned offers into one result per key: the single product a key's selector matched, its
 * single on-demand term (the Lambda free-tier term aside), and its price dimensions sorted by
 * {@code beginRange} into contiguous tiers. Anything else (no product, two products, two terms, a gap
 * between bands, an unexpected unit) leaves the key missing with the reason.
 */
final class Resolver {

    /** The tier that a {@link PricingValueException#field()} of a rate names, such as {@code tiers[1].fromInclusive}. */
    private static final Pattern TIER = Pattern.compile("tiers\\[(\\d+)]");

    /** How many bands a message lists. */
    private static final int BANDS_SHOWN = 20;

    private final Region region;
    private final LocalDate read;
    private final PricingTable base;
    private final Map<String, OfferScan> scans;
    private final List<ImportReport.KeyResult> results = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Rate> rates = new LinkedHashMap<>();
    private final Map<String, Allowance> allowances = new LinkedHashMap<>();
    private final Map<String, InstanceType> instances = new LinkedHashMap<>();
    private LocalDate effectiveDate;

    /** Why a key cannot be taken from an offer; the message is the reason shown in the report. */
    static final class Unresolved extends Exception {
        private static final long serialVersionUID = 1L;

        Unresolved(String reason) {
            super(reason, null, false, false);
        }
    }

    Resolver(Region region, LocalDate read, PricingTable base, Map<String, OfferScan> scans) {
        this.region = region;
        this.read = read;
        this.base = base;
        this.scans = scans;
    }

    ImportReport resolve(List<Catalogue.Mapping> mappings, List<ImportReport.OfferRead> offers) {
        for (Catalogue.Mapping mapping : mappings) {
            OfferScan scan = mapping.inPriceList() ? scans.get(mapping.offerCode()) : null;
            try {
                if (!mapping.inPriceList()) {
                    carry(mapping, "not published in the Price List", true);
                } else if (scan == null) {
                    carry(mapping, "offer " + mapping.offerCode() + " was not given", false);
                } else {
                    found(mapping, scan);
                }
            } catch (Unresolved e) {
                results.add(new ImportReport.KeyResult(mapping.key(), mapping.kind(), ImportReport.Status.MISSING,
                        mapping.offerCode(), "", e.getMessage()));
            }
        }
        LocalDate date = effectiveDate != null ? effectiveDate : base != null ? base.effectiveDate() : null;
        List<String> parts = new ArrayList<>();
        for (ImportReport.OfferRead offer : offers) {
            parts.add(offer.offerCode() + " " + offer.version());
        }
        long carried = results.stream().filter(r -> r.status() == ImportReport.Status.CARRIED).count();
        String title = "AWS " + region.code() + ", on-demand list prices imported from the AWS Price List ("
                + String.join(", ", parts) + ")" + (carried == 0 ? "" : "; " + carried + " keys carried over from "
                + base.version());
        return new ImportReport(region.code(), offers, results, sources, rates, allowances, instances, date, title);
    }

    private void carry(Catalogue.Mapping mapping, String why, boolean anyRegion) throws Unresolved {
        if (base == null) {
            throw new Unresolved(why + "; give a base table (withBase) to carry it over");
        }
        if (!anyRegion && !base.region().equals(region.code())) {
            throw new Unresolved(why + ", and the base table " + base.version() + " is for another region");
        }
        String source;
        switch (mapping.kind()) {
            case RATE -> {
                Rate rate = base.rates().get(mapping.key());
                if (rate == null) {
                    throw new Unresolved(why + ", and the base table " + base.version() + " has no such rate");
                }
                requireUnit(mapping, rate.unit(), why);
                source = rate.source();
                rates.put(mapping.key(), rate);
            }
            case ALLOWANCE -> {
                Allowance allowance = base.allowances().get(mapping.key());
                if (allowance == null) {
                    throw new Unresolved(why + ", and the base table " + base.version() + " has no such allowance");
                }
                requireUnit(mapping, allowance.unit(), why);
                source = allowance.source();
                allowances.put(mapping.key(), allowance);
            }
            default -> {
                InstanceType type = base.instances().get(mapping.key());
                if (type == null) {
                    throw new Unresolved(why + ", and the base table " + base.version() + " has no such instance type");
                }
                source = type.source();
                instances.put(mapping.key(), type);
            }
        }
        Source from = base.sources().get(source);
        if (from != null) {
            sources.putIfAbsent(source, from);
        }
        results.add(new ImportReport.KeyResult(mapping.key(), mapping.kind(), ImportReport.Status.CARRIED,
                mapping.offerCode(), "", why + "; carried over from " + base.version() + " (source " + source + ")"));
    }

    private void requireUnit(Catalogue.Mapping mapping, String unit, String why) throws Unresolved {
        if (!unit.equals(mapping.unit())) {
            throw new Unresolved(why + ", and the base table " + base.version() + " gives it in " + unit
                    + " instead of " + mapping.unit());
        }
    }

    private void found(Catalogue.Mapping mapping, OfferScan scan) throws Unresolved {
        OfferScan.Product product = single(mapping, scan);
        String sourceKey = source(scan);
        String usagetype = product.attribute(Attr.USAGETYPE);
        String detail;
        OfferScan.Term term;
        switch (mapping.kind()) {
            case RATE -> {
                term = priced(product);
                String note = "AWS Price List " + scan.offerCode() + " " + scan.header.get("version") + ": SKU "
                        + product.sku + " (usagetype " + usagetype + "), term " + term.code + " effective "
                        + term.effectiveDate + ", offer unit \"" + term.dimensions.get(0).unit() + "\""
                        + (mapping.note().isEmpty() ? "" : "; " + mapping.note());
                Rate rate = rate(mapping, product, term, sourceKey, note);
                rates.put(mapping.key(), rate);
                detail = describe(product, term) + ": " + rate;
            }
            case ALLOWANCE -> {
                term = freeTier(product);
                BigDecimal quantity = freeQuantity(mapping, product, term);
                String note = "AWS Price List " + scan.offerCode() + " " + scan.header.get("version")
                        + ": free-tier SKU " + product.sku + " (usagetype " + usagetype + ", location "
                        + product.attribute(Attr.LOCATION) + "), term " + term.code + ", a $0 band from 0 to "
                        + plain(quantity) + "; per account, shared by every function";
                Allowance allowance = valid(describe(product, term), null, () -> new Allowance(mapping.key(), quantity,
                        mapping.unit(), sourceKey, note));
                allowances.put(mapping.key(), allowance);
                detail = describe(product, term) + ": " + allowance;
            }
            default -> {
                term = priced(product);
                Rate price = rate(mapping, product, term, sourceKey, "");
                if (price.isTiered()) {
                    throw new Unresolved(describe(product, term) + " has " + price.tiers().size()
                            + " bands; an instance price must be flat");
                }
                int vcpu = vcpu(product);
                BigDecimal memory = memory(product);
                String architecture = architecture(product);
                InstanceType type = valid(describe(product, term), null, () -> new InstanceType(mapping.key(), vcpu, memory,
                        architecture, price.firstPrice(), sourceKey));
                instances.put(mapping.key(), type);
                detail = describe(product, term) + ": " + type;
            }
        }
        LocalDate date = date(term.effectiveDate, scan, term.where + (scan.format.equals("csv")
                ? ", column EffectiveDate" : ".effectiveDate"));
        if (effectiveDate == null || date.isAfter(effectiveDate)) {
            effectiveDate = date;
        }
        sources.putIfAbsent(sourceKey, PriceListImporter.source(scan, sourceKey, read));
        results.add(new ImportReport.KeyResult(mapping.key(), mapping.kind(), ImportReport.Status.FOUND,
                mapping.offerCode(), product.sku, detail));
    }

    private static String describe(OfferScan.Product product, OfferScan.Term term) {
        return "SKU " + sku(product) + " (usagetype " + shown(product.attribute(Attr.USAGETYPE)) + "), term "
                + Text.shown(term.code) + " effective " + Text.shown(term.effectiveDate);
    }

    /** The key under which an offer is a source of the table. */
    static String source(OfferScan scan) {
        return "aws-pricelist-" + scan.offerCode() + "-" + scan.header.get("version");
    }

    private OfferScan.Product single(Catalogue.Mapping mapping, OfferScan scan) throws Unresolved {
        int count = scan.matchCount(mapping.key());
        if (count == 1) {
            return scan.product(scan.matches(mapping.key()).get(0));
        }
        String offer = scan.offerCode() + " " + scan.header.get("version");
        if (count > 1) {
            List<String> skus = new ArrayList<>();
            for (String sku : scan.matches(mapping.key())) {
                skus.add(Text.shown(sku) + " (" + shown(scan.product(sku).attribute(Attr.USAGETYPE)) + ")");
            }
            throw new Unresolved(count + " products of " + offer + " match, so the choice would be arbitrary: "
                    + String.join(", ", skus) + (count > skus.size() ? ", ..." : ""));
        }
        StringBuilder reason = new StringBuilder("no product of " + offer + " matches: " + String.join(", ",
                mapping.selector().criteria().stream().map(Criterion::toString).toList()));
        OfferScan.NearMisses misses = scan.nearMisses(mapping.key());
        if (!misses.listed.isEmpty()) {
            reason.append("; near misses: ").append(String.join("; ", misses.listed));
            if (misses.more > 0) {
                reason.append("; ").append(misses.more).append(" more");
            }
        }
        if (misses.elsewhere > 0) {
            reason.append("; ").append(misses.elsewhere).append(misses.elsewhere == 1 ? " product" : " products")
                    .append(" of other regions (or the global free tier) passed over");
        }
        throw new Unresolved(reason.toString());
    }

    /** The one priced on-demand term: the free-tier term A429C66SYZ is never a rate. */
    private static OfferScan.Term priced(OfferScan.Product product) throws Unresolved {
        List<OfferScan.Term> terms = product.onDemand.values().stream()
                .filter(t -> !t.code.equals(OfferScan.FREE_TIER_TERM)).toList();
        if (terms.size() == 1) {
            return terms.get(0);
        }
        if (terms.isEmpty()) {
            throw new Unresolved("SKU " + sku(product) + " has no OnDemand term" + (product.onDemand.isEmpty() ? ""
                    : " other than the free-tier term " + OfferScan.FREE_TIER_TERM));
        }
        throw new Unresolved("SKU " + sku(product) + " has " + terms.size() + " OnDemand terms ("
                + codes(product) + "), so the choice would be arbitrary");
    }

    /** The free-tier term: A429C66SYZ if present, else the only term. */
    private static OfferScan.Term freeTier(OfferScan.Product product) throws Unresolved {
        OfferScan.Term free = product.onDemand.get(OfferScan.FREE_TIER_TERM);
        if (free != null) {
            return free;
        }
        if (product.onDemand.size() == 1) {
            return product.onDemand.values().iterator().next();
        }
        throw new Unresolved("free-tier SKU " + sku(product) + " has " + product.onDemand.size() + " OnDemand terms ("
                + codes(product) + ") and none is " + OfferScan.FREE_TIER_TERM);
    }

    private static BigDecimal freeQuantity(Catalogue.Mapping mapping, OfferScan.Product product, OfferScan.Term term)
            throws Unresolved {
        OfferScan.Dimension first = sorted(term).get(0);
        units(mapping, product, List.of(first));
        if (first.begin().signum() != 0 || first.price().signum() != 0 || first.end() == null) {
            throw new Unresolved("free-tier SKU " + sku(product) + " must start with a $0 band from 0 to a quantity,"
                    + " but its first band is " + band(first) + " at " + plain(first.price()));
        }
        return exact(first.end());
    }

    /**
     * Sorts the dimensions by beginRange (JSON order is not guaranteed) into tiers. Whether they are
     * contiguous is {@link Rate}'s rule; this adds the SKU and the offer's location to a broken one. The
     * tests of real offers read bands through this.
     */
    static List<Tier> tiers(Catalogue.Mapping mapping, OfferScan.Product product, OfferScan.Term term)
            throws Unresolved {
        return rate(mapping, product, term, "check", "").tiers();
    }

    /** The rate of a term: its dimensions sorted by beginRange, as tiers, checked by {@link Rate}. */
    private static Rate rate(Catalogue.Mapping mapping, OfferScan.Product product, OfferScan.Term term, String source,
            String note) throws Unresolved {
        List<OfferScan.Dimension> dimensions = sorted(term);
        units(mapping, product, dimensions);
        List<Tier> tiers = new ArrayList<>();
        for (OfferScan.Dimension d : dimensions) {
            tiers.add(valid("band " + band(d) + " of SKU " + sku(product), d.where(),
                    () -> new Tier(exact(d.begin()), d.end() == null ? null : exact(d.end()), exact(d.price()))));
        }
        try {
            return Rate.tiered(mapping.key(), mapping.unit(), tiers, source, note);
        } catch (PricingValueException e) {
            Matcher tier = TIER.matcher(e.field());
            String where = tier.lookingAt() ? dimensions.get(Integer.parseInt(tier.group(1))).where() : term.where;
            throw new Unresolved("the bands of SKU " + sku(product) + ", sorted by beginRange ("
                    + String.join(", ", dimensions.stream().limit(BANDS_SHOWN).map(Resolver::band).toList())
                    + (dimensions.size() > BANDS_SHOWN ? ", ... (" + dimensions.size() + " in all)" : "") + "), are not a rate: "
                    + e.getMessage() + " (" + where + ")");
        }
    }

    /**
     * Creates a value of the domain, which checks its own rules; a broken rule leaves the key missing, with
     * what was being read and, if given, where in the offer.
     */
    private static <T> T valid(String what, String where, Supplier<T> create) throws Unresolved {
        try {
            return create.get();
        } catch (PricingValueException e) {
            throw new Unresolved(what + ": " + e.getMessage() + (where == null ? "" : " (" + where + ")"));
        }
    }

    /** The decimal as the offer means it: {@code 0.1000000000} is {@code 0.1}, as our tables write it. */
    private static BigDecimal exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<OfferScan.Dimension> sorted(OfferScan.Term term) throws Unresolved {
        if (term.dimensions.isEmpty()) {
            throw new Unresolved("term " + Text.shown(term.code) + " has no price dimensions (" + term.where + ")");
        }
        List<OfferScan.Dimension> dimensions = new ArrayList<>(term.dimensions);
        dimensions.sort(Comparator.comparing(OfferScan.Dimension::begin));
        return dimensions;
    }

    private static void units(Catalogue.Mapping mapping, OfferScan.Product product,
            List<OfferScan.Dimension> dimensions) throws Unresolved {
        for (OfferScan.Dimension d : dimensions) {
            if (!mapping.acceptsUnit(d.unit())) {
                throw new Unresolved("SKU " + sku(product) + " prices in \"" + Text.shown(d.unit()) + "\", which is not one of the"
                        + " units (" + String.join(", ", new TreeSet<>(mapping.offerUnits())) + ") that mean "
                        + mapping.unit() + " (" + d.where() + ")");
            }
        }
    }

    private static String band(OfferScan.Dimension d) {
        return plain(d.begin()) + "-" + (d.end() == null ? "Inf" : plain(d.end()));
    }

    private static int vcpu(OfferScan.Product product) throws Unresolved {
        String text = product.attribute(Attr.VCPU);
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new Unresolved("SKU " + sku(product) + " must give vcpu as a whole number but gives: " + shown(text));
        }
    }

    private static BigDecimal memory(OfferScan.Product product) throws Unresolved {
        String text = product.attribute(Attr.MEMORY);
        String number = text == null ? "" : text.replace(",", "").trim();
        if (number.endsWith("GiB")) {
            number = number.substring(0, number.length() - 3).trim();
        }
        if (number.length() > Ranges.MAX_DECIMAL_CHARS) {
            number = "";
        }
        try {
            return exact(new BigDecimal(number));
        } catch (NumberFormatException e) {
            throw new Unresolved("SKU " + sku(product) + " must give memory such as \"8 GiB\" but gives: " + shown(text));
        }
    }

    /** Graviton processors are arm64; the offer's processorArchitecture says only "64-bit" for both. */
    private static String architecture(OfferScan.Product product) throws Unresolved {
        String processor = product.attribute(Attr.PHYSICAL_PROCESSOR);
        String architecture = product.attribute(Attr.PROCESSOR_ARCHITECTURE);
        String both = ((processor == null ? "" : processor) + " " + (architecture == null ? "" : architecture))
                .toLowerCase(Locale.ROOT);
        if (both.contains("graviton") || both.contains("arm")) {
            return "arm64";
        }
        if (both.contains("64-bit") || both.contains("intel") || both.contains("amd")) {
            return "x86_64";
        }
        throw new Unresolved("SKU " + sku(product) + " gives neither physicalProcessor nor processorArchitecture, so"
                + " its architecture is unknown");
    }

    static LocalDate date(String text, OfferScan scan, String where) {
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new OfferFormatException(scan.file, where, "must be a date such as 2016-06-01T00:00:00Z but was: \""
                    + Text.shown(text) + "\"");
        }
    }

    /** A SKU for a message: escaped and shortened. */
    private static String sku(OfferScan.Product product) {
        return Text.shown(product.sku);
    }

    /** An attribute for a message, which may be missing. */
    private static String shown(String text) {
        return text == null ? "null" : Text.shown(text);
    }

    /** The codes of a product's terms, for a message. */
    private static String codes(OfferScan.Product product) {
        return String.join(", ", product.onDemand.keySet().stream().map(Text::shown).toList());
    }

    /** Formats a decimal as plain digits without trailing zeros (this package's own copy: it imports nothing of the kernel). */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
