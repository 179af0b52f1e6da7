package org.breakeven;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.breakeven.bill.Format;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A JSON or YAML document read into values that remember their line and path, then bound onto records
 * whose components are the fields a section may hold. Every error is a {@link ScenarioFormatException}
 * that names the file, the line and the path, and each record keeps its place in the file so that a
 * value rejected later, by the domain type it becomes, is reported there too.
 * <p>
 * The binding is strict: a field that is not a component of its record is an unknown field, and a value
 * must have the component's type as written: a whole number for {@code Integer} and {@code Long} (a
 * fraction such as {@code 2.9} is not truncated), a number for {@code Double}, a number or a decimal
 * string for {@code BigDecimal}, {@code true} or {@code false} for {@code Boolean}, text for
 * {@code String} and for enums (one of the constants' names), a list for {@code List}, and a section for
 * a record. A number must be written in decimal: YAML 1.1 reads {@code 0400} as the octal number 256, so
 * an integer with a leading zero is refused rather than guessed at, and so are {@code 0x10},
 * {@code 1_000} and {@code .inf}. {@code null} is not a value of any type.
 * <p>
 * The document is bounded before it is bound: a number of at most {@link #MAX_NUMBER_CHARS} characters (and,
 * for a {@code Double}, one that a {@code double} holds), a text of at most {@link #MAX_TEXT_CHARS}, a field name
 * of at most {@link #MAX_NAME_CHARS}, nesting at most {@link #MAX_DEPTH} deep and at most {@link #MAX_VALUES}
 * values. YAML aliases are refused. A syntax error names the line, the column and the kind of error, never the
 * text, and every value a message shows is made printable and shortened ({@link Format#printable(String, int)}).
 * <p>
 * Instances are confined to the reading of one file.
 */
final class FieldTree {

    /** What a value is. */
    private enum Kind {
        SECTION, LIST, NUMBER, TEXT, BOOLEAN, NULL
    }

    /**
     * One value of the document.
     *
     * @param kind what it is
     * @param text a scalar as written, null for a section or list
     * @param fields a section's fields in the order written
     * @param items a list's items
     * @param path where it is, such as {@code lambda.downstream.items[1]}, empty for the document
     * @param line the line of its field name, or of its first token for a list item and the document
     */
    private record Node(Kind kind, String text, Map<String, Node> fields, List<Node> items, String path, int line) {

        /** The field name this value is given under, or the list item, or "the file" for the document. */
        String name() {
            return path.isEmpty() ? "the file" : path.substring(path.lastIndexOf('.') + 1);
        }

        /**
         * The value as written, for a message: printable and at most {@link #SHOWN_CHARS} characters of it.
         * The file as a whole is shown by its kind only, since a file that is not a scenario at all may hold
         * anything.
         */
        String shown() {
            return switch (kind) {
                case SECTION -> "a section {...}";
                case LIST -> "a list [...]";
                case TEXT -> path.isEmpty() ? "text" : '"' + Format.printable(text, SHOWN_CHARS) + '"';
                case NULL -> "null";
                default -> path.isEmpty() ? "a number" : Format.printable(text, SHOWN_CHARS);
            };
        }
    }

    /** A number as JSON writes it. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]{1,9})?");
    /** A Java class's name before a message, such as {@code java.io.CharConversionException: }. */
    private static final Pattern JAVA_CLASS = Pattern.compile("^([a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(: *|$)");
    /** An integer that YAML 1.1 reads as octal. */
    private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");

    /** The most values a document holds: a scenario has fewer than 100. */
    static final int MAX_VALUES = 10_000;
    /** The deepest that sections and lists nest: a scenario nests 4 deep ({@code lambda.downstream.items[0]}). */
    static final int MAX_DEPTH = 32;
    /** The longest field name: the longest a scenario knows has 27 characters. */
    static final int MAX_NAME_CHARS = 100;
    /** The longest text value, such as a fixed cost's name or a pricing file's path. */
    static final int MAX_TEXT_CHARS = 1_000;
    /** The longest number as written: 40 characters hold any number a scenario needs, to 30 digits. */
    static final int MAX_NUMBER_CHARS = 40;
    /** How much of a value a message shows. */
    private static final int SHOWN_CHARS = 40;

    private final String file;
    private final Node root;
    private final Map<Record, Node> places = new IdentityHashMap<>();

    private FieldTree(String file, Node root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Reads a document.
     *
     * @param text the JSON or YAML text
     * @param file the file name for messages
     * @param yaml true to read YAML, false for JSON
     * @return the tree
     * @throws ScenarioFormatException if the text is not valid JSON or YAML, repeats a field, holds more than
     *     one document, or is larger than a scenario can be ({@link #MAX_VALUES}, {@link #MAX_DEPTH},
     *     {@link #MAX_NAME_CHARS}, {@link #MAX_TEXT_CHARS})
     * @throws IllegalStateException if the text is YAML and jackson-dataformat-yaml is not on the class path
     */
    static FieldTree read(byte[] text, String file, boolean yaml) {
        JsonFactory factory = yaml ? Yaml.factory() : Json.FACTORY;
        if (yaml) {
            requireUtf8(text, file);
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioFormatException(file, 1, "", "the file is empty", null);
            }
            Reading reading = new Reading(file, parser, yaml);
            Node root = reading.node(first, "", parser.currentTokenLocation().getLineNr(), 0);
            if (parser.nextToken() != null) {
                throw new ScenarioFormatException(file, parser.currentTokenLocation().getLineNr(), "",
                        "the file holds a second document or value here; a scenario is one section of fields", null);
            }
            return new FieldTree(file, root);
        } catch (JsonProcessingException e) {
            // The parser's own message quotes the text it stopped at, which may be anything the file holds (a
            // scenario path can name a file of secrets): name the place and the kind of error, never the text.
            JsonLocation at = e.getLocation();
            throw new ScenarioFormatException(file, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    path(e.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null),
                    "not valid " + (yaml ? "YAML" : "JSON") + (at == null || at.getColumnNr() < 1 ? ""
                            : " at column " + at.getColumnNr()) + ": " + kindOfError(e.getOriginalMessage()), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + Format.printable(file) + ": "
                    + Format.printable(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Checks that YAML text is UTF-8, the one encoding the YAML reader takes (JSON may also be UTF-16 or UTF-32,
     * which Jackson detects), so that a byte that is not UTF-8 is named with its line, column and offset: the
     * YAML reader's own error names none of them, only a Java exception.
     *
     * @throws ScenarioFormatException at the first byte that is not UTF-8
     */
    private static void requireUtf8(byte[] text, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(text);
        CharBuffer out = CharBuffer.allocate(4096);
        int line = 1;
        int column = 1;
        CoderResult result;
        do {
            result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                throw new ScenarioFormatException(file, line, "", "not valid YAML at column " + column + ": the file"
                        + " must be UTF-8, but the byte at offset " + in.position() + String.format(Locale.ROOT,
                        " (0x%02X)", text[in.position()] & 0xff) + " is not", null);
            }
        } while (result.isOverflow());
    }

    /**
     * The kind of a parser's error without the text it quotes: its first clause, up to the first quote,
     * parenthesis, colon, bracket or line break, such as {@code Unrecognized token} or
     * {@code mapping values are not allowed here}.
     */
    static String kindOfError(String message) {
        // The YAML reader passes on some errors as a Java exception's text: the class's name goes, its message stays.
        String text = message == null ? "" : JAVA_CLASS.matcher(message).replaceFirst("");
        int end = text.length();
        for (char stop : new char[] {'\'', '"', '`', '(', '[', ':', '\n', '\r'}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String kind = text.substring(0, end).strip();
        return kind.isEmpty() ? "unexpected text" : Format.printable(kind, 200);
    }

    /** Reads one document's tokens into nodes, counting them. */
    private static final class Reading {

        private final String file;
        private final JsonParser parser;
        private final boolean yaml;
        private int values;

        Reading(String file, JsonParser parser, boolean yaml) {
            this.file = file;
            this.parser = parser;
            this.yaml = yaml;
        }

        Node node(JsonToken token, String path, int line, int depth) throws IOException {
            counted(path, line);
            if (depth > MAX_DEPTH) {
                throw new ScenarioFormatException(file, line, path, "the file nests sections and lists more than "
                        + MAX_DEPTH + " deep; a scenario needs 4", null);
            }
            if (yaml && token == JsonToken.VALUE_STRING && Yaml.isAlias(parser)) {
                // Jackson reports aliases but not every anchor (not those of scalars in a section), so aliases
                // cannot be expanded faithfully: refused, which also makes "billion laughs" harmless.
                throw new ScenarioFormatException(file, line, path, "YAML anchors and aliases are not supported, but"
                        + " the alias *" + Format.printable(parser.getText(), SHOWN_CHARS) + " is used here: write the"
                        + " value out", null);
            }
            return switch (token) {
                case START_OBJECT -> section(path, line, depth);
                case START_ARRAY -> list(path, line, depth);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node(Kind.NUMBER, parser.getText(), Map.of(), List.of(),
                        path, line);
                case VALUE_TRUE, VALUE_FALSE -> new Node(Kind.BOOLEAN, String.valueOf(token == JsonToken.VALUE_TRUE),
                        Map.of(), List.of(), path, line);
                case VALUE_NULL -> new Node(Kind.NULL, null, Map.of(), List.of(), path, line);
                // VALUE_STRING, and anything a YAML tag makes of a scalar.
                default -> text(path, line);
            };
        }

        private Node section(String path, int line, int depth) throws IOException {
            Map<String, Node> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int at = parser.currentTokenLocation().getLineNr();
                if (name.length() > MAX_NAME_CHARS) {
                    throw new ScenarioFormatException(file, at, path, "a field name must be at most " + MAX_NAME_CHARS
                            + " characters but was: '" + Format.printable(name, SHOWN_CHARS) + "'", null);
                }
                if (yaml && "<<".equals(name)) {
                    throw new ScenarioFormatException(file, at, path, "YAML merge keys (<<) are not supported: write"
                            + " the fields out", null);
                }
                if (fields.containsKey(name)) {
                    throw new ScenarioFormatException(file, at, path, "duplicate field '" + Format.printable(name)
                            + "'", null);
                }
                fields.put(name, node(parser.nextToken(), path.isEmpty() ? name : path + "." + name, at, depth + 1));
            }
            return new Node(Kind.SECTION, null, fields, List.of(), path, line);
        }

        private Node list(String path, int line, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            JsonToken next;
            while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                items.add(node(next, path + "[" + items.size() + "]", parser.currentTokenLocation().getLineNr(),
                        depth + 1));
            }
            return new Node(Kind.LIST, null, Map.of(), items, path, line);
        }

        private Node text(String path, int line) throws IOException {
            String text = parser.getText();
            // The file as a whole is refused as not a section, without a word about its text.
            if (text.length() > MAX_TEXT_CHARS && !path.isEmpty()) {
                Node node = new Node(Kind.TEXT, text, Map.of(), List.of(), path, line);
                throw new ScenarioFormatException(file, line, path, node.name() + " must be at most " + MAX_TEXT_CHARS
                        + " characters but was: " + node.shown(), null);
            }
            return new Node(Kind.TEXT, text, Map.of(), List.of(), path, line);
        }

        private void counted(String path, int line) {
            if (++values > MAX_VALUES) {
                throw new ScenarioFormatException(file, line, path, "the file holds more than " + Format.whole(MAX_VALUES)
                        + " values; a scenario needs fewer than 100", null);
            }
        }
    }

    /** The dotted path of where a parser stopped, such as {@code lambda.downstream.items[1]}. */
    private static String path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.toString();
    }

    /**
     * Binds the document onto a record.
     *
     * @param <R> the record type
     * @param type the record whose components are the document's fields
     * @param lookup a lookup that may call the constructors of {@code type} and the records it holds
     * @return the record
     * @throws ScenarioFormatException for an unknown field or a value of the wrong type
     */
    <R extends Record> R bind(Class<R> type, MethodHandles.Lookup lookup) {
        return type.cast(value(root, type, lookup));
    }

    /**
     * Binds the section found by following field names from the top of the document onto a record, for files
     * of which only one section is ours to read (an infracost usage file's resource).
     *
     * @param <R> the record type
     * @param names the field names to follow, such as {@code resource_usage} and a resource's address
     * @param type the record whose components are the section's fields
     * @param lookup a lookup that may call the constructors of {@code type}
     * @return the record
     * @throws ScenarioFormatException naming the line and the fields there if a name is not found, or if the
     *     section has an unknown field or a value of the wrong type
     */
    <R extends Record> R bindAt(List<String> names, Class<R> type, MethodHandles.Lookup lookup) {
        Node node = root;
        for (String name : names) {
            expect(node, Kind.SECTION, "a section of fields");
            Node next = node.fields().get(name);
            if (next == null) {
                List<String> present = node.fields().keySet().stream().limit(20)
                        .map(k -> Format.printable(k, SHOWN_CHARS)).toList();
                throw new ScenarioFormatException(file, node.line(), node.path(), "no field '"
                        + Format.printable(name, SHOWN_CHARS) + "'" + (present.isEmpty() ? "; the section is empty"
                        : "; fields here: " + String.join(", ", present)
                        + (node.fields().size() > present.size() ? ", ..." : "")), null);
            }
            node = next;
        }
        return type.cast(value(node, type, lookup));
    }

    /**
     * Gets the name of the file, for messages.
     *
     * @return the file
     */
    String file() {
        return file;
    }

    /**
     * Gets the place in the file that a bound record was read from.
     *
     * @param section a record that {@link #bind} made
     * @return its place
     */
    Place at(Record section) {
        Node node = places.get(section);
        if (node == null) {
            throw new IllegalStateException("not a section of " + file + ": " + section);
        }
        return new Place(node);
    }

    private Object value(Node node, Type type, MethodHandles.Lookup lookup) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            return section(node, raw, lookup);
        } else if (raw == List.class) {
            expect(node, Kind.LIST, "a list");
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (Node n : node.items()) {
                items.add(value(n, item, lookup));
            }
            return List.copyOf(items);
        } else if (raw == Integer.class) {
            return whole(node, Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
        } else if (raw == Long.class) {
            return whole(node, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
        } else if (raw == Double.class) {
            return finite(node, number(node, "a number"));
        } else if (raw == BigDecimal.class) {
            return node.kind() == Kind.TEXT && DECIMAL.matcher(node.text()).matches() ? new BigDecimal(node.text())
                    : number(node, "a decimal number");
        } else if (raw == Boolean.class) {
            expect(node, Kind.BOOLEAN, "true or false");
            return Boolean.valueOf(node.text());
        } else if (raw == String.class) {
            expect(node, Kind.TEXT, "text");
            return node.text();
        } else if (raw.isEnum()) {
            for (Object constant : raw.getEnumConstants()) {
                if (node.kind() == Kind.TEXT && ((Enum<?>) constant).name().equals(node.text())) {
                    return constant;
                }
            }
            throw wrongType(node, "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")));
        }
        throw new IllegalStateException("a scenario field cannot be of type " + type);
    }

    private Record section(Node node, Class<?> type, MethodHandles.Lookup lookup) {
        expect(node, Kind.SECTION, "a section of fields");
        RecordComponent[] components = type.getRecordComponents();
        TreeSet<String> known = new TreeSet<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
        }
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            if (!known.contains(field.getKey())) {
                throw new ScenarioFormatException(file, field.getValue().line(), node.path(), "unknown field '"
                        + Format.printable(field.getKey(), SHOWN_CHARS) + "'; known fields here: "
                        + String.join(", ", known), null);
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Node field = node.fields().get(components[i].getName());
            values[i] = field == null ? null : value(field, components[i].getGenericType(), lookup);
            types[i] = components[i].getType();
        }
        Record record;
        try {
            MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types));
            record = (Record) constructor.invokeWithArguments(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + ": " + e, e);
        }
        places.put(record, node);
        return record;
    }

    private void expect(Node node, Kind kind, String what) {
        if (node.kind() != kind) {
            throw wrongType(node, what);
        }
    }

    private ScenarioFormatException wrongType(Node node, String what) {
        return new ScenarioFormatException(file, node.line(), node.path(), node.name() + " must be " + what
                + " but was: " + node.shown(), null);
    }

    private BigDecimal number(Node node, String what) {
        expect(node, Kind.NUMBER, what);
        if (node.text().length() > MAX_NUMBER_CHARS) {
            throw new ScenarioFormatException(file, node.line(), node.path(), node.name() + " must be a number of at"
                    + " most " + MAX_NUMBER_CHARS + " characters but was: " + node.shown(), null);
        }
        if (OCTAL.matcher(node.text()).matches()) {
            throw new ScenarioFormatException(file, node.line(), node.path(), node.name()
                    + " must be written without a leading zero but was: " + node.shown()
                    + " (YAML 1.1 reads a leading zero as octal; write the decimal number)", null);
        }
        if (!DECIMAL.matcher(node.text().startsWith("+") ? node.text().substring(1) : node.text()).matches()) {
            throw new ScenarioFormatException(file, node.line(), node.path(), node.name()
                    + " must be a number in decimal digits, such as 1000 or 0.25, but was: " + node.shown(), null);
        }
        return new BigDecimal(node.text());
    }

    /**
     * The number as a {@code double}, refused if a {@code double} cannot hold it: {@code 1e999} is not infinity
     * and {@code 1e-999} is not 0, which every range check would take for granted.
     */
    private double finite(Node node, BigDecimal value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d) || d == 0 && value.signum() != 0) {
            throw new ScenarioFormatException(file, node.line(), node.path(), node.name() + " must be 0 or between "
                    + Double.MIN_NORMAL + " and " + Double.MAX_VALUE + " in size but was: " + node.shown(), null);
        }
        return d;
    }

    private BigDecimal whole(Node node, long min, long max) {
        BigDecimal value = number(node, "a whole number");
        // The range first: it only compares, whatever the exponent; the fraction test then works on at most
        // MAX_NUMBER_CHARS digits.
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ScenarioFormatException(file, node.line(), node.path(), node.name() + " must be a whole number"
                    + " between " + min + " and " + max + " but was: " + node.shown(), null);
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw wrongType(node, "a whole number");
        }
        return value.setScale(0, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * A section's place in the file, where the values it holds are turned into domain objects: an
     * {@link IllegalArgumentException} from a domain type becomes a {@link ScenarioFormatException} at the
     * field that gave the value, with the domain type's own message.
     */
    final class Place {

        private final Node node;

        private Place(Node node) {
            this.node = node;
        }

        /**
         * Makes an exception about the section as a whole.
         *
         * @param problem what is wrong
         * @return the exception
         */
        ScenarioFormatException error(String problem) {
            return new ScenarioFormatException(file, node.line(), node.path(), problem, null);
        }

        /**
         * Makes an exception about one field, at its line if the file gives it, else at the section's.
         *
         * @param field the field's name
         * @param problem what is wrong
         * @param cause the domain type's exception, may be null
         * @return the exception
         */
        ScenarioFormatException error(String field, String problem, Throwable cause) {
            Node value = node.fields().get(field);
            return value == null ? new ScenarioFormatException(file, node.line(), node.path(), problem, cause)
                    : new ScenarioFormatException(file, value.line(), value.path(), problem, cause);
        }

        /**
         * Gets the path of one of the section's fields, or the section's if the file does not give it.
         *
         * @param field the field's name
         * @return the path
         */
        String pathOf(String field) {
            Node value = node.fields().get(field);
            return value == null ? node.path() : value.path();
        }

        /**
         * Checks that a field the section needs is there.
         *
         * @param <T> the value's type
         * @param field the field's name
         * @param value its value, null if the file leaves it out
         * @return the value
         * @throws ScenarioFormatException if it is left out
         */
        <T> T required(String field, T value) {
            if (value == null) {
                throw error(field + " is required");
            }
            return value;
        }

        /**
         * Returns a domain object with one field set, if the file gives it: a field left out keeps what
         * {@code base} has, which is what the domain type's factory gave.
         *
         * @param <T> the domain type
         * @param <V> the field's type
         * @param base the domain object so far
         * @param field the field's name
         * @param value its value, null if the file leaves it out
         * @param with makes the copy with the value, such as {@code LambdaFunction::withMemoryMb}
         * @return the copy, or {@code base}
         * @throws ScenarioFormatException naming the field if the domain type rejects the value
         */
        <T, V> T set(T base, String field, V value, BiFunction<T, V, T> with) {
            if (value == null) {
                return base;
            }
            try {
                return with.apply(base, value);
            } catch (ScenarioFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw error(field, e.getMessage(), e);
            }
        }

        /**
         * Makes a domain object from the fields of a section. If the domain type rejects a value, the
         * exception is placed at the one field given, or, of several, at the field its message begins with
         * ({@code memoryMb must be ...} or {@code nodes.minimum must be ...}) if the file gives it, else at
         * the section.
         *
         * @param <T> the domain type
         * @param make makes it
         * @param fields the fields it reads
         * @return the domain object
         * @throws ScenarioFormatException if the domain type rejects a value
         */
        <T> T make(Supplier<T> make, String... fields) {
            try {
                return make.get();
            } catch (ScenarioFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                String problem = String.valueOf(e.getMessage());
                if (fields.length == 1) {
                    throw error(fields[0], problem, e);
                }
                String subject = problem.split(" ", 2)[0];
                subject = subject.substring(subject.lastIndexOf('.') + 1);
                for (String field : fields) {
                    if (field.equals(subject)) {
                        throw error(field, problem, e);
                    }
                }
                throw new ScenarioFormatException(file, node.line(), node.path(), problem, e);
            }
        }
    }

    /** The JSON factory; Jackson's factories are thread-safe once configured. */
    private static final class Json {
        static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    }

    /**
     * Jackson's limits, set so that this reader's own, which name the field, speak first: a number may be as
     * long as the file (this reader refuses one longer than {@link #MAX_NUMBER_CHARS}); nesting stops a little
     * beyond {@link #MAX_DEPTH}.
     */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(ScenarioFile.MAX_BYTES).maxNestingDepth(MAX_DEPTH + 8).build();

    /** The YAML factory, in its own class so that JSON-only users never load the optional YAML module. */
    private static final class Yaml {
        private static final JsonFactory FACTORY;

        static {
            JsonFactory factory;
            try {
                factory = Loader.factory();
            } catch (NoClassDefFoundError e) {
                factory = null;
            }
            FACTORY = factory;
        }

        /**
         * Checks if the parser stands on an alias ({@code *name}), which Jackson gives as a string holding the
         * name.
         */
        static boolean isAlias(JsonParser parser) {
            return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
        }

        /** Builds the factory; a class of its own so that a missing YAML module fails where it is caught. */
        private static final class Loader {
            static JsonFactory factory() {
                // SnakeYAML's own limits, in case a later version expands anything itself: the file is at most
                // ScenarioFile.MAX_BYTES, and this reader refuses every alias.
                LoaderOptions options = new LoaderOptions();
                options.setCodePointLimit(ScenarioFile.MAX_BYTES);
                options.setNestingDepthLimit(MAX_DEPTH + 8);
                options.setMaxAliasesForCollections(1);
                return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS)
                        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
            }
        }

        static JsonFactory factory() {
            if (FACTORY == null) {
                throw new IllegalStateException("YAML scenario files need com.fasterxml.jackson.dataformat:"
                        + "jackson-dataformat-yaml on the class path; use a .json file or add that dependency");
            }
            return FACTORY;
        }
    }
}
