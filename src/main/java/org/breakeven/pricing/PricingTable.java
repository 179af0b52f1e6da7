package org.breakeven.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rates of one provider and region as of one effective date: the version that a break-even used.
 * <p>
 * Obtain one through {@link PricingTables}: the latest shipped version, a version by date, or a file;
 * or build one from {@link #of} and the {@code with...} methods. {@link #toJson()} writes it as a file
 * that {@link PricingTables#fromFile} reads back to an equal table.
 * <pre>{@code
 * jshell> PricingTables.latest("aws", "us-east-1")
 * $1 ==> PricingTable aws/us-east-1@2024-11-01 (25 rates, 5 allowances, 34 instance types)
 * }</pre>
 * <p>
 * Every price in a table is from 0 to {@link #MAX_PRICE} per unit and every quantity from 0 to
 * {@link #MAX_QUANTITY}, each with at most {@link #MAX_DECIMALS} decimal places; the provider and region are
 * lowercase words joined by hyphens and the currency an ISO 4217 code. A table that breaks one of these
 * cannot be made.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PricingTable {

    /**
     * The highest price per unit that a pricing table may hold: 1,000,000 in its currency, for a rate's
     * tiers and an instance type's hour. No list price per unit comes near it (the dearest EC2 instance costs
     * a few hundred dollars an hour); a price above it is a slip (a yearly price where an hourly one belongs)
     * or hostile, such as {@code 1E+300}, which would make every bill infinite.
     */
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    /**
     * The highest quantity that a pricing table may hold, as the start or end of a tier or as an allowance:
     * 10^15 units of usage a month. The largest tier bounds published are about 10^10 (15 billion GB-seconds
     * of Lambda duration), and every whole number up to 10^15 converts exactly to the {@code double} that the
     * solver uses.
     */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000000");

    /**
     * The most decimal places that a price or a quantity in a pricing table may be written with: 20.
     * Published prices have at most 10 ({@code 0.0000166667}); 20 leave room for derived ones, and refuse a
     * value such as {@code 1E-999999999}, whose billion digits would take minutes and gigabytes to add or print.
     */
    public static final int MAX_DECIMALS = 20;

    /** An ISO 4217 currency code. */
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

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
    private final LambdaInitBilling initBilling;
    private final String initBillingSource;
    private final String checksum;

    PricingTable(String provider, String region, LocalDate effectiveDate, String currency, String title,
            String origin, Map<String, Source> sources, Map<String, Rate> rates, Map<String, Allowance> allowances,
            Map<String, InstanceType> instances, LambdaInitBilling initBilling, String initBillingSource,
            String checksum) {
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
        this.initBilling = initBilling;
        this.initBillingSource = initBillingSource;
        this.checksum = checksum;
        if (initBilling == null && initBillingSource != null) {
            throw new IllegalArgumentException("a source of the INIT rule needs the rule");
        }
        TableVersion.name("provider", provider, "aws");
        TableVersion.name("region", region, "us-east-1");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new PricingValueException("currency", "currency must be an ISO 4217 code of three capital letters,"
                    + " such as USD, but was: \"" + Text.shown(currency) + "\"");
        }
        new TreeMap<>(rates).forEach((key, rate) -> {
            for (int i = 0; i < rate.tiers().size(); i++) {
                Decimals.check("rates" + TableReader.key(key) + ".tiers[" + i + "].price", "price of rate "
                        + Text.shown(key) + (rate.isTiered() ? " tier " + i : ""), rate.tiers().get(i).price(), MAX_PRICE,
                        " per unit");
            }
            requireSource("rates", key, "rate", rate.source());
        });
        new TreeMap<>(allowances).forEach((key, allowance) -> requireSource("allowances", key, "allowance",
                allowance.source()));
        new TreeMap<>(instances).forEach((key, type) -> requireSource("instances", key, "instance type", type.source()));
        if (initBillingSource != null && !sources.containsKey(initBillingSource)) {
            throw new PricingValueException("lambdaInitBilling.source", "source of the Lambda INIT rule must be one of"
                    + " the table's sources (" + Text.list(new TreeMap<>(sources).keySet()) + ") but was: "
                    + Text.shown(initBillingSource));
        }
    }

    /**
     * Checks that a decimal can be a price per unit in a pricing table: from 0 to {@link #MAX_PRICE}, with at
     * most {@link #MAX_DECIMALS} decimal places. A table checks each of its rates' prices so, and an
     * {@link InstanceType} its hourly price; a reader applies the rule where it reads a price, so that no
     * arithmetic and no message ever handles a price such as {@code 1E-999999999}. The check only compares: it
     * costs the same for any value.
     * <pre>{@code
     * jshell> PricingTable.checkPrice("price", new BigDecimal("1e300"))
     * |  Exception org.breakeven.pricing.PricingValueException: price must be between 0 and 1,000,000 per unit,
     * |  with at most 20 decimal places, but was: 1E+300
     * }</pre>
     *
     * @param name what the price is, for the message, such as {@code price}
     * @param price the price
     * @return the price
     * @throws PricingValueException with the field {@code price}, if the price is outside these bounds
     */
    public static BigDecimal checkPrice(String name, BigDecimal price) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        return Decimals.check("price", name, price, MAX_PRICE, " per unit");
    }

    /**
     * Checks that a decimal can be a quantity in a pricing table, the start or end of a tier or an allowance:
     * from 0 to {@link #MAX_QUANTITY}, with at most {@link #MAX_DECIMALS} decimal places. It is the rule of
     * {@link Tier} and {@link Allowance}, for readers that check a quantity where they read it, as
     * {@link #checkPrice} is for prices.
     *
     * @param name what the quantity is, for the message, such as {@code tier start}
     * @param quantity the quantity
     * @return the quantity
     * @throws PricingValueException with the field {@code quantity}, if the quantity is outside these bounds
     */
    public static BigDecimal checkQuantity(String name, BigDecimal quantity) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        return Decimals.check("quantity", name, quantity, MAX_QUANTITY, "");
    }

    /** Checks that an entry cites one of the table's sources. */
    private void requireSource(String section, String key, String what, String source) {
        if (!sources.containsKey(source)) {
            throw new PricingValueException(section + TableReader.key(key) + ".source", "source of " + what + " " + Text.shown(key)
                    + " must be one of the table's sources (" + Text.list(new TreeMap<>(sources).keySet())
                    + ") but was: " + Text.shown(source));
        }
    }

    /**
     * Obtains an empty table, to which {@link #withSource}, {@link #withRate}, {@link #withAllowance} and
     * {@link #withInstance} add entries; {@link #toJson()} then writes it as a table file.
     * <pre>{@code
     * jshell> PricingTable.of("aws", "us-east-1", LocalDate.of(2024, 11, 1), "USD", "My rates")
     *    ...>     .withSource(new Source("mine", "My bill", null, LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 2)))
     *    ...>     .withRate(Rate.flat("lambda.requests", "USD per request", new BigDecimal("0.0000002"), "mine"))
     * $1 ==> PricingTable aws/us-east-1@2024-11-01 (1 rates, 0 allowances, 0 instance types)
     * }</pre>
     *
     * @param provider the provider, such as {@code aws}
     * @param region the region, such as {@code us-east-1}
     * @param effectiveDate the date from which the rates apply
     * @param currency the ISO 4217 code of every price, such as {@code USD}
     * @param title one line saying what the table is
     * @return the empty table, with no checksum and {@code built in code} as its origin
     * @throws PricingValueException if the provider or region is not lowercase letters and digits in words
     *     joined by hyphens, or the currency is not three capital letters
     */
    public static PricingTable of(String provider, String region, LocalDate effectiveDate, String currency,
            String title) {
        return new PricingTable(provider, region, effectiveDate, currency, title, "built in code", Map.of(), Map.of(),
                Map.of(), Map.of(), null, null, null);
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
     * Gets the Lambda INIT rule this table bills: the one it states in {@code lambdaInitBilling}, or, for a table
     * that states none, the rule {@linkplain LambdaInitBilling#inForceOn in force on} its effective date.
     * <pre>{@code
     * jshell> PricingTables.version("aws/us-east-1@2024-11-01").lambdaInitBilling()
     * $1 ==> MANAGED_ZIP_FREE
     * }</pre>
     *
     * @return the rule
     */
    public LambdaInitBilling lambdaInitBilling() {
        return initBilling != null ? initBilling : LambdaInitBilling.inForceOn(effectiveDate);
    }

    /**
     * Gets the key of the source of the INIT rule the table states.
     *
     * @return the source key, or empty if the table states no rule and bills the one of its date
     */
    public Optional<String> lambdaInitBillingSource() {
        return Optional.ofNullable(initBillingSource);
    }

    /**
     * Returns a copy of this table that states the Lambda INIT rule it bills.
     *
     * @param rule the rule
     * @param source the key of its source, one of this table's sources
     * @return the copy, without a checksum
     * @throws PricingValueException if the source is not one of the table's sources
     */
    public PricingTable withLambdaInitBilling(LambdaInitBilling rule, String source) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        return new PricingTable(provider, region, effectiveDate, currency, title, origin, sources, rates, allowances,
                instances, rule, source, null);
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
            throw new IllegalArgumentException("rate " + Text.shown(id) + " is not in pricing table " + version()
                    + "; it has: " + Text.list(new TreeMap<>(rates).keySet()));
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
            throw new IllegalArgumentException("rate " + Text.shown(id) + " in pricing table " + version() + " must be in "
                    + Text.shown(expected) + " but is in " + Text.shown(rate.unit()));
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
            throw new IllegalArgumentException("allowance " + Text.shown(id) + " is not in pricing table " + version()
                    + "; it has: " + Text.list(new TreeMap<>(allowances).keySet()));
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
                    + " types in pricing table " + version() + " (" + Text.list(new TreeMap<>(instances).keySet())
                    + ") but was: " + Text.shown(name));
        }
        return type;
    }

    /**
     * Returns a copy of this table with a source put in, replacing any source of the same key.
     *
     * @param source the source
     * @return the copy, without a checksum
     */
    public PricingTable withSource(Source source) {
        Objects.requireNonNull(source, "source");
        return copy(replaced(sources, source.key(), source), rates, allowances, instances);
    }

    /**
     * Returns a copy of this table with a rate put in under its key, replacing any rate of the same key.
     *
     * @param rate the rate, whose source must be one of this table's
     * @return the copy, without a checksum
     * @throws PricingValueException if the rate's source is not one of this table's, or one of its prices is
     *     outside the bounds of {@link #checkPrice}
     */
    public PricingTable withRate(Rate rate) {
        Objects.requireNonNull(rate, "rate");
        return copy(sources, replaced(rates, rate.id(), rate), allowances, instances);
    }

    /**
     * Returns a copy of this table with an allowance put in under its key, replacing any of the same key.
     *
     * @param allowance the allowance, whose source must be one of this table's
     * @return the copy, without a checksum
     * @throws PricingValueException if the allowance's source is not one of this table's
     */
    public PricingTable withAllowance(Allowance allowance) {
        Objects.requireNonNull(allowance, "allowance");
        return copy(sources, rates, replaced(allowances, allowance.id(), allowance), instances);
    }

    /**
     * Returns a copy of this table with an instance type put in under its name, replacing any of that name.
     *
     * @param type the instance type, whose source must be one of this table's
     * @return the copy, without a checksum
     * @throws PricingValueException if the type's source is not one of this table's
     */
    public PricingTable withInstance(InstanceType type) {
        Objects.requireNonNull(type, "type");
        return copy(sources, rates, allowances, replaced(instances, type.name(), type));
    }

    private PricingTable copy(Map<String, Source> newSources, Map<String, Rate> newRates,
            Map<String, Allowance> newAllowances, Map<String, InstanceType> newInstances) {
        return new PricingTable(provider, region, effectiveDate, currency, title, origin, newSources, newRates,
                newAllowances, newInstances, initBilling, initBillingSource, null);
    }

    /**
     * Writes this table as a {@code breakeven-pricing/1} document (the format that {@link PricingTables}
     * reads and {@code pricing/README.md} describes), with the checksum of what it writes: every price
     * and quantity as the decimal string it holds, digit for digit, so that a table read from a file
     * writes back to the same canonical form and the same checksum.
     * <pre>{@code
     * jshell> Files.writeString(Path.of("mine.json"), PricingTables.latest("aws", "us-east-1").toJson())
     * jshell> PricingTables.fromFile(Path.of("mine.json")).equals(PricingTables.latest("aws", "us-east-1"))
     * $2 ==> true
     * }</pre>
     *
     * @return the JSON document, ending with a line feed
     */
    public String toJson() {
        return TableWriter.write(this);
    }

    /**
     * Returns a copy of this table with one rate put in or, for a null rate, taken out; used to price
     * one change of a {@link PricingDiff} on its own. The rate's source comes along, under a new key if
     * this table already uses its key for another source.
     *
     * @param id the rate's key
     * @param rate the rate, or null to remove it
     * @param source the rate's source, ignored when removing
     * @param change what was changed, for the copy's title and origin; null to leave them as they are
     * @return the copy, without a checksum
     */
    PricingTable applyRate(String id, Rate rate, Source source, String change) {
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
    PricingTable applyAllowance(String id, Allowance allowance, Source source, String change) {
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
    PricingTable applyInstance(String name, InstanceType type, Source source, String change) {
        Map<String, Source> newSources = new HashMap<>(sources);
        InstanceType value = type == null ? null : new InstanceType(type.name(), type.vcpu(), type.memoryGib(),
                type.architecture(), type.hourlyPrice(), addSource(newSources, source));
        return derived(change, newSources, rates, allowances, replaced(instances, name, value));
    }

    /**
     * Returns a copy of this table that bills another table's Lambda INIT rule, with its source if it states one;
     * used to price that change of a {@link PricingDiff} on its own.
     *
     * @param other the table whose rule the copy bills
     * @param change what was changed, for the copy's title and origin
     * @return the copy, without a checksum
     */
    PricingTable applyInitBilling(PricingTable other, String change) {
        Map<String, Source> newSources = new HashMap<>(sources);
        String source = other.initBillingSource == null ? null
                : addSource(newSources, other.sources.get(other.initBillingSource));
        return new PricingTable(provider, region, effectiveDate, currency, title + "; with " + change,
                origin + " with " + change, newSources, rates, allowances, instances, other.lambdaInitBilling(), source,
                null);
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

    /**
     * Returns a copy of this table's entries under another table's provider, region, effective date and
     * title; its origin is the other's, with a note on how the copy was made.
     *
     * @param other the table whose version the copy takes
     * @param how how the copy was made, for its origin
     * @return the copy, without a checksum
     */
    PricingTable versionedAs(PricingTable other, String how) {
        return new PricingTable(other.provider, other.region, other.effectiveDate, currency, other.title,
                other.origin + " " + how, sources, rates, allowances, instances, initBilling, initBillingSource, null);
    }

    /** A copy with other entries; its title and origin name the change, unless that is null. */
    private PricingTable derived(String change, Map<String, Source> newSources, Map<String, Rate> newRates,
            Map<String, Allowance> newAllowances, Map<String, InstanceType> newInstances) {
        return new PricingTable(provider, region, effectiveDate, currency,
                change == null ? title : title + "; with " + change, change == null ? origin : origin + " with " + change,
                newSources, newRates, newAllowances, newInstances, initBilling, initBillingSource, null);
    }

    /**
     * Checks if this table holds the same rates as another: the same provider, region, effective date,
     * currency, title, sources, rates, allowances and instance types. Where it was read from and the
     * checksum recorded there are not compared. Prices compare as {@link Tier} does, by their decimals
     * as written ({@code 0.10} is not {@code 0.1}).
     *
     * @param obj the other object
     * @return true if the other is a table with the same content
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof PricingTable other && provider.equals(other.provider) && region.equals(other.region)
                && effectiveDate.equals(other.effectiveDate) && currency.equals(other.currency)
                && title.equals(other.title) && sources.equals(other.sources) && rates.equals(other.rates)
                && allowances.equals(other.allowances) && instances.equals(other.instances)
                && Objects.equals(initBilling, other.initBilling)
                && Objects.equals(initBillingSource, other.initBillingSource);
    }

    /**
     * Gets a hash code of the content that {@link #equals} compares.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(provider, region, effectiveDate, currency, title, sources, rates, allowances, instances,
                initBilling, initBillingSource);
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
