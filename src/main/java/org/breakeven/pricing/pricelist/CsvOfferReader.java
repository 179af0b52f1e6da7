package org.breakeven.pricing.pricelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a Price List offer file in CSV: a preamble of {@code "Key","Value"} lines (FormatVersion,
 * Disclaimer, Publication Date, Version, OfferCode; some copies start with {@code sep=,} and lack the
 * Disclaimer), then a header row starting with {@code "SKU"}, then one row per price dimension with the
 * product's attributes repeated on every row. Rows are read one at a time; only the rows of products
 * that a selector matches are kept.
 * <p>
 * Fields follow RFC 4180: quoted or not, {@code ""} inside quotes for a quote, line breaks allowed inside
 * quotes. Ranges are {@code StartingRange}/{@code EndingRange}, with {@code Inf} as an open end.
 */
final class CsvOfferReader {

    private static final Map<String, String> PREAMBLE = Map.of("FormatVersion", "formatVersion", "Disclaimer",
            "disclaimer", "Publication Date", "publicationDate", "Version", "version", "OfferCode", "offerCode");

    private static final Set<String> TERM_COLUMNS = Set.of("SKU", "OfferTermCode", "RateCode", "TermType",
            "PriceDescription", "EffectiveDate", "StartingRange", "EndingRange", "Unit", "PricePerUnit", "Currency",
            "RelatedTo", "LeaseContractLength", "PurchaseOption", "OfferingClass");

    private final OfferSource source;
    private final OfferScan scan;
    private final Function<String, List<Selector>> selectors;
    private Records records;

    private CsvOfferReader(OfferSource source, OfferScan scan, Function<String, List<Selector>> selectors) {
        this.source = source;
        this.scan = scan;
        this.selectors = selectors;
    }

    /**
     * Reads an offer file into a scan.
     *
     * @param source the file
     * @param scan where to put what is kept
     * @param selectors the selectors for an offer code, empty if the offer holds none of our keys
     * @throws OfferFormatException if the file is not a Price List offer in CSV
     */
    static void read(OfferSource source, OfferScan scan, Function<String, List<Selector>> selectors) {
        try (InputStream in = source.open()) {
            CsvOfferReader reader = new CsvOfferReader(source, scan, selectors);
            reader.records = new Records(new Utf8Reader(in), source.name());
            reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read offer file " + source.name() + ": " + e.getMessage(), e);
        }
    }

    private void read() throws IOException {
        List<String> fields = new ArrayList<>();
        List<String> header = null;
        while (header == null && records.next(fields)) {
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            String first = fields.get(0);
            if (first.equals("SKU")) {
                header = new ArrayList<>(fields);
            } else if (first.startsWith("sep=")) {
                // "sep=," splits into "sep=" and an empty field; any other separator stays in one field.
                if (!first.equals("sep=") || fields.size() != 2 || !fields.get(1).isEmpty()) {
                    throw fail("the separator must be a comma but the file declares " + abbreviate(fields));
                }
            } else if (fields.size() == 2 && PREAMBLE.containsKey(first)) {
                scan.header.put(PREAMBLE.get(first), fields.get(1));
            } else {
                throw fail("expected a preamble line (" + String.join(", ", PREAMBLE.keySet())
                        + ") or the header row starting with \"SKU\" but found: " + abbreviate(fields));
            }
        }
        if (header == null) {
            throw new OfferFormatException(source.name(), "line " + records.line, "the file has no header row starting"
                    + " with \"SKU\"");
        }
        if (scan.offerCode() == null) {
            throw new OfferFormatException(source.name(), "line " + records.recordLine, "the preamble has no OfferCode"
                    + " line before the header");
        }
        scan.select(selectors.apply(scan.offerCode()));
        if (!scan.selective()) {
            return;
        }
        rows(header, fields);
    }

    private void rows(List<String> header, List<String> fields) throws IOException {
        int sku = column(header, "SKU");
        int termCode = column(header, "OfferTermCode");
        int rateCode = column(header, "RateCode");
        int termType = column(header, "TermType");
        int description = header.indexOf("PriceDescription");
        int effectiveDate = column(header, "EffectiveDate");
        int begin = column(header, "StartingRange");
        int end = column(header, "EndingRange");
        int unit = column(header, "Unit");
        int price = column(header, "PricePerUnit");
        int currency = column(header, "Currency");
        List<Integer> attributeColumns = new ArrayList<>();
        List<String> attributeNames = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = Attr.normalize(header.get(i));
            if (!TERM_COLUMNS.contains(header.get(i)) && Attr.READ.contains(name)) {
                attributeColumns.add(i);
                attributeNames.add(name);
            }
        }
        Map<String, String> attributes = new HashMap<>();
        while (records.next(fields)) {
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw fail("a row must have " + header.size() + " fields like the header but has " + fields.size());
            }
            scan.entries++;
            String id = fields.get(sku);
            OfferScan.Product product = scan.product(id);
            if (product == null) {
                attributes.clear();
                for (int i = 0; i < attributeColumns.size(); i++) {
                    String value = fields.get(attributeColumns.get(i));
                    if (!value.isEmpty()) {
                        attributes.put(attributeNames.get(i), value);
                    }
                }
                int line = records.recordLine;
                product = scan.offer(id, attributes, () -> "line " + line);
            }
            if (product == null || !fields.get(termType).equals("OnDemand")) {
                continue;
            }
            String at = "line " + records.recordLine;
            if (!fields.get(currency).equals("USD")) {
                throw new OfferFormatException(source.name(), at + ", column Currency", "the currency must be USD but"
                        + " was: \"" + Text.shown(fields.get(currency)) + "\"");
            }
            scan.countDimension(product, at);
            String code = fields.get(termCode);
            OfferScan.Term term = product.onDemand.get(code);
            if (term == null) {
                term = new OfferScan.Term(code, fields.get(effectiveDate), at);
                scan.addTerm(product, term);
            }
            scan.addDimension(term, new OfferScan.Dimension(fields.get(rateCode),
                    description < 0 ? "" : fields.get(description),
                    Ranges.begin(fields.get(begin), source.name(), at + ", column StartingRange"),
                    Ranges.end(fields.get(end), source.name(), at + ", column EndingRange"), fields.get(unit),
                    Ranges.price(fields.get(price), source.name(), at + ", column PricePerUnit"), at));
        }
    }

    private int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new OfferFormatException(source.name(), "line " + records.recordLine, "the header has no \"" + name
                    + "\" column");
        }
        return index;
    }

    private OfferFormatException fail(String problem) {
        return new OfferFormatException(source.name(), "line " + records.recordLine, problem);
    }

    private static String abbreviate(List<String> fields) {
        String text = String.join(",", fields);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /**
     * Splits a reader into CSV records, counting lines. It bounds what one record may hold: a field of at most
     * {@link OfferScan#MAX_TEXT} characters, a record of at most {@link #MAX_FIELDS} fields and
     * {@link #MAX_RECORD} characters, so that a field of 200 MB fails when it passes the limit rather than
     * filling the heap. Given a {@link Utf8Reader}, a byte that is not UTF-8 fails with its line and offset.
     */
    static final class Records {

        /** The most fields of one record: 10,000 (the EC2 offer has fewer than 100 columns). */
        static final int MAX_FIELDS = 10_000;

        /** The most characters of one record: 1,048,576 (a row of the EC2 offer has a few thousand). */
        static final int MAX_RECORD = 1 << 20;

        private final Reader in;
        private final String file;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;
        private int pending = -2;
        private int recordChars;
        private final StringBuilder field = new StringBuilder();
        /** The line the reader is on, from 1. */
        int line = 1;
        /** The line the last record started on. */
        int recordLine;

        Records(Reader in, String file) {
            this.in = in;
            this.file = file;
        }

        /**
         * Reads the next record.
         *
         * @param fields cleared, then filled with the record's fields
         * @return false at the end of the input
         * @throws OfferFormatException if a quoted field is not closed or is followed by other text, the record is
         *     too long, or a byte is not UTF-8
         */
        boolean next(List<String> fields) throws IOException {
            fields.clear();
            recordChars = 0;
            int c = read();
            if (c == -1) {
                return false;
            }
            if (line == 1 && recordLine == 0 && c == '\uFEFF') {
                c = read();
            }
            recordLine = line;
            while (true) {
                field.setLength(0);
                if (c == '"') {
                    while (true) {
                        c = read();
                        if (c == -1) {
                            throw new OfferFormatException(file, "line " + recordLine, "a quoted field is not closed");
                        }
                        if (c == '"') {
                            c = read();
                            if (c != '"') {
                                break;
                            }
                        } else if (c == '\n') {
                            line++;
                        }
                        append(c, fields.size());
                    }
                    if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                        throw new OfferFormatException(file, "line " + line, "a closing quote must be followed by a"
                                + " comma or the end of the line but was followed by '" + (char) c + "'");
                    }
                } else {
                    while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                        append(c, fields.size());
                        c = read();
                    }
                }
                if (fields.size() == MAX_FIELDS) {
                    throw new OfferFormatException(file, "line " + recordLine, String.format(Locale.ROOT, "a record has"
                            + " more than %,d fields, where a Price List offer has fewer than a hundred columns",
                            MAX_FIELDS));
                }
                fields.add(field.toString());
                if (c == ',') {
                    c = read();
                    continue;
                }
                if (c == '\r') {
                    int next = read();
                    if (next != '\n') {
                        pending = next;
                    }
                }
                if (c != -1) {
                    line++;
                }
                return true;
            }
        }

        /** Appends a character to the field, within the bounds of a field and a record. */
        private void append(int c, int index) {
            if (field.length() == OfferScan.MAX_TEXT) {
                throw new OfferFormatException(file, "line " + recordLine + ", field " + (index + 1),
                        String.format(Locale.ROOT, "a field is longer than %,d characters, where no value of a Price"
                                + " List offer comes near that", OfferScan.MAX_TEXT));
            }
            if (++recordChars > MAX_RECORD) {
                throw new OfferFormatException(file, "line " + recordLine, String.format(Locale.ROOT, "a record is"
                        + " longer than %,d characters, where a row of a Price List offer has a few thousand",
                        MAX_RECORD));
            }
            field.append((char) c);
        }

        private int read() throws IOException {
            if (pending != -2) {
                int c = pending;
                pending = -2;
                return c;
            }
            if (position == limit) {
                try {
                    limit = in.read(buffer, 0, buffer.length);
                } catch (Utf8Reader.NotUtf8Exception e) {
                    throw new OfferFormatException(file, "line " + line + ", byte offset " + e.offset, String.format(
                            Locale.ROOT, "the file must be UTF-8, but the byte 0x%02X there is not part of a UTF-8"
                            + " character", e.value), e);
                }
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }
    }
}
