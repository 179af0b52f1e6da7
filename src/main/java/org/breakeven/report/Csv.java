package org.breakeven.report;

import java.util.List;
import org.breakeven.bill.Format;

/**
 * Writes comma-separated values as RFC 4180 describes: a header line, then one line per record,
 * fields quoted only when they hold a comma or a quote, lines ended by {@code \n}. A control character in a
 * field (a line break, a tab, a terminal escape) is written as a backslash, {@code u} and four hexadecimal
 * digits by {@link Format#printable}, so that every record is one line and a terminal shows it as text.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Csv {

    private Csv() {
    }

    /** Writes one record, ended by a newline. */
    static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append('\n');
    }

    /**
     * Escapes a field's control characters ({@link Format#printable}), then quotes it if it needs it; null is
     * written as an empty field.
     */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String value = Format.printable(text);
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
