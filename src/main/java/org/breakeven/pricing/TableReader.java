package org.breakeven.pricing;


import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads pricing table files through private records that mirror the file, with one strict mapper:
 * unknown fields, duplicate keys, missing values, numbers where strings belong, non-numeric prices
 * and a checksum that does not match fail with the file and the JSON path. The rules of the values
 * themselves (a negative price, gapped or overlapping tiers, an instance type without memory, a
 * source read before it was published, a rate citing a source the table does not have) are checked
 * by the domain types alone ({@link Tier}, {@link Rate}, {@link InstanceType}, {@link Source},
 * {@link Allowance}, {@link PricingTable}, {@link TableVersion}); this reader only adds the file and
 * the JSON path to their {@link PricingValueException}. {@link TableWriter} writes the same format.
 * <p>
 * A file is parsed once into a JSON tree (so that the checksum can be computed from it), then bound
 * to the records, then checked value by value; the checksum is checked last, so that a malformed
 * value is reported at its own path rather than as a checksum mismatch.
 */
final class TableReader {

    static final String FORMAT = "breakeven-pricing/1";
    static final String INDEX_FORMAT = "breakeven-pricing-index/1";
    private static final String RESOURCE_ROOT = "/pricing/";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // Prices, quantities and dates are strings: a JSON number there would pass through a double.
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Whether a table must carry a checksum. */
    enum ChecksumPolicy {
        /** Shipped tables: the checksum must be present and match. */
        REQUIRED,
        /** User files: a checksum is checked if present. */
        IF_PRESENT,
        /** Computing a checksum: the recorded one, if any, is not checked. */
        IGNORED
    }

    private static volatile List<TableVersion> index;

    private TableReader() {
    }

    record TableFile(String format, String provider, String region, String currency, String effectiveDate,
            String title, Map<String, SourceFile> sources, Map<String, RateFile> rates,
            Map<String, AllowanceFile> allowances, Map<String, InstanceFile> instances, String checksum) {
    }

    record SourceFile(String title, String url, String published, String read) {
    }

    record RateFile(String unit, String price, List<TierFile> tiers, String source, String note) {
    }

    record TierFile(String from, String to, String price) {
    }

    record AllowanceFile(String unit, String quantity, String source, String note) {
    }

    record InstanceFile(Integer vcpu, String memoryGib, String architecture, String price, String unit,
            String source) {
    }

    record IndexFile(String format, List<IndexEntry> tables) {
    }

    record IndexEntry(String provider, String region, String effectiveDate, String path) {
    }

    static List<TableVersion> index() {
        List<TableVersion> result = index;
        if (result == null) {
            String name = RESOURCE_ROOT + "index.json";
            try (InputStream in = resource(name, "resource not found in the jar")) {
                result = index(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            index = result;
        }
        return result;
    }

    /**
     * Reads and checks an index of tables.
     *
     * @param in the JSON
     * @param name the file or resource, for errors
     * @return the entries, sorted by provider, region and effective date
     */
    static List<TableVersion> index(InputStream in, String name) {
        return versions(bind(tree(in, name), name, IndexFile.class), new Checker(name));
    }

    /** Opens a resource of the jar, failing with the problem given if it is not there. */
    static InputStream resource(String name, String problemIfMissing) {
        InputStream in = TableReader.class.getResourceAsStream(name);
        if (in == null) {
            throw new PricingFormatException(name, "$", problemIfMissing, null);
        }
        return in;
    }

    /** Checks the index: each entry once (at its path, which {@link TableVersion} checks); sorts it. */
    private static List<TableVersion> versions(IndexFile file, Checker check) {
        check.equal("$.format", file.format(), INDEX_FORMAT);
        List<TableVersion> versions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<IndexEntry> entries = check.present("$.tables", file.tables());
        for (int i = 0; i < entries.size(); i++) {
            IndexEntry e = entries.get(i);
            String at = "$.tables[" + i + "]";
            String provider = check.present(at + ".provider", e.provider());
            String region = check.present(at + ".region", e.region());
            LocalDate effectiveDate = check.date(at + ".effectiveDate", e.effectiveDate());
            String path = check.present(at + ".path", e.path());
            TableVersion version = check.valid(at, () -> new TableVersion(provider, region, effectiveDate, path));
            Integer first = seen.putIfAbsent(version.label(), i);
            if (first != null) {
                throw check.fail(at, version.label() + " is listed twice, at $.tables[" + first + "] and here");
            }
            versions.add(version);
        }
        versions.sort(Comparator.comparing(TableVersion::provider).thenComparing(TableVersion::region)
                .thenComparing(TableVersion::effectiveDate));
        return List.copyOf(versions);
    }

    /**
     * Reads a shipped table, which must carry a checksum and be the table that the index says it is.
     *
     * @param version the index entry
     * @return the table
     */
    static PricingTable readResource(TableVersion version) {
        String name = RESOURCE_ROOT + version.path();
        try (InputStream in = resource(name, "the index names this table but the jar does not hold it")) {
            return readIndexed(in, name, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table that an index lists: it must carry a checksum and be the table that the index says it is.
     *
     * @param in the JSON
     * @param name the file or resource, for errors and {@link PricingTable#origin()}
     * @param version the index entry
     * @return the table
     */
    static PricingTable readIndexed(InputStream in, String name, TableVersion version) {
        PricingTable table = read(in, name, ChecksumPolicy.REQUIRED);
        Checker check = new Checker(name);
        checkIndexed(check, "$.provider", table.provider(), version.provider(), version);
        checkIndexed(check, "$.region", table.region(), version.region(), version);
        checkIndexed(check, "$.effectiveDate", table.effectiveDate().toString(), version.effectiveDate().toString(),
                version);
        return table;
    }

    private static void checkIndexed(Checker check, String path, String actual, String expected, TableVersion version) {
        if (!actual.equals(expected)) {
            throw check.fail(path, "the index lists this file as " + version.label() + ", so this must be \"" + expected
                    + "\", but was: \"" + actual + "\"");
        }
    }

    /** Parses a whole document, strict about syntax and duplicate keys. */
    private static JsonNode tree(InputStream in, String name) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(in);
        } catch (StreamReadException e) {
            String at = e.getProcessor() == null ? "$" : path(e.getProcessor().getParsingContext());
            throw new PricingFormatException(name, at, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"), e);
        } catch (JsonProcessingException e) {
            throw new PricingFormatException(name, "$", "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new PricingFormatException(name, "$", "the file is empty", null);
        }
        return tree;
    }

    /** Binds a parsed document to the records that mirror the file. */
    private static <T> T bind(JsonNode tree, String name, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (InvalidFormatException e) {
            String problem = e.getOriginalMessage();
            if (e.getTargetType() == String.class) {
                problem = "must be a string such as \"0.0000166667\", so that no digit is lost, but was the number "
                        + (e.getValue() instanceof BigDecimal d ? d.toPlainString() : e.getValue());
            } else if (e.getTargetType() == Integer.class) {
                problem = "must be a whole number but was: " + e.getValue();
            }
            throw new PricingFormatException(name, path(e), problem, e);
        } catch (JsonMappingException e) {
            throw new PricingFormatException(name, path(e), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new PricingFormatException(name, "$", e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a table.
     *
     * @param in the JSON
     * @param name the file or resource, for errors and {@link PricingTable#origin()}
     * @param policy whether the checksum must be present
     * @return the table
     */
    static PricingTable read(InputStream in, String name, ChecksumPolicy policy) {
        return build(tree(in, name), name, policy);
    }

    /**
     * Computes the checksum of a table file after checking everything else in it.
     *
     * @param in the JSON
     * @param name the file, for errors
     * @return {@code sha256:} and 64 lowercase hex digits
     */
    static String checksum(InputStream in, String name) {
        JsonNode tree = tree(in, name);
        build(tree, name, ChecksumPolicy.IGNORED);
        return Checksum.of(tree, name);
    }

    private static PricingTable build(JsonNode tree, String name, ChecksumPolicy policy) {
        TableFile file = bind(tree, name, TableFile.class);
        Checker check = new Checker(name);
        check.equal("$.format", file.format(), FORMAT);
        String currency = check.present("$.currency", file.currency());
        Map<String, Source> sources = new LinkedHashMap<>();
        check.present("$.sources", file.sources()).forEach((key, s) -> {
            String at = "$.sources" + key(key);
            String title = check.present(at + ".title", s.title());
            LocalDate published = check.date(at + ".published", s.published());
            LocalDate read = check.date(at + ".read", s.read());
            sources.put(key, check.valid(at, () -> new Source(key, title, s.url(), published, read)));
        });
        Map<String, Rate> rates = new LinkedHashMap<>();
        check.present("$.rates", file.rates()).forEach((key, r) -> rates.put(key, rate(check, key, r)));
        Map<String, Allowance> allowances = new LinkedHashMap<>();
        if (file.allowances() != null) {
            file.allowances().forEach((key, a) -> {
                String at = "$.allowances" + key(key);
                BigDecimal quantity = check.decimal(at + ".quantity", a.quantity());
                String unit = check.present(at + ".unit", a.unit());
                String source = check.present(at + ".source", a.source());
                allowances.put(key, check.valid(at, () -> new Allowance(key, quantity, unit, source, a.note())));
            });
        }
        Map<String, InstanceType> instances = new LinkedHashMap<>();
        if (file.instances() != null) {
            file.instances().forEach((key, i) -> {
                String at = "$.instances" + key(key);
                check.equal(at + ".unit", i.unit(), "USD per hour".replace("USD", currency));
                int vcpu = check.present(at + ".vcpu", i.vcpu());
                BigDecimal memory = check.decimal(at + ".memoryGib", i.memoryGib());
                String arch = check.present(at + ".architecture", i.architecture());
                BigDecimal price = check.decimal(at + ".price", i.price());
                String source = check.present(at + ".source", i.source());
                instances.put(key, check.valid(at, () -> new InstanceType(key, vcpu, memory, arch, price, source)));
            });
        }
        String provider = check.present("$.provider", file.provider());
        String region = check.present("$.region", file.region());
        LocalDate effectiveDate = check.date("$.effectiveDate", file.effectiveDate());
        String title = check.present("$.title", file.title());
        String checksum = policy == ChecksumPolicy.IGNORED ? null : checksum(check, tree, file.checksum(), policy);
        return check.valid("$", () -> new PricingTable(provider, region, effectiveDate, currency, title, name, sources,
                rates, allowances, instances, checksum));
    }

    private static String checksum(Checker check, JsonNode tree, String recorded, ChecksumPolicy policy) {
        String at = "$." + Checksum.FIELD;
        if (recorded == null) {
            if (policy == ChecksumPolicy.REQUIRED) {
                throw check.fail(at, "a shipped table must record its checksum, here \"" + Checksum.of(tree, check.file)
                        + "\" (see PricingTables.checksum)");
            }
            return null;
        }
        if (!Checksum.wellFormed(recorded)) {
            throw check.fail(at, "checksum must be \"sha256:\" and 64 lowercase hex digits but was: \"" + recorded + "\"");
        }
        String actual = Checksum.of(tree, check.file);
        if (!actual.equals(recorded)) {
            throw check.fail(at, "checksum does not match the content: expected " + recorded + " (recorded) but was "
                    + actual + " (computed); the file was changed after its checksum was recorded");
        }
        return recorded;
    }

    private static Rate rate(Checker check, String key, RateFile r) {
        String at = "$.rates" + key(key);
        String unit = check.present(at + ".unit", r.unit());
        String source = check.present(at + ".source", r.source());
        if ((r.price() == null) == (r.tiers() == null)) {
            throw check.fail(at, "a rate must have either price or tiers, not " + (r.price() == null ? "neither" : "both"));
        }
        if (r.price() != null) {
            BigDecimal price = check.price(at + ".price", r.price());
            return check.valid(at, () -> Rate.tiered(key, unit, List.of(new Tier(BigDecimal.ZERO, null, price)), source,
                    r.note()));
        }
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < r.tiers().size(); i++) {
            TierFile t = r.tiers().get(i);
            String tierAt = at + ".tiers[" + i + "]";
            BigDecimal from = check.decimal(tierAt + ".from", t.from());
            BigDecimal to = t.to() == null ? null : check.decimal(tierAt + ".to", t.to());
            BigDecimal price = check.price(tierAt + ".price", t.price());
            tiers.add(check.valid(tierAt, () -> new Tier(from, to, price)));
        }
        return check.valid(at, () -> Rate.tiered(key, unit, tiers, source, r.note()));
    }

    /** The names of the file's fields where they differ from the domain's: {@code Tier.fromInclusive} is "from". */
    private static final Map<String, String> FILE_FIELDS = Map.of("fromInclusive", "from", "toExclusive", "to",
            "hourlyPrice", "price");

    /**
     * Translates a field of the domain, such as {@code tiers[1].fromInclusive} or
     * {@code rates['lambda.requests'].source}, to the file's names: {@code tiers[1].from}. Keys in
     * brackets are kept as they are.
     */
    static String fileField(String field) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == '[') {
                int end = field.startsWith("['", i) ? field.indexOf("']", i) + 1 : field.indexOf(']', i);
                out.append(field, i, end + 1);
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < field.length() && Character.isJavaIdentifierPart(field.charAt(end))) {
                    end++;
                }
                String name = field.substring(i, end);
                out.append(FILE_FIELDS.getOrDefault(name, name));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Quotes a map key as a JSON path segment. */
    static String key(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "['" + key + "']";
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(key(c.getCurrentName()));
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        return "$" + String.join("", parts);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(key(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Checks values of one file, failing with the file name and the JSON path. */
    private static final class Checker {
        private final String file;

        Checker(String file) {
            this.file = file;
        }

        PricingFormatException fail(String path, String problem) {
            return new PricingFormatException(file, path, problem, null);
        }

        <T> T present(String path, T value) {
            if (value == null) {
                throw fail(path, "a value is required here but it is missing");
            }
            return value;
        }

        void equal(String path, String value, String expected) {
            if (!expected.equals(present(path, value))) {
                throw fail(path, "must be \"" + expected + "\" but was: \"" + value + "\"");
            }
        }

        /** Parses a decimal; whether it may be negative is the rule of the value it goes into. */
        BigDecimal decimal(String path, String value) {
            present(path, value);
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw fail(path, "must be a decimal number such as \"0.0000166667\" but was: \"" + value + "\"");
            }
        }

        /**
         * Parses a price and checks it at once against the bounds of a price in a table
         * ({@link PricingTable#checkPrice}), before anything computes with it or prints it.
         */
        BigDecimal price(String path, String value) {
            BigDecimal price = decimal(path, value);
            try {
                return PricingTable.checkPrice("price", price);
            } catch (PricingValueException e) {
                throw new PricingFormatException(file, path, e.getMessage(), e);
            }
        }

        /**
         * Creates a value of the domain, which checks its own rules; a broken rule fails at the JSON path
         * of the field at fault, under the object at {@code path}.
         */
        <T> T valid(String path, Supplier<T> create) {
            try {
                return create.get();
            } catch (PricingValueException e) {
                throw new PricingFormatException(file, path + "." + fileField(e.field()), e.getMessage(), e);
            }
        }

        LocalDate date(String path, String value) {
            try {
                return LocalDate.parse(present(path, value));
            } catch (DateTimeParseException e) {
                throw fail(path, "must be a date such as 2024-11-01 but was: \"" + value + "\"");
            }
        }

    }
}
