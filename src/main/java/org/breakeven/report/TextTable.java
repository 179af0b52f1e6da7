package org.breakeven.report;

import java.util.ArrayList;
import java.util.List;
import org.breakeven.bill.Format;

/**
 * A plain-text table with a header row, columns padded to their widest cell; numbers right-aligned. Control
 * characters in a cell are shown escaped ({@link Format#printable}).
 * <p>
 * This class is mutable and not thread-safe: build one per report.
 */
final class TextTable {

    private final String[] header;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * @param header the column titles
     * @param rightAligned which columns hold numbers and align right
     */
    TextTable(String[] header, boolean[] rightAligned) {
        if (header.length != rightAligned.length) {
            throw new IllegalArgumentException("header and alignment must have the same length");
        }
        this.header = printable(header);
        this.right = rightAligned.clone();
    }

    /** Adds a row of cells, one per column. */
    TextTable row(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("a row must have " + header.length + " cells but had: " + cells.length);
        }
        rows.add(printable(cells));
        return this;
    }

    /** Adds a line of text that spans the table, such as a marker between rows. */
    TextTable note(String text) {
        rows.add(new String[] {Format.printable(text)});
        return this;
    }

    /** Copies cells with their control characters escaped, so that each is one line and its width is right. */
    private static String[] printable(String[] cells) {
        String[] copy = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = Format.printable(cells[i]);
        }
        return copy;
    }

    /** Writes the table, each line starting with {@code indent} and ending in {@code \n}. */
    String render(String indent) {
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
        }
        for (String[] row : rows) {
            if (row.length == header.length) {
                for (int c = 0; c < row.length; c++) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, indent, header, width);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.append(indent).append(rule).append('\n');
        for (String[] row : rows) {
            if (row.length == header.length) {
                line(out, indent, row, width);
            } else {
                out.append(indent).append(row[0]).append('\n');
            }
        }
        return out.toString();
    }

    private void line(StringBuilder out, String indent, String[] cells, int[] width) {
        StringBuilder text = new StringBuilder(indent);
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(width[c] - cells[c].length());
            text.append(c == 0 ? "" : "  ").append(right[c] ? pad + cells[c] : cells[c] + pad);
        }
        out.append(text.toString().stripTrailing()).append('\n');
    }
}
