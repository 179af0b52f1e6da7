package org.breakeven.report;

import java.util.List;

/**
 * Writes comma-separated values as RFC 4180 describes: a header line, then one line per record,
 * fields quoted only when they hold a comma, a quote or a line break, lines ended by {@code \n}.
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

    /** Quotes a field if it needs it; null is written as an empty field. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
