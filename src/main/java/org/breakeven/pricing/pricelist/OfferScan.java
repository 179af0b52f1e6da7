package org.breakeven.pricing.pricelist;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one pass over an offer file kept: its header, the products that some selector matched with
 * their on-demand terms, and for each selector its matches and near misses. Everything else in the file
 * is counted and dropped, so memory stays bounded by the number of products we asked for.
 * <p>
 * Filled by {@link JsonOfferReader} or {@link CsvOfferReader}; not thread-safe.
 */
final class OfferScan {

    /** The free-tier offer term code of the Lambda free-tier rows. */
    static final String FREE_TIER_TERM = "A429C66SYZ";

    /** How many products one selector may keep before the rest are only counted. */
    static final int MAX_MATCHES = 20;

    /**
     * The longest text read from an offer: a JSON string or name, or a CSV field, of at most 65,536
     * characters. No value of a Price List offer comes near it (the longest are descriptions of a few hundred);
     * a longer one, such as a field of 200 MB, fails when it reaches the limit rather than filling the heap.
     */
    static final int MAX_TEXT = 65_536;

    /** The most on-demand terms that one product may have: 100 (a product has one, two with the free tier). */
    static final int MAX_TERMS = 100;

    /**
     * The most price dimensions that one product may have, over all its on-demand terms: 1,000 (the most
     * tiered product has a handful).
     */
    static final int MAX_DIMENSIONS = 1_000;

    /** The most currencies that one price may be given in: 100 (a Price List price has one or two). */
    static final int MAX_CURRENCIES = 100;

    /**
     * The most characters that a scan keeps of the products it matched, their attributes and their price
     * dimensions: 4,000,000, where the products of all our keys hold some tens of thousands. With the limits
     * above, it keeps the memory of an import constant whatever the offer holds.
     */
    static final long MAX_KEPT_CHARS = 4_000_000;

    private static final int MAX_NEAR_MISSES = 5;

    final String file;
    final String format;
    final Region region;
    final Map<String, String> header = new LinkedHashMap<>();
    long entries;
    long elsewhere;
    long otherServices;
    final Map<String, Product> kept = new LinkedHashMap<>();
    private final Map<String, List<String>> matches = new HashMap<>();
    private final Map<String, Integer> matchCounts = new HashMap<>();
    private final Map<String, NearMisses> nearMisses = new HashMap<>();
    private List<Selector> selectors = List.of();
    private long keptChars;

    OfferScan(String file, String format, Region region) {
        this.file = file;
        this.format = format;
        this.region = region;
    }

    /** A kept product with its on-demand terms by offer term code. */
    static final class Product {
        final String sku;
        final Map<String, String> attributes;
        final Map<String, Term> onDemand = new LinkedHashMap<>();
        private int dimensions;

        Product(String sku, Map<String, String> attributes) {
            this.sku = sku;
            this.attributes = attributes;
        }

        String attribute(String name) {
            return attributes.get(name);
        }
    }

    /** One on-demand term of a kept product: its price dimensions, in file order. */
    static final class Term {
        final String code;
        final String effectiveDate;
        final String where;
        final List<Dimension> dimensions = new ArrayList<>();

        Term(String code, String effectiveDate, String where) {
            this.code = code;
            this.effectiveDate = effectiveDate;
            this.where = where;
        }
    }

    /**
     * One price dimension (a JSON {@code priceDimensions} entry or a CSV row).
     *
     * @param rateCode the rate code
     * @param description AWS's description
     * @param begin the start of the band
     * @param end the end of the band, null for {@code Inf}
     * @param unit the offer's unit, such as {@code Hrs}
     * @param price the USD price per unit
     * @param where the JSON path or CSV line, for messages
     */
    record Dimension(String rateCode, String description, BigDecimal begin, BigDecimal end, String unit,
            BigDecimal price, String where) {
    }

    /** The near misses of one selector: a few listed, the rest counted. */
    static final class NearMisses {
        final List<String> listed = new ArrayList<>();
        int more;
        int elsewhere;
    }

    /** Sets the selectors that apply to this offer; an empty list makes the readers skip products and terms. */
    void select(List<Selector> selectors) {
        this.selectors = List.copyOf(selectors);
    }

    /** Checks if any selector applies, that is if products and terms need reading at all. */
    boolean selective() {
        return !selectors.isEmpty();
    }

    /** Gets a kept product. */
    Product product(String sku) {
        return kept.get(sku);
    }

    /**
     * Offers one product to the selectors.
     *
     * @param sku the SKU
     * @param attributes the normalised attributes, copied if kept
     * @param where the product's JSON path or CSV line, for a message; only asked for when it fails
     * @return the kept product, or null if no selector wants it
     * @throws OfferFormatException if keeping it would make the scan keep more than {@link #MAX_KEPT_CHARS}
     */
    Product offer(String sku, Map<String, String> attributes, Supplier<String> where) {
        Region.Place place = region.place(attributes.get(Attr.REGION_CODE), attributes.get(Attr.LOCATION));
        if (place == Region.Place.ELSEWHERE) {
            elsewhere++;
        }
        String servicecode = attributes.get(Attr.SERVICECODE);
        if (servicecode != null && !servicecode.equals(header.get("offerCode"))) {
            otherServices++;
        }
        Product product = null;
        for (Selector selector : selectors) {
            int failed = selector.test(attributes);
            if (failed == Selector.MATCH) {
                int count = matchCounts.merge(selector.id(), 1, Integer::sum);
                if (count <= MAX_MATCHES) {
                    if (product == null) {
                        product = kept.get(sku);
                    }
                    if (product == null) {
                        long chars = sku.length();
                        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                            chars += attribute.getKey().length() + attribute.getValue().length();
                        }
                        keep(chars, where);
                        product = new Product(sku, new HashMap<>(attributes));
                        kept.put(sku, product);
                    }
                    matches.computeIfAbsent(selector.id(), id -> new ArrayList<>()).add(sku);
                }
            } else if (failed > 0) {
                nearMiss(selector, failed, sku, attributes);
            }
        }
        return product;
    }

    /**
     * Adds an on-demand term to a kept product, at most {@link #MAX_TERMS} of them.
     *
     * @param product the product
     * @param term the term
     * @return false if the product already has a term of that code (the term is not added)
     * @throws OfferFormatException if the product has {@link #MAX_TERMS} terms already, or the scan has kept
     *     {@link #MAX_KEPT_CHARS}
     */
    boolean addTerm(Product product, Term term) {
        if (product.onDemand.containsKey(term.code)) {
            return false;
        }
        if (product.onDemand.size() == MAX_TERMS) {
            throw new OfferFormatException(file, term.where, String.format(Locale.ROOT, "SKU %s has more than %,d"
                    + " OnDemand terms, where a Price List product has one or two", Text.shown(product.sku), MAX_TERMS));
        }
        keep((long) term.code.length() + term.effectiveDate.length() + term.where.length(), term.where);
        product.onDemand.put(term.code, term);
        return true;
    }

    /**
     * Counts a price dimension of a kept product before it is read, at most {@link #MAX_DIMENSIONS} over all
     * its terms, so that a product with millions of them fails at the first one too many.
     *
     * @param product the product
     * @param where the dimension's JSON path or CSV line
     * @throws OfferFormatException if the product has {@link #MAX_DIMENSIONS} dimensions already
     */
    void countDimension(Product product, String where) {
        if (product.dimensions == MAX_DIMENSIONS) {
            throw new OfferFormatException(file, where, String.format(Locale.ROOT, "SKU %s has more than %,d OnDemand"
                    + " price dimensions, where a Price List product has a handful", Text.shown(product.sku),
                    MAX_DIMENSIONS));
        }
        product.dimensions++;
    }

    /**
     * Keeps a price dimension of a term of a kept product.
     *
     * @param term the term
     * @param dimension the dimension, counted already ({@link #countDimension})
     * @throws OfferFormatException if the scan has kept {@link #MAX_KEPT_CHARS}
     */
    void addDimension(Term term, Dimension dimension) {
        keep((long) dimension.rateCode().length() + dimension.description().length() + dimension.unit().length()
                + dimension.where().length() + 3 * 40, dimension.where());
        term.dimensions.add(dimension);
    }

    /** Charges what is kept to the scan's budget of {@link #MAX_KEPT_CHARS}. */
    private void keep(long chars, String where) {
        keep(chars, () -> where);
    }

    private void keep(long chars, Supplier<String> where) {
        keptChars += chars;
        if (keptChars > MAX_KEPT_CHARS) {
            throw new OfferFormatException(file, where.get(), String.format(Locale.ROOT, "the products that match our keys"
                    + " hold more than %,d characters of attributes and prices, where those of a Price List offer hold"
                    + " some tens of thousands", MAX_KEPT_CHARS));
        }
    }

    private void nearMiss(Selector selector, int failed, String sku, Map<String, String> attributes) {
        NearMisses misses = nearMisses.computeIfAbsent(selector.id(), id -> new NearMisses());
        Criterion criterion = selector.criteria().get(failed);
        if (criterion.isRegional()) {
            misses.elsewhere++;
            return;
        }
        String text = "SKU " + Text.shown(sku) + ": " + criterion.failure(attributes);
        if (misses.listed.contains(text)) {
            return;
        }
        if (misses.listed.size() < MAX_NEAR_MISSES) {
            misses.listed.add(text);
        } else {
            misses.more++;
        }
    }

    /** Gets the SKUs a selector matched, at most {@link #MAX_MATCHES}. */
    List<String> matches(String selectorId) {
        return matches.getOrDefault(selectorId, List.of());
    }

    /** Gets how many products a selector matched, including those past {@link #MAX_MATCHES}. */
    int matchCount(String selectorId) {
        return matchCounts.getOrDefault(selectorId, 0);
    }

    /** Gets a selector's near misses, possibly empty. */
    NearMisses nearMisses(String selectorId) {
        return nearMisses.getOrDefault(selectorId, new NearMisses());
    }

    /** Gets the offer code from the header, or null before it was read. */
    String offerCode() {
        return header.get("offerCode");
    }
}
