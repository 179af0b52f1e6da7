package org.breakeven.report;

import java.util.Locale;

/**
 * The forms a report can take: a table for people, or JSON, CSV or FOCUS rows for programs.
 */
public enum OutputFormat {
    /** Aligned text for a terminal. */
    TEXT,
    /** Indented JSON. */
    JSON,
    /** Comma-separated values with a header line. */
    CSV,
    /** Estimated line items in FOCUS columns, as CSV; see {@link FocusReport}. */
    FOCUS;

    /**
     * Obtains a format from its name in any case: {@code text}, {@code json}, {@code csv} or {@code focus}.
     *
     * @param name the name
     * @return the format
     * @throws IllegalArgumentException for any other name
     */
    public static OutputFormat of(String name) {
        for (OutputFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be text, json, csv or focus but was: " + name);
    }

    /**
     * Outputs the lower-case name, as on the command line.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
