package org.breakeven.pricing;


import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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

    /**
     * The largest table file read: 10 MiB. The shipped tables are about 30 KB; the limit is checked before a
     * byte is parsed, so that {@code /dev/zero} or a huge file fails at once rather than running out of memory.
     */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * The longest decimal string parsed: 1,000 characters, far more than any price or quantity within the
     * bounds needs, and short enough to parse at once (a number of millions of digits takes minutes).
     */
    static final int MAX_DECIMAL_CHARS = 1_000;

    /** How deeply a table may nest: a table uses 5 levels ({@code $.rates.x.tiers[0].price}). */
    static final int MAX_DEPTH = 64;

    /** What a format name looks like; another value of {@code format} is not shown. */
    private static final Pattern FORMAT_NAME = Pattern.compile("[a-z0-9.-]{1,40}/[0-9]{1,4}");

    /**
     * The parser's factory: strict about duplicate keys and nesting. Tables are read with jackson-core's parser
     * into a tree and bound by hand ({@link #bind}), not by an {@code ObjectMapper}: a mapper's first use costs a
     * command's cold start about 150 ms, more than the whole solve.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
            String title, InitBillingFile lambdaInitBilling, Map<String, SourceFile> sources, Map<String, RateFile> rates,
            Map<String, AllowanceFile> allowances, Map<String, InstanceFile> instances, String checksum) {
    }

    record InitBillingFile(String rule, String source) {
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
        JsonNode tree = tree(in, name);
        requireFormat(tree, name, INDEX_FORMAT, "index of pricing tables");
        return versions(bind(tree, name, IndexFile.class), new Checker(name));
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
        List<TableVersion> versions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<IndexEntry> entries = check.present("$.tables", file.tables());
        for (int i = 0; i < entries.size(); i++) {
            String at = "$.tables[" + i + "]";
            IndexEntry e = check.present(at, entries.get(i));
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

    /**
     * Reads a table file's bytes: only a regular file (a named pipe would block for ever, a device never
     * end), of at most {@link #MAX_BYTES}, checked before it is opened.
     *
     * @param file the file
     * @return its bytes
     * @throws PricingFormatException if it is not a regular file or is too large
     * @throws UncheckedIOException if it cannot be read
     */
    static byte[] bytes(Path file) {
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pricing table " + name + ": " + e.getMessage(), e);
        }
        if (!attributes.isRegularFile()) {
            throw new PricingFormatException(name, "$", "a pricing table must be a regular file, but this is "
                    + (attributes.isDirectory() ? "a folder" : "a device, a named pipe or a socket"), null);
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(name, String.format(Locale.ROOT, "%,d bytes", attributes.size()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bytes(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pricing table " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads at most {@link #MAX_BYTES} of a stream, failing if there are more, and closes it. */
    private static byte[] bytes(InputStream in, String name) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, "more");
        }
        return bytes;
    }

    private static PricingFormatException tooLarge(String name, String size) {
        return new PricingFormatException(name, "$", String.format(Locale.ROOT, "a pricing table must be at most"
                + " 10 MiB (%,d bytes), but this one has %s", MAX_BYTES, size), null);
    }

    /**
     * Parses a whole document, strict about syntax and duplicate keys. A document that is not JSON is
     * described by the position of the fault, never by its text: the file may be anything given by mistake,
     * such as a file of credentials.
     */
    private static JsonNode tree(InputStream in, String name) {
        byte[] bytes = bytes(in, name);
        JsonNode tree;
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            tree = first == null ? null : node(parser);
            if (tree != null && parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "Trailing token after the document",
                        parser.currentTokenLocation());
            }
        } catch (JsonProcessingException e) {
            String at = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "$";
            throw new PricingFormatException(name, at, "not valid JSON: " + syntax(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        if (tree == null) {
            throw new PricingFormatException(name, "$", "the file is empty", null);
        }
        return tree;
    }

    /** Says what is wrong with a document that is not JSON, and where, without quoting any of it. */
    private static String syntax(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String what;
        if (e instanceof StreamConstraintsException) {
            what = "it nests deeper than " + MAX_DEPTH + " levels, or holds a number or a name too long";
        } else if (message.startsWith("Duplicate field")) {
            what = "a name appears twice in one object";
        } else if (message.startsWith("Unexpected end-of-input")) {
            what = "the file ends inside a value";
        } else if (message.startsWith("Invalid UTF-")) {
            what = "the bytes are not UTF-8";
        } else if (message.startsWith("Trailing token")) {
            what = "something follows the document";
        } else if (message.startsWith("Illegal unquoted character") || message.startsWith("Illegal character")) {
            what = "a control character must be escaped in a string";
        } else {
            what = "unexpected text";
        }
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 0) {
            return what;
        }
        // Jackson reports a byte that is not UTF-8 from just after it.
        int back = message.startsWith("Invalid UTF-") ? 1 : 0;
        return what + " (line " + at.getLineNr() + ", column " + (at.getColumnNr() - back)
                + (at.getByteOffset() >= 0 ? ", byte offset " + (at.getByteOffset() - back) : "") + ")";
    }

    /**
     * Checks that a document is an object whose {@code format} is the one expected, before anything else in it
     * is read or quoted: a JSON file that is not a table (a file of credentials, say) fails here, and only a
     * value that looks like a format name, such as {@code breakeven-pricing/2}, is shown.
     */
    private static void requireFormat(JsonNode tree, String name, String format, String what) {
        if (!tree.isObject()) {
            throw new PricingFormatException(name, "$", "not a " + what + ": a " + format + " file holds a JSON object,"
                    + " but this one holds " + kind(tree.asToken()), null);
        }
        JsonNode value = tree.get("format");
        if (value == null) {
            throw new PricingFormatException(name, "$.format", "not a " + what + ": a " + format + " file says"
                    + " \"format\": \"" + format + "\", but this one has no format", null);
        }
        if (!value.isTextual() || !value.textValue().equals(format)) {
            String actual = value.isTextual() && FORMAT_NAME.matcher(value.textValue()).matches()
                    ? "\"" + value.textValue() + "\"" : kind(value.asToken()) + " (not shown: this is not a " + what + ")";
            throw new PricingFormatException(name, "$.format", "must be \"" + format + "\" but was: " + actual, null);
        }
    }

    /** Names the kind of a JSON value, such as {@code an array}. */
    private static String kind(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + token.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Binds a parsed document, whose format was checked, to the records that mirror the file. Jackson's own
     * messages name our classes; these say what the file should hold.
     */
    private static <T> T bind(JsonNode tree, String name, Class<T> type) {
        return type.cast(value(tree, type, "$", name));
    }

    /** Reads the value the parser is at into a node: objects keep their members' order, numbers their digits. */
    private static JsonNode node(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    object.set(field, node(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    /**
     * Binds a node to the type of a record component: a record (each member a component; no other member), a
     * list, a map from names, a string or a whole number. A JSON null or a missing member is null. The messages
     * say what the file should hold at that path.
     */
    private static Object value(JsonNode node, Type type, String path, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            if (node.isTextual()) {
                return node.textValue();
            }
            if (node.isNumber() || node.isBoolean()) {
                String value = node.isBigDecimal() ? Decimals.shown(node.decimalValue()) : Text.shown(node.asText());
                throw new PricingFormatException(name, path, "must be a string such as \"0.0000166667\", so that no"
                        + " digit is lost, but was the number " + value, null);
            }
        } else if (raw == Integer.class) {
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                return node.intValue();
            }
            if (node.isNumber() || node.isTextual()) {
                String value = node.isBigDecimal() ? Decimals.shown(node.decimalValue()) : Text.shown(node.asText());
                throw new PricingFormatException(name, path, "must be a whole number but was: " + value, null);
            }
        } else if (raw == List.class) {
            if (node.isArray()) {
                Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
                List<Object> items = new ArrayList<>(node.size());
                for (int i = 0; i < node.size(); i++) {
                    items.add(value(node.get(i), item, path + "[" + i + "]", name));
                }
                return items;
            }
        } else if (raw == Map.class) {
            if (node.isObject()) {
                Type item = ((ParameterizedType) type).getActualTypeArguments()[1];
                Map<String, Object> members = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    members.put(member.getKey(), value(member.getValue(), item, path + key(member.getKey()), name));
                }
                return members;
            }
        } else if (raw.isRecord()) {
            if (node.isObject()) {
                return record(node, raw, path, name);
            }
        } else {
            throw new IllegalStateException("a table field cannot be of type " + type);
        }
        throw new PricingFormatException(name, path, "must be " + expected(raw) + " but was " + kind(node.asToken()),
                null);
    }

    private static Object record(JsonNode node, Class<?> type, String path, String name) {
        RecordComponent[] components = type.getRecordComponents();
        TreeSet<String> known = new TreeSet<>();
        for (RecordComponent component : components) {
            known.add(component.getName());
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        // In the document's order, as a reader meets them: the first member that is wrong is the one named.
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String field = member.getKey();
            int i = 0;
            while (i < components.length && !components[i].getName().equals(field)) {
                i++;
            }
            if (i == components.length) {
                throw new PricingFormatException(name, path + key(field), "unknown field \"" + Text.shown(field)
                        + "\"; the fields here are: " + Text.list(known), null);
            }
            values[i] = value(member.getValue(), components[i].getGenericType(), path + key(field), name);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + ": " + e, e);
        }
    }

    /** Names what a record's component holds, such as {@code a string}. */
    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        } else if (type == Integer.class || type == int.class) {
            return "a whole number";
        } else if (type != null && List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
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
        requireFormat(tree, name, FORMAT, "pricing table");
        TableFile file = bind(tree, name, TableFile.class);
        Checker check = new Checker(name);
        String currency = check.present("$.currency", file.currency());
        Map<String, Source> sources = new LinkedHashMap<>();
        check.present("$.sources", file.sources()).forEach((key, value) -> {
            String at = "$.sources" + key(key);
            SourceFile s = check.present(at, value);
            String title = check.present(at + ".title", s.title());
            LocalDate published = check.date(at + ".published", s.published());
            LocalDate read = check.date(at + ".read", s.read());
            sources.put(key, check.valid(at, () -> new Source(key, title, s.url(), published, read)));
        });
        Map<String, Rate> rates = new LinkedHashMap<>();
        check.present("$.rates", file.rates()).forEach((key, r) -> rates.put(key, rate(check, key, r)));
        Map<String, Allowance> allowances = new LinkedHashMap<>();
        if (file.allowances() != null) {
            file.allowances().forEach((key, value) -> {
                String at = "$.allowances" + key(key);
                AllowanceFile a = check.present(at, value);
                BigDecimal quantity = check.decimal(at + ".quantity", a.quantity());
                String unit = check.present(at + ".unit", a.unit());
                String source = check.present(at + ".source", a.source());
                allowances.put(key, check.valid(at, () -> new Allowance(key, quantity, unit, source, a.note())));
            });
        }
        Map<String, InstanceType> instances = new LinkedHashMap<>();
        if (file.instances() != null) {
            file.instances().forEach((key, value) -> {
                String at = "$.instances" + key(key);
                InstanceFile i = check.present(at, value);
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
        LambdaInitBilling initBilling = null;
        String initSource = null;
        if (file.lambdaInitBilling() != null) {
            InitBillingFile init = file.lambdaInitBilling();
            String rule = check.present("$.lambdaInitBilling.rule", init.rule());
            initSource = check.present("$.lambdaInitBilling.source", init.source());
            initBilling = check.valid("$.lambdaInitBilling", () -> LambdaInitBilling.parse("rule", rule));
        }
        LambdaInitBilling initRule = initBilling;
        String initRuleSource = initSource;
        String checksum = policy == ChecksumPolicy.IGNORED ? null : checksum(check, tree, file.checksum(), policy);
        return check.valid("$", () -> new PricingTable(provider, region, effectiveDate, currency, title, name, sources,
                rates, allowances, instances, initRule, initRuleSource, checksum));
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
            throw check.fail(at, "checksum must be \"sha256:\" and 64 lowercase hex digits but was: \"" + Text.shown(recorded)
                    + "\"");
        }
        String actual = Checksum.of(tree, check.file);
        if (!actual.equals(recorded)) {
            throw check.fail(at, "checksum does not match the content: expected " + recorded + " (recorded) but was "
                    + actual + " (computed); the file was changed after its checksum was recorded");
        }
        return recorded;
    }

    private static Rate rate(Checker check, String key, RateFile value) {
        String at = "$.rates" + key(key);
        RateFile r = check.present(at, value);
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
            String tierAt = at + ".tiers[" + i + "]";
            TierFile t = check.present(tierAt, r.tiers().get(i));
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
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") && key.length() <= Text.SHOWN ? "." + key
                : "['" + Text.shown(key) + "']";
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
                throw fail(path, "must be \"" + expected + "\" but was: \"" + Text.shown(value) + "\"");
            }
        }

        /**
         * Parses a decimal of at most {@link #MAX_DECIMAL_CHARS} characters; its bounds are the rule of the value
         * it goes into.
         */
        BigDecimal decimal(String path, String value) {
            present(path, value);
            String text = value.trim();
            if (text.length() > MAX_DECIMAL_CHARS) {
                throw fail(path, String.format(Locale.ROOT, "must be a decimal number of at most %,d characters, such as"
                        + " \"0.0000166667\", but was: \"%s\"", MAX_DECIMAL_CHARS, Text.shown(value)));
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw fail(path, "must be a decimal number such as \"0.0000166667\" but was: \"" + Text.shown(value)
                        + "\"");
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
                throw fail(path, "must be a date such as 2024-11-01 but was: \"" + Text.shown(value) + "\"");
            }
        }

    }
}
