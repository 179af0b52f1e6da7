package org.breakeven.pricing;


import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checksum of a pricing table: {@code sha256:} and the lowercase hex SHA-256 of the table's
 * canonical form.
 * <p>
 * The canonical form is the JSON document without its top-level {@code checksum} member, written
 * with no whitespace, the members of every object sorted by name (by UTF-16 code units, as
 * {@link String#compareTo} does), array elements in their order, strings escaped minimally
 * (quotation mark and backslash after a backslash; backspace, form feed, line feed, carriage return and
 * tab as a backslash and {@code b}, {@code f}, {@code n}, {@code r} or {@code t}; other control characters as
 * a backslash, {@code u} and four lowercase hex digits; everything else as itself), integers in plain decimal
 * digits, {@code true}, {@code false} and {@code null} as such, and encoded in UTF-8. For the values a table
 * can hold (prices are strings; the only numbers are integers) this is the JSON Canonicalization
 * Scheme of RFC 8785. A number with a fraction or an exponent has no canonical form here and is
 * rejected.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Checksum {

    static final String FIELD = "checksum";
    private static final String PREFIX = "sha256:";
    private static final Pattern SHAPE = Pattern.compile("sha256:[0-9a-f]{64}");

    private Checksum() {
    }

    /** Checks the shape {@code sha256:<64 lowercase hex digits>}. */
    static boolean wellFormed(String checksum) {
        return SHAPE.matcher(checksum).matches();
    }

    /**
     * Computes the checksum of a parsed table.
     *
     * @param tree the whole document
     * @param file the file, for errors
     * @return {@code sha256:} and 64 lowercase hex digits
     */
    static String of(JsonNode tree, String file) {
        try {
            byte[] text = canonical(tree, file).getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text);
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    /**
     * Writes the canonical form of a document; its top-level checksum member is left out.
     *
     * @param tree the whole document
     * @param file the file, for errors
     * @return the canonical JSON text
     */
    static String canonical(JsonNode tree, String file) {
        StringBuilder text = new StringBuilder(16_384);
        write(tree, "$", true, file, text);
        return text.toString();
    }

    private static void write(JsonNode node, String path, boolean root, String file, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!(root && member.getKey().equals(FIELD))) {
                    members.add(member);
                }
            }
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                Map.Entry<String, JsonNode> member = members.get(i);
                if (i > 0) {
                    out.append(',');
                }
                string(member.getKey(), out);
                out.append(':');
                write(member.getValue(), path + TableReader.key(member.getKey()), false, file, out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), path + "[" + i + "]", false, file, out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isNumber()) {
            throw new PricingFormatException(file, path, "a number with a fraction or an exponent has no canonical form;"
                    + " write prices and quantities as strings, such as \"0.0000166667\", but was: " + node.asText(), null);
        } else if (node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            throw new PricingFormatException(file, path, "unexpected JSON value: " + node.getNodeType(), null);
        }
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
