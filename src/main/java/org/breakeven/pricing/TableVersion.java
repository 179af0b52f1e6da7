package org.breakeven.pricing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version of a pricing table: a provider, a region and the date from which the rates apply, and
 * where the shipped table lies under {@code pricing/}. It prints as {@code aws/us-east-1@2024-11-01},
 * and {@link #parse} reads exactly that.
 * <pre>{@code
 * jshell> TableVersion.parse("aws/us-east-1@2024-11-01")
 * $1 ==> aws/us-east-1@2024-11-01
 * jshell> $1.path()
 * $2 ==> "aws/us-east-1/2024-11-01.json"
 * jshell> TableVersion.parse("aws/us-east-1")
 * |  Exception java.lang.IllegalArgumentException: version must be <provider>/<region>@<effectiveDate>, such as
 * |  aws/us-east-1@2024-11-01, but was: "aws/us-east-1"
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param provider the provider, such as {@code aws}: lowercase letters and digits, in words joined by hyphens
 * @param region the region, such as {@code us-east-1}: lowercase letters and digits, in words joined by hyphens
 * @param effectiveDate the date from which the table's rates apply
 * @param path the table's path under {@code pricing/}: {@code <provider>/<region>/<effectiveDate>.json}
 */
public record TableVersion(String provider, String region, LocalDate effectiveDate, String path) {

    /** A provider or region: lowercase letters and digits, in words joined by hyphens. */
    private static final String NAME = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
    /**
     * A label: provider, region and what follows the {@code @}, which {@link #parse} requires to be a date
     * and {@link PricingTables#version(String)} also reads as {@code latest}.
     */
    static final Pattern LABEL = Pattern.compile("(" + NAME + ")/(" + NAME + ")@(.+)");
    private static final String FORM = "<provider>/<region>@<effectiveDate>, such as aws/us-east-1@2024-11-01";

    /**
     * Creates a version, checking the names and that the path is the one the other fields give.
     *
     * @param provider the provider
     * @param region the region
     * @param effectiveDate the effective date
     * @param path the path under pricing/
     * @throws PricingValueException if the provider or region is not lowercase words joined by hyphens, or
     *     the path is not {@code <provider>/<region>/<effectiveDate>.json}
     */
    public TableVersion {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(path, "path");
        name("provider", provider, "aws");
        name("region", region, "us-east-1");
        String expected = path(provider, region, effectiveDate);
        if (!path.equals(expected)) {
            throw new PricingValueException("path", "path of " + label(provider, region, effectiveDate)
                    + " must be <provider>/<region>/<effectiveDate>.json, here \"" + expected + "\", but was: \""
                    + Text.shown(path) + "\"");
        }
    }

    /**
     * Obtains a version, with the path that its provider, region and date give.
     *
     * @param provider the provider, such as {@code aws}
     * @param region the region, such as {@code us-east-1}
     * @param effectiveDate the date from which the rates apply
     * @return the version
     * @throws PricingValueException if the provider or region is not lowercase words joined by hyphens
     */
    public static TableVersion of(String provider, String region, LocalDate effectiveDate) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        return new TableVersion(provider, region, effectiveDate, path(provider, region, effectiveDate));
    }

    /**
     * Obtains a version from the text that {@link #toString()} prints, such as
     * {@code aws/us-east-1@2024-11-01}.
     *
     * @param text the text
     * @return the version
     * @throws IllegalArgumentException if the text is not {@code <provider>/<region>@<effectiveDate>}, the
     *     names not lowercase words joined by hyphens or the date not a date such as {@code 2024-11-01}
     */
    public static TableVersion parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher label = LABEL.matcher(text);
        if (!label.matches()) {
            throw new IllegalArgumentException("version must be " + FORM + ", but was: \"" + Text.shown(text.toString()) + "\"");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(label.group(3));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("effectiveDate of version \"" + Text.shown(text.toString())
                    + "\" must be a date such as 2024-11-01 but was: \"" + Text.shown(label.group(3)) + "\"", e);
        }
        return of(label.group(1), label.group(2), date);
    }

    /**
     * Gets the label {@code provider/region@date}, which {@link #toString()} prints too.
     *
     * @return the label, such as {@code aws/us-east-1@2024-11-01}
     */
    public String label() {
        return label(provider, region, effectiveDate);
    }

    /** The label of a table: {@code provider/region@date}. Written here once, for every type that prints it. */
    static String label(String provider, String region, LocalDate effectiveDate) {
        return provider + "/" + region + "@" + effectiveDate;
    }

    private static String path(String provider, String region, LocalDate effectiveDate) {
        return provider + "/" + region + "/" + effectiveDate + ".json";
    }

    /** Checks a provider or region name: lowercase letters and digits, in words joined by hyphens. */
    static void name(String field, String value, String example) {
        if (!NAME_PATTERN.matcher(value).matches()) {
            throw new PricingValueException(field, field + " must be lowercase letters and digits in words joined by"
                    + " hyphens, such as " + example + ", but was: \"" + Text.shown(value) + "\"");
        }
    }

    /**
     * Outputs the label, {@code provider/region@date}, which {@link #parse} reads.
     *
     * @return the label, such as {@code aws/us-east-1@2024-11-01}
     */
    @Override
    public String toString() {
        return label();
    }
}
