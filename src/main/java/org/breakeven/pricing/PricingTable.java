package org.breakeven.pricing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rates of one provider and region as of one effective date: the version that a break-even used.
 * <p>
 * Obtain one through {@link PricingTables}: the latest shipped version, a version by date, or a file.
 * <pre>{@code
 * jshell> PricingTables.latest("aws", "us-east-1")
 * $1 ==> PricingTable aws/us-east-1@2024-11-01 (25 rates, 5 allowances, 34 instance types)
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PricingTable {

    private final String provider;
    private final String region;
    private final LocalDate effectiveDate;
    private final String currency;
    private final String title;
    private final String origin;
    private final Map<String, Source> sources;
    private final Map<String, Rate> rates;
    private final Map<String, Allowance> allowances;
    private final Map<String, InstanceType> instances;
    private final String checksum;

    PricingTable(String provider, String region, LocalDate effectiveDate, String currency, String title,
            String origin, Map<String, Source> sources, Map<String, Rate> rates, Map<String, Allowance> allowances,
            Map<String, InstanceType> instances, String checksum) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.region = Objects.requireNonNull(region, "region");
        this.effectiveDate = Objects.requireNonNull(effectiveDate, "effectiveDate");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.title = Objects.requireNonNull(title, "title");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.sources = Map.copyOf(sources);
        this.rates = Map.copyOf(rates);
        this.allowances = Map.copyOf(allowances);
        this.instances = Map.copyOf(instances);
        this.checksum = checksum;
    }

    /**
     * Gets the provider, such as {@code aws}.
     *
     * @return the provider
     */
    public String provider() {
        return provider;
    }

    /**
     * Gets the region, such as {@code us-east-1}.
     *
     * @return the region
     */
    public String region() {
        return region;
    }

    /**
     * Gets the date from which these rates apply; it names the version.
     *
     * @return the effective date
     */
    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    /**
     * Gets the version label, {@code provider/region@effectiveDate}.
     *
     * @return the version, such as {@code aws/us-east-1@2024-11-01}
     */
    public String version() {
        return TableVersion.label(provider, region, effectiveDate);
    }

    /**
     * Gets the currency of every price in the table.
     *
     * @return the ISO 4217 code
     */
    public String currency() {
        return currency;
    }

    /**
     * Gets the table's one-line description.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Gets where the table was read from: a resource path in the jar or a file.
     *
     * @return the origin
     */
    public String origin() {
        return origin;
    }

    /**
     * Gets the checksum recorded in the file and verified when it was read: {@code sha256:} and the
     * SHA-256 of the file's canonical form (see {@link PricingTables#checksum}).
     *
     * @return the checksum, empty for a user file without one and for a table derived from another
     */
    public Optional<String> checksum() {
        return Optional.ofNullable(checksum);
    }

    /**
     * Gets the sources by key.
     *
     * @return the sources, sorted by key
     */
    public Map<String, Source> sources() {
        return new TreeMap<>(sources);
    }

    /**
     * Gets the rates by key.
     *
     * @return the rates, sorted by key
     */
    public Map<String, Rate> rates() {
        return new TreeMap<>(rates);
    }

    /**
     * Gets the allowances (free quantities) by key.
     *
     * @return the allowances, sorted by key
     */
    public Map<String, Allowance> allowances() {
        return new TreeMap<>(allowances);
    }

    /**
     * Gets the instance catalogue by type name.
     *
     * @return the instance types, sorted by name
     */
    public Map<String, InstanceType> instances() {
        return new TreeMap<>(instances);
    }

    /**
     * Gets a rate by key.
     *
     * @param id the key, such as {@code lambda.requests}
     * @return the rate
     * @throws IllegalArgumentException if the table has no such rate
     */
    public Rate rate(String id) {
        Rate rate = rates.get(id);
        if (rate == null) {
            throw new IllegalArgumentException("rate " + id + " is not in pricing table " + version()
                    + "; it has: " + String.join(", ", new TreeMap<>(rates).keySet()));
        }
        return rate;
    }

    /**
     * Gets a rate by key, checking that it has the unit that a bill model expects.
     *
     * @param id the key
     * @param expectedUnit the unit the caller prices in, such as {@code USD per GB-second}
     * @return the rate
     * @throws IllegalArgumentException if the rate is missing or has another unit
     */
    public Rate rate(String id, String expectedUnit) {
        Rate rate = rate(id);
        String expected = expectedUnit.replace("USD", currency);
        if (!rate.unit().equals(expected)) {
            throw new IllegalArgumentException("rate " + id + " in pricing table " + version() + " must be in "
                    + expected + " but is in " + rate.unit());
        }
        return rate;
    }

    /**
     * Gets an allowance by key.
     *
     * @param id the key, such as {@code lambda.freeTier.requests}
     * @return the allowance
     * @throws IllegalArgumentException if the table has no such allowance
     */
    public Allowance allowance(String id) {
        Allowance allowance = allowances.get(id);
        if (allowance == null) {
            throw new IllegalArgumentException("allowance " + id + " is not in pricing table " + version()
                    + "; it has: " + String.join(", ", new TreeMap<>(allowances).keySet()));
        }
        return allowance;
    }

    /**
     * Gets an instance type by name.
     *
     * @param name the type, such as {@code t3.medium}
     * @return the instance type
     * @throws IllegalArgumentException if the catalogue has no such type
     */
    public InstanceType instance(String name) {
        InstanceType type = instances.get(name);
        if (type == null) {
            throw new IllegalArgumentException("instanceType must be one of the " + instances.size()
                    + " types in pricing table " + version() + " (" + String.join(", ", new TreeMap<>(instances).keySet())
                    + ") but was: " + name);
        }
        return type;
    }

    /**
     * Returns a copy of this table with one rate put in or, for a null rate, taken out; used to price
     * one change of a {@link PricingDiff} on its own. The rate's source comes along, under a new key if
     * this table already uses its key for another source.
     *
     * @param id the rate's key
     * @param rate the rate, or null to remove it
     * @param source the rate's source, ignored when removing
     * @param change what was changed, for the copy's title and origin
     * @return the copy, without a checksum
     */
    PricingTable withRate(String id, Rate rate, Source source, String change) {
        Map<String, Source> newSources = new HashMap<>(sources);
        Rate value = rate == null ? null
                : Rate.tiered(rate.id(), rate.unit(), rate.tiers(), addSource(newSources, source), rate.note());
        return derived(change, newSources, replaced(rates, id, value), allowances, instances);
    }

    /**
     * Returns a copy of this table with one allowance put in or, for null, taken out.
     *
     * @param id the allowance's key
     * @param allowance the allowance, or null to remove it
     * @param source its source, ignored when removing
     * @param change what was changed
     * @return the copy, without a checksum
     */
    PricingTable withAllowance(String id, Allowance allowance, Source source, String change) {
        Map<String, Source> newSources = new HashMap<>(sources);
        Allowance value = allowance == null ? null : new Allowance(allowance.id(), allowance.quantity(),
                allowance.unit(), addSource(newSources, source), allowance.note());
        return derived(change, newSources, rates, replaced(allowances, id, value), instances);
    }

    /**
     * Returns a copy of this table with one instance type put in or, for null, taken out.
     *
     * @param name the type's name
     * @param type the instance type, or null to remove it
     * @param source its source, ignored when removing
     * @param change what was changed
     * @return the copy, without a checksum
     */
    PricingTable withInstance(String name, InstanceType type, Source source, String change) {
        Map<String, Source> newSources = new HashMap<>(sources);
        InstanceType value = type == null ? null : new InstanceType(type.name(), type.vcpu(), type.memoryGib(),
                type.architecture(), type.hourlyPrice(), addSource(newSources, source));
        return derived(change, newSources, rates, allowances, replaced(instances, name, value));
    }

    /** Copies a map with one entry put in, or taken out for a null value. */
    private static <T> Map<String, T> replaced(Map<String, T> map, String key, T value) {
        Map<String, T> copy = new HashMap<>(map);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    /** Adds a source, under its own key if that is free or holds the same source, else under key#2, #3... */
    private static String addSource(Map<String, Source> into, Source source) {
        String key = source.key();
        for (int n = 2; into.containsKey(key) && !into.get(key).equals(withKey(source, key)); n++) {
            key = source.key() + "#" + n;
        }
        into.put(key, withKey(source, key));
        return key;
    }

    private static Source withKey(Source source, String key) {
        return new Source(key, source.title(), source.url(), source.published(), source.read());
    }

    private PricingTable derived(String change, Map<String, Source> newSources, Map<String, Rate> newRates,
            Map<String, Allowance> newAllowances, Map<String, InstanceType> newInstances) {
        return new PricingTable(provider, region, effectiveDate, currency, title + "; with " + change,
                origin + " with " + change, newSources, newRates, newAllowances, newInstances, null);
    }

    /**
     * Outputs the version and the size of the table.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "PricingTable " + version() + " (" + rates.size() + " rates, " + allowances.size() + " allowances, "
                + instances.size() + " instance types)";
    }
}
