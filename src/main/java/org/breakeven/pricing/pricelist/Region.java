package org.breakeven.pricing.pricelist;


import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An AWS region as the Price List names it: its code, the prefixes of its usage types and the
 * {@code location} strings of its products.
 * <p>
 * Usage types carry a region prefix, except in us-east-1, where they have none or {@code USE1-}, and in
 * eu-west-1, whose prefix is {@code EU-} (not {@code EUW1-}). Newer offers give a {@code regionCode}
 * attribute; older ones only a {@code location}, whose wording changed over time ("EU (Ireland)",
 * "Europe (Ireland)"), so both are listed.
 */
final class Region {

    /** Where a product is, relative to this region. */
    enum Place {
        /** The product is priced in this region. */
        HERE,
        /** The product is priced in another region. */
        ELSEWHERE,
        /** The product has location "Any": a global row such as the Lambda free tier. */
        ANY,
        /** The product names no region (for example a data transfer row). */
        NOWHERE
    }

    private static final Map<String, Region> KNOWN = new TreeMap<>();

    static {
        add("us-east-1", List.of("", "USE1-"), "US East (N. Virginia)", "US East (Northern Virginia)");
        add("us-east-2", List.of("USE2-"), "US East (Ohio)");
        add("us-west-1", List.of("USW1-"), "US West (N. California)", "US West (Northern California)");
        add("us-west-2", List.of("USW2-"), "US West (Oregon)");
        add("ca-central-1", List.of("CAN1-"), "Canada (Central)");
        add("eu-west-1", List.of("EU-"), "EU (Ireland)", "Europe (Ireland)");
        add("eu-west-2", List.of("EUW2-"), "EU (London)", "Europe (London)");
        add("eu-west-3", List.of("EUW3-"), "EU (Paris)", "Europe (Paris)");
        add("eu-central-1", List.of("EUC1-"), "EU (Frankfurt)", "Europe (Frankfurt)");
        add("eu-north-1", List.of("EUN1-"), "EU (Stockholm)", "Europe (Stockholm)");
        add("ap-northeast-1", List.of("APN1-"), "Asia Pacific (Tokyo)");
        add("ap-northeast-2", List.of("APN2-"), "Asia Pacific (Seoul)");
        add("ap-southeast-1", List.of("APS1-"), "Asia Pacific (Singapore)");
        add("ap-southeast-2", List.of("APS2-"), "Asia Pacific (Sydney)");
        add("ap-south-1", List.of("APS3-"), "Asia Pacific (Mumbai)");
        add("sa-east-1", List.of("SAE1-"), "South America (Sao Paulo)", "South America (São Paulo)");
    }

    private final String code;
    private final List<String> prefixes;
    private final Set<String> locations;

    private Region(String code, List<String> prefixes, Set<String> locations) {
        this.code = code;
        this.prefixes = prefixes;
        this.locations = locations;
    }

    private static void add(String code, List<String> prefixes, String... locations) {
        KNOWN.put(code, new Region(code, prefixes, Set.of(locations)));
    }

    /**
     * Obtains a known region by code.
     *
     * @param code the region code, such as {@code eu-west-1}
     * @return the region
     * @throws IllegalArgumentException if the importer does not know the region's prefix
     */
    static Region of(String code) {
        Objects.requireNonNull(code, "region");
        Region region = KNOWN.get(code);
        if (region == null) {
            throw new IllegalArgumentException("region must be one whose usage-type prefix the importer knows ("
                    + String.join(", ", KNOWN.keySet()) + ") but was: " + code);
        }
        return region;
    }

    String code() {
        return code;
    }

    /** Gets the prefixes in the order they are tried, such as {@code "", "USE1-"}. */
    List<String> prefixes() {
        return prefixes;
    }

    /** Gets the usage type of a base name in this region, in the most common spelling. */
    String usagetype(String base) {
        return prefixes.get(0) + base;
    }

    /** Checks if a usage type is {@code base} with one of this region's prefixes. */
    boolean isUsagetype(String value, String base) {
        if (value == null || !value.endsWith(base)) {
            return false;
        }
        int prefixLength = value.length() - base.length();
        for (String prefix : prefixes) {
            if (prefix.length() == prefixLength && value.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Places a product: by {@code regionCode} when it has one, else by {@code location}.
     *
     * @param regionCode the product's region code, may be null
     * @param location the product's location, may be null
     * @return where the product is priced
     */
    Place place(String regionCode, String location) {
        if ("Any".equals(location)) {
            return Place.ANY;
        }
        if (regionCode != null && !regionCode.isEmpty()) {
            return regionCode.equals(code) ? Place.HERE : Place.ELSEWHERE;
        }
        if (location == null || location.isEmpty()) {
            return Place.NOWHERE;
        }
        return locations.contains(location) ? Place.HERE : Place.ELSEWHERE;
    }

    @Override
    public String toString() {
        return code;
    }
}
