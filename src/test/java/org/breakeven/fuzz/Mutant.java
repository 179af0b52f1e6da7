package org.breakeven.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A shipped or minimal file with mutations applied: first the changes to its tree, in order, then the changes
 * to its bytes. The tree is written out again as JSON (pretty-printed, so that line numbers mean something) or
 * YAML, as the file was; a mutant with no tree mutation keeps the file's own bytes, comments included.
 * <p>
 * Values that a JSON tree cannot hold (a number such as {@code 1e-999999999} or {@code 0x10}, a second field
 * with the same name, raw control characters, unbalanced nesting) are put in as placeholders and replaced in
 * the text. Its {@link #toString()} shows the mutations and the text, so that a failing case (shrunk by
 * jqwik) shows what was read.
 */
final class Mutant {

    /**
     * A file to mutate.
     *
     * @param name the name it is read under, whose ending says JSON or YAML
     * @param bytes its content
     */
    record Base(String name, byte[] bytes) {

        static Base file(Path file) {
            try {
                return new Base(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Base text(String name, String text) {
            return new Base(name, text.getBytes(StandardCharsets.UTF_8));
        }

        boolean yaml() {
            return name.endsWith(".yaml") || name.endsWith(".yml");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    /** Values of each JSON type, written as JSON, which YAML reads as flow values too. */
    static final List<String> TYPES = List.of("1", "\"text\"", "true", "false", "{}", "[]", "[1, 2]", "{\"a\": 1}",
            "[{}]", "0.5", "\"\"", "-1");

    /**
     * Numbers as written: huge, tiny, negative, at and beyond the limits of int, long and double, thousands of
     * digits, and forms that JSON or YAML 1.2 do not allow (hexadecimal, octal-looking, underscores, NaN).
     */
    static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "0.5", "2.9", "127.9", "128", "10240", "10241",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1e308", "1e309",
            "-1e308", "1.7976931348623157e308", "4.9e-324", "2.2250738585072014E-308", "1e-300", "1e-999999999",
            "1e999999999", "-1e-999999999", "1E+2", "1e15", "1e16", "1000000000000000", "0.0000000001",
            "0.00000000001", "1".repeat(2000), "0." + "0".repeat(1998) + "1", "0x10", "0400", "1_000", ".5", "5.",
            "+1", "NaN", "Infinity", "-Infinity", ".inf", ".nan", "1e", "--1", "1.2.3", "١٢");

    /** Text values: other values the format knows, odd ones, control characters, and long text. */
    static final List<String> TEXTS = List.of("", " ", "x", "t3.medium", "m7g.large", "no.such.type", "arm64",
            "x86_64", "ARM64", "ALB", "NLB", "CLB", "SQS", "DYNAMODB_WRITE", "aws", "azure", "us-east-1", "eu-west-1",
            "2024-07-01", "2024-11-01", "2099-01-01", "latest", "USD", "EUR", "USD per hour", "USD per request",
            "sha256:" + "0".repeat(64), "1e-999999999", "12.50", "-1", "null", "true", "~", "\u001b[31mred",
            "a\nb", "a\u0000b", "\u202eevil", "\u2028", "é", "\ud83d\ude00", "x".repeat(2000));

    /**
     * Text written raw, which the format may not allow: control characters unescaped in quotes, YAML's
     * single quotes, aliases, anchors and tags.
     */
    static final List<String> RAW_TEXTS = List.of("\"a\u0001b\"", "\"\u001b[31m\"", "\"a\tb\"", "'single'", "*alias",
            "&anchor x", "!!binary AAAA", "!!int \"1\"", "~", "yes", "\"\\ud800\"", "\"\\u0000\"", "\"\\x41\"");

    /** Field names that the format does not know. */
    static final List<String> UNKNOWN_NAMES = List.of("memoryMB", "comment", "", " ", "\u001b[31m", "a\nb",
            "k".repeat(200), "$schema", "__proto__", "é", "checksum", "price");

    /** How deep {@link Mutation.Kind#NESTED} nests, around the readers' limits. */
    static final List<Integer> DEPTHS = List.of(1, 2, 8, 31, 32, 33, 40, 100, 1000, 5000);

    /** What {@link Mutation.Kind#PRICING_FILE} names: see {@link ScenarioFuzzTest} for the folder's files. */
    static final List<String> PRICING_FILES = List.of("table.json", "./table.json", "sub/../table.json",
            "not-a-table.json", "sub", ".", "", "../outside.json", "/etc/passwd", "../../../../../../dev/zero");

    /** Bytes that JSON and YAML give meaning to, control characters, and invalid or odd UTF-8. */
    static final List<byte[]> JUNK = List.of(bytes(0x00), bytes('\n'), bytes('\r'), bytes('"'), bytes('{'),
            bytes('}'), bytes('['), bytes(']'), bytes(':'), bytes(','), bytes('#'), bytes('&'), bytes('*'),
            bytes('!'), bytes('%'), bytes('|'), bytes('-'), bytes('\t'), bytes('\\'), bytes(0x1b), bytes(0x7f),
            bytes(0x80), bytes(0xc3), bytes(0xc3, 0x28), bytes(0xff), bytes(0xfe, 0xff), bytes(0xef, 0xbb, 0xbf),
            bytes(0xed, 0xa0, 0x80), bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xc0, 0xaf), bytes(0xe2, 0x80, 0xae),
            bytes(0xe2, 0x80, 0xa8), bytes(0xf0, 0x9f, 0x98));

    private static final int SHOWN_BYTES = 6_000;

    private final Base base;
    private final List<Mutation> mutations;
    private final byte[] bytes;

    private Mutant(Base base, List<Mutation> mutations, byte[] bytes) {
        this.base = base;
        this.mutations = List.copyOf(mutations);
        this.bytes = bytes;
    }

    /**
     * Applies mutations to a file.
     *
     * @param base the file
     * @param mutations the mutations, applied in order to the tree, then in order to the bytes
     * @return the mutant
     */
    static Mutant of(Base base, List<Mutation> mutations) {
        List<Mutation> onTree = mutations.stream().filter(m -> !m.kind().onBytes()).toList();
        byte[] text = base.bytes();
        if (!onTree.isEmpty()) {
            Editor editor = new Editor(base);
            onTree.forEach(editor::apply);
            text = editor.write();
        }
        for (Mutation m : mutations) {
            if (m.kind().onBytes()) {
                text = onBytes(text, m);
            }
        }
        return new Mutant(base, mutations, text);
    }

    /** The name the mutant is read under: the file's, whose ending says JSON or YAML. */
    String name() {
        return base.name();
    }

    byte[] bytes() {
        return bytes.clone();
    }

    List<Mutation> mutations() {
        return mutations;
    }

    /** The kinds of the mutations, in the order of their names, such as {@code NULL TRUNCATE}, or {@code none}. */
    String kinds() {
        TreeSet<String> kinds = new TreeSet<>();
        mutations.forEach(m -> kinds.add(m.kind().name()));
        return kinds.isEmpty() ? "none" : String.join(" ", kinds);
    }

    /** The mutated text, with bytes outside printable ASCII (but for line breaks) written as {@code \xNN}. */
    String shown() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, SHOWN_BYTES); i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n' || b >= 0x20 && b < 0x7f && b != '\\') {
                out.append((char) b);
            } else {
                out.append(String.format("\\x%02X", b));
            }
        }
        return out + (bytes.length > SHOWN_BYTES ? "... (" + bytes.length + " bytes)" : "");
    }

    @Override
    public String toString() {
        return base.name() + " with " + mutations + ":\n" + shown() + "\n";
    }

    private static byte[] onBytes(byte[] text, Mutation m) {
        int at = text.length == 0 ? 0 : Math.floorMod(m.where(), text.length);
        byte[] junk = m.what() < JUNK.size() ? JUNK.get(m.what()) : bytes(m.what() & 0xff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (m.kind()) {
            case TRUNCATE -> out.write(text, 0, at);
            case JUNK -> {
                out.write(text, 0, at);
                out.write(junk, 0, junk.length);
                out.write(text, at, text.length - at);
            }
            case OVERWRITE -> {
                out.write(text, 0, at);
                out.write(junk, 0, junk.length);
                int after = Math.min(text.length, at + junk.length);
                out.write(text, after, text.length - after);
            }
            default -> throw new IllegalArgumentException("not a mutation of bytes: " + m);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Changes a file's tree, then writes it out. */
    private static final class Editor {

        /** A value in the tree and where it is: in a section under a name, in a list at an index, or the root. */
        private record Slot(JsonNode parent, String field, int index, JsonNode node, String path) {
        }

        private final boolean yaml;
        private JsonNode root;
        private final List<String> rawValues = new ArrayList<>();
        private final List<String> rawKeys = new ArrayList<>();

        Editor(Base base) {
            this.yaml = base.yaml();
            try {
                this.root = (yaml ? YAML : JSON).readTree(base.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("the base file " + base.name() + " must be valid", e);
            }
        }

        void apply(Mutation m) {
            switch (m.kind()) {
                case TYPE_SWAP -> replace(pick(all(), m), raw(TYPES, m.what()));
                case NULL -> replace(pick(all(), m), NullNode.getInstance());
                case DELETE -> delete(pick(matching(s -> s.parent() != null), m));
                case DUPLICATE -> duplicate(pick(matching(s -> s.node().isObject() && !s.node().isEmpty()), m), m.what());
                case UNKNOWN_FIELD -> unknownField(pick(matching(s -> s.node().isObject()), m), m.what());
                case NUMBER -> number(pick(matching(s -> s.node().isNumber() || isDecimalText(s)), m), m.what());
                case TEXT -> text(pick(matching(s -> s.node().isTextual() && !isPricingFile(s)), m), m.what());
                case NESTED -> replace(pick(all(), m), nested(m.what()));
                case PRICING_FILE -> pricingFile(m.what());
                default -> throw new IllegalArgumentException("not a mutation of the tree: " + m);
            }
        }

        byte[] write() {
            String text;
            try {
                text = yaml ? YAML.writeValueAsString(root) : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < rawValues.size(); i++) {
                String placeholder = "RAWVALUE" + i + "X";
                text = text.replace("\"" + placeholder + "\"", rawValues.get(i))
                        .replace("'" + placeholder + "'", rawValues.get(i)).replace(placeholder, rawValues.get(i));
            }
            for (int i = 0; i < rawKeys.size(); i++) {
                String placeholder = "RAWKEY" + i + "X";
                String quoted = quoted(rawKeys.get(i));
                text = text.replace("\"" + placeholder + "\"", quoted).replace("'" + placeholder + "'", quoted)
                        .replace(placeholder, quoted);
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static String quoted(String text) {
            try {
                return JSON.writeValueAsString(text);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean isDecimalText(Slot s) {
            if (!s.node().isTextual()) {
                return false;
            }
            try {
                new BigDecimal(s.node().textValue());
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private static boolean isPricingFile(Slot s) {
            return s.path().equals("/pricing/file");
        }

        /** Every value in the tree, the root first, in the order written. */
        private List<Slot> all() {
            List<Slot> slots = new ArrayList<>();
            collect(new Slot(null, null, -1, root, ""), slots);
            return slots;
        }

        private List<Slot> matching(Predicate<Slot> filter) {
            List<Slot> slots = all().stream().filter(filter).toList();
            // Where no value fits, the mutation falls back to any value, so that it still changes something.
            return slots.isEmpty() ? all() : slots;
        }

        private static void collect(Slot slot, List<Slot> slots) {
            slots.add(slot);
            JsonNode node = slot.node();
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    collect(new Slot(node, field.getKey(), -1, field.getValue(), slot.path() + "/" + field.getKey()),
                            slots);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(new Slot(node, null, i, node.get(i), slot.path() + "/" + i), slots);
                }
            }
        }

        private static Slot pick(List<Slot> slots, Mutation m) {
            return slots.get(Math.floorMod(m.where(), slots.size()));
        }

        private void replace(Slot slot, JsonNode value) {
            if (slot.parent() == null) {
                root = value;
            } else if (slot.parent() instanceof ObjectNode section) {
                section.set(slot.field(), value);
            } else {
                ((ArrayNode) slot.parent()).set(slot.index(), value);
            }
        }

        private void delete(Slot slot) {
            if (slot.parent() instanceof ObjectNode section) {
                section.remove(slot.field());
            } else if (slot.parent() instanceof ArrayNode list) {
                list.remove(slot.index());
            }
        }

        private void duplicate(Slot slot, int what) {
            if (!(slot.node() instanceof ObjectNode section) || section.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>();
            section.fieldNames().forEachRemaining(names::add);
            String name = names.get(Math.floorMod(what, names.size()));
            rawKeys.add(name);
            JsonNode value = Math.floorDiv(what, names.size()) % 2 == 0 ? section.get(name).deepCopy()
                    : TextNode.valueOf("duplicate");
            section.set("RAWKEY" + (rawKeys.size() - 1) + "X", value);
        }

        private void unknownField(Slot slot, int what) {
            if (!(slot.node() instanceof ObjectNode section)) {
                return;
            }
            String name = UNKNOWN_NAMES.get(Math.floorMod(what, UNKNOWN_NAMES.size()));
            JsonNode value = switch (Math.floorMod(Math.floorDiv(what, UNKNOWN_NAMES.size()), 3)) {
                case 0 -> JsonNodeFactory.instance.numberNode(1);
                case 1 -> TextNode.valueOf("x");
                default -> JsonNodeFactory.instance.objectNode();
            };
            section.set(name, value);
        }

        private void number(Slot slot, int what) {
            int i = Math.floorMod(what, NUMBERS.size() + 8);
            String number = i < NUMBERS.size() ? NUMBERS.get(i) : scaled(slot.node(), i - NUMBERS.size());
            // A decimal written as text (a pricing table's price) stays text; a number stays a number.
            replace(slot, slot.node().isTextual() ? TextNode.valueOf(number) : raw(number));
        }

        /** The value itself changed: negated, scaled, incremented, or with a trailing zero. */
        private static String scaled(JsonNode node, int how) {
            BigDecimal value;
            try {
                value = new BigDecimal(node.isTextual() ? node.textValue() : node.asText());
            } catch (NumberFormatException e) {
                value = BigDecimal.ONE;
            }
            return switch (how) {
                case 0 -> value.negate().toString();
                case 1 -> value.movePointLeft(3).toString();
                case 2 -> value.movePointRight(3).toPlainString();
                case 3 -> value.movePointLeft(30).toString();
                case 4 -> value.movePointRight(30).toString();
                case 5 -> value.add(BigDecimal.ONE).toPlainString();
                case 6 -> value.multiply(BigDecimal.valueOf(2)).toPlainString();
                default -> value.toPlainString() + (value.scale() > 0 ? "0" : ".0");
            };
        }

        private void text(Slot slot, int what) {
            int i = Math.floorMod(what, TEXTS.size() + RAW_TEXTS.size());
            replace(slot, i < TEXTS.size() ? TextNode.valueOf(TEXTS.get(i)) : raw(RAW_TEXTS, i - TEXTS.size()));
        }

        private JsonNode nested(int what) {
            int depth = DEPTHS.get(Math.floorMod(what, DEPTHS.size()));
            boolean lists = Math.floorDiv(what, DEPTHS.size()) % 2 == 0;
            return raw(lists ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth));
        }

        private void pricingFile(int what) {
            if (root instanceof ObjectNode document) {
                ObjectNode pricing = JsonNodeFactory.instance.objectNode();
                pricing.put("file", PRICING_FILES.get(Math.floorMod(what, PRICING_FILES.size())));
                document.set("pricing", pricing);
            }
        }

        private JsonNode raw(List<String> pool, int what) {
            return raw(pool.get(Math.floorMod(what, pool.size())));
        }

        private JsonNode raw(String text) {
            rawValues.add(text);
            return TextNode.valueOf("RAWVALUE" + (rawValues.size() - 1) + "X");
        }
    }
}
