package org.breakeven.fuzz;

import java.util.List;
import java.util.Locale;

/**
 * One change to a document: its kind, where it applies and what it puts there. {@code where} picks a place
 * (a value, a section or a byte) modulo the number of places the kind can apply to, and {@code what} picks a
 * replacement modulo its kind's pool, so that any two numbers are a valid mutation and jqwik shrinks both
 * toward the first place and the first replacement.
 *
 * @param kind what the change does
 * @param where which place it changes
 * @param what which replacement it puts there
 */
record Mutation(Kind kind, int where, int what) {

    /** What a mutation does. The first ones change the document's tree; the last ones change its bytes. */
    enum Kind {
        /** Replaces a value by one of another JSON type: a number, text, a boolean, a section or a list. */
        TYPE_SWAP,
        /** Replaces a value by {@code null}. */
        NULL,
        /** Deletes a field from a section, or an item from a list. */
        DELETE,
        /** Writes a field of a section a second time, with the same value or another. */
        DUPLICATE,
        /** Inserts a field that the format does not know. */
        UNKNOWN_FIELD,
        /**
         * Replaces a number (or a decimal written as text, as a pricing table writes prices) by a huge, tiny,
         * negative, long or oddly written one, or by the original scaled.
         */
        NUMBER,
        /** Replaces a text value by other text: another known value, control characters, a very long text. */
        TEXT,
        /** Replaces a value by arrays or sections nested up to thousands deep. */
        NESTED,
        /** Points a scenario's {@code pricing.file} at a table, a file that is not one, a folder, or out of the folder. */
        PRICING_FILE,
        /** Cuts the file at a byte. */
        TRUNCATE,
        /** Inserts junk bytes, invalid UTF-8 among them, at a byte. */
        JUNK,
        /** Overwrites a byte with junk. */
        OVERWRITE;

        /** Whether this kind changes bytes, after the tree has been written out. */
        boolean onBytes() {
            return this == TRUNCATE || this == JUNK || this == OVERWRITE;
        }

        /** The kinds that apply to a pricing table: all but {@link #PRICING_FILE}. */
        static List<Kind> forTables() {
            return List.of(TYPE_SWAP, NULL, DELETE, DUPLICATE, UNKNOWN_FIELD, NUMBER, TEXT, NESTED, TRUNCATE, JUNK,
                    OVERWRITE);
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "(" + where + ", " + what + ")";
    }
}
