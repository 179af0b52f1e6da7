package org.breakeven.pricing.pricelist;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * @return the kept product, or null if no selector wants it
     */
    Product offer(String sku, Map<String, String> attributes) {
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
                        product = kept.computeIfAbsent(sku, s -> new Product(s, new HashMap<>(attributes)));
                    }
                    matches.computeIfAbsent(selector.id(), id -> new ArrayList<>()).add(sku);
                }
            } else if (failed > 0) {
                nearMiss(selector, failed, sku, attributes);
            }
        }
        return product;
    }

    private void nearMiss(Selector selector, int failed, String sku, Map<String, String> attributes) {
        NearMisses misses = nearMisses.computeIfAbsent(selector.id(), id -> new NearMisses());
        Criterion criterion = selector.criteria().get(failed);
        if (criterion.isRegional()) {
            misses.elsewhere++;
            return;
        }
        String text = "SKU " + sku + ": " + criterion.failure(attributes);
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
