package org.breakeven;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

        /** The value as written, for a message. */
        String shown() {
            return switch (kind) {
                case SECTION -> "a section {...}";
                case LIST -> "a list [...]";
                case TEXT -> '"' + text + '"';
                case NULL -> "null";
                default -> text;
            };
        }
    }

    /** A number as JSON writes it. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]{1,9})?");
    /** An integer that YAML 1.1 reads as octal. */
    private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");

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
     * @throws ScenarioFormatException if the text is not valid JSON or YAML, repeats a field, or holds more
     *     than one document
     * @throws IllegalStateException if the text is YAML and jackson-dataformat-yaml is not on the class path
     */
    static FieldTree read(byte[] text, String file, boolean yaml) {
        JsonFactory factory = yaml ? Yaml.factory() : Json.FACTORY;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioFormatException(file, 1, "", "the file is empty", null);
            }
            Node root = node(file, parser, first, "", parser.currentTokenLocation().getLineNr());
            if (parser.nextToken() != null) {
                throw new ScenarioFormatException(file, parser.currentTokenLocation().getLineNr(), "",
                        "the file holds a second document or value here; a scenario is one section of fields", null);
            }
            return new FieldTree(file, root);
        } catch (JsonProcessingException e) {
            throw new ScenarioFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    path(e.getProcessor() instanceof JsonParser p ? p.getParsingContext() : null),
                    "not valid " + (yaml ? "YAML" : "JSON") + ": " + withoutSource(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Node node(String file, JsonParser parser, JsonToken token, String path, int line) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int at = parser.currentTokenLocation().getLineNr();
                    if (fields.containsKey(name)) {
                        throw new ScenarioFormatException(file, at, path, "duplicate field '" + name + "'", null);
                    }
                    fields.put(name, node(file, parser, parser.nextToken(), path.isEmpty() ? name : path + "." + name, at));
                }
                return new Node(Kind.SECTION, null, fields, List.of(), path, line);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(file, parser, next, path + "[" + items.size() + "]",
                            parser.currentTokenLocation().getLineNr()));
                }
                return new Node(Kind.LIST, null, Map.of(), items, path, line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(Kind.NUMBER, parser.getText(), Map.of(), List.of(), path, line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(Kind.BOOLEAN, String.valueOf(token == JsonToken.VALUE_TRUE), Map.of(), List.of(), path,
                        line);
            }
            case VALUE_NULL -> {
                return new Node(Kind.NULL, null, Map.of(), List.of(), path, line);
            }
            default -> {
                // VALUE_STRING, and anything a YAML tag makes of a scalar.
                return new Node(Kind.TEXT, parser.getText(), Map.of(), List.of(), path, line);
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

    /** Jackson's message without the source it cannot name ({@code [Source: REDACTED ...; line: 1, ...]}). */
    private static String withoutSource(String message) {
        return message.replaceAll("\\[Source: [^;]*; line", "[line").strip();
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
            return number(node, "a number").doubleValue();
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
                        + field.getKey() + "'; known fields here: " + String.join(", ", known), null);
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
        if (OCTAL.matcher(node.text()).matches()) {
            throw new ScenarioFormatException(file, node.line(), node.path(), node.name()
                    + " must be written without a leading zero but was: " + node.text()
                    + " (YAML 1.1 reads a leading zero as octal; write the decimal number)", null);
        }
        if (!DECIMAL.matcher(node.text().startsWith("+") ? node.text().substring(1) : node.text()).matches()) {
            throw new ScenarioFormatException(file, node.line(), node.path(), node.name()
                    + " must be a number in decimal digits, such as 1000 or 0.25, but was: " + node.text(), null);
        }
        return new BigDecimal(node.text());
    }

    private BigDecimal whole(Node node, long min, long max) {
        BigDecimal value = number(node, "a whole number");
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw wrongType(node, "a whole number");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ScenarioFormatException(file, node.line(), node.path(), node.name() + " must be a whole number"
                    + " between " + min + " and " + max + " but was: " + node.text(), null);
        }
        return value.setScale(0);
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
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /** The YAML factory, in its own class so that JSON-only users never load the optional YAML module. */
    private static final class Yaml {
        private static final JsonFactory FACTORY;

        static {
            JsonFactory factory;
            try {
                factory = new YAMLFactory();
            } catch (NoClassDefFoundError e) {
                factory = null;
            }
            FACTORY = factory;
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
