package org.breakeven.pricing.pricelist;


import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One condition on a product's attributes, such as {@code tenancy = Shared}, with the sentence that
 * explains a failure: {@code marketoption must not be "CapacityBlock" but was "CapacityBlock"}.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Criterion {

    private final String attribute;
    private final String rule;
    private final boolean regional;
    private final Predicate<Map<String, String>> test;

    private Criterion(String attribute, String rule, boolean regional, Predicate<Map<String, String>> test) {
        this.attribute = attribute;
        this.rule = rule;
        this.regional = regional;
        this.test = test;
    }

    /** The attribute must equal the value. */
    static Criterion equal(String attribute, String value) {
        return new Criterion(attribute, "must be \"" + value + "\"", false, a -> value.equals(a.get(attribute)));
    }

    /** The attribute must equal one of the values. */
    static Criterion oneOf(String attribute, String... values) {
        List<String> allowed = Arrays.asList(values);
        return new Criterion(attribute, "must be one of " + quoted(allowed), false,
                a -> allowed.contains(a.get(attribute)));
    }

    /** The attribute, if present, must not equal the value. */
    static Criterion not(String attribute, String value) {
        return new Criterion(attribute, "must not be \"" + value + "\"", false, a -> !value.equals(a.get(attribute)));
    }

    /** The attribute, if present, must equal the value: older offers lack some attributes. */
    static Criterion equalIfPresent(String attribute, String value) {
        return new Criterion(attribute, "must be \"" + value + "\" when present", false, a -> {
            String actual = a.get(attribute);
            return actual == null || actual.equals(value);
        });
    }

    /** The attribute must end with the suffix: the loose test that picks the products worth explaining. */
    static Criterion endsWith(String attribute, String suffix) {
        return new Criterion(attribute, "must end with \"" + suffix + "\"", false, a -> {
            String actual = a.get(attribute);
            return actual != null && actual.endsWith(suffix);
        });
    }

    /** The usage type must be the base name with one of the region's prefixes. */
    static Criterion usagetype(Region region, String base) {
        List<String> spellings = region.prefixes().stream().map(prefix -> prefix + base).toList();
        return new Criterion(Attr.USAGETYPE, "must be " + (spellings.size() == 1 ? "\"" + spellings.get(0) + "\""
                : "one of " + quoted(spellings)), false, a -> region.isUsagetype(a.get(Attr.USAGETYPE), base));
    }

    /** The product must be priced in the region, by {@code regionCode} or else {@code location}. */
    static Criterion in(Region region) {
        return new Criterion(Attr.REGION_CODE, "must be " + region.code() + " (or its location)", true,
                a -> region.place(a.get(Attr.REGION_CODE), a.get(Attr.LOCATION)) == Region.Place.HERE);
    }

    /** Checks the condition. */
    boolean test(Map<String, String> attributes) {
        return test.test(attributes);
    }

    /** Checks if this is the region condition, whose failures are counted rather than listed. */
    boolean isRegional() {
        return regional;
    }

    /** Explains why a product fails this condition. */
    String failure(Map<String, String> attributes) {
        if (regional) {
            String code = attributes.get(Attr.REGION_CODE);
            String location = attributes.get(Attr.LOCATION);
            return "region " + rule + " but was " + (code != null ? "\"" + Text.shown(code) + "\""
                    : location != null ? "location \"" + Text.shown(location) + "\"" : "missing");
        }
        String actual = attributes.get(attribute);
        return attribute + " " + rule + " but was " + (actual == null ? "missing" : "\"" + Text.shown(actual) + "\"");
    }

    @Override
    public String toString() {
        return (regional ? "region" : attribute) + " " + rule;
    }

    private static String quoted(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(text.length() == 0 ? "" : ", ").append('"').append(value).append('"');
        }
        return text.toString();
    }
}
