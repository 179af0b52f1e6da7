package org.breakeven.pricing.pricelist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a Price List offer file in JSON with Jackson's streaming parser, one token at a time:
 * {@code products} first, then {@code terms}, keeping only the products that a selector matches and
 * skipping everything else (other products, Reserved terms, {@code attributesList}) without building
 * it. If {@code terms} comes before {@code products}, or {@code products} before {@code offerCode}, the
 * file is read again rather than buffered, so memory never depends on the size of the file.
 * <p>
 * Field names are not canonicalised: an offer has hundreds of thousands of distinct SKU keys, and a
 * symbol table holding them would grow with the file. Jackson then reads through a {@link java.io.Reader}; it
 * is a {@link Utf8Reader}, so that a byte that is not UTF-8 fails with its offset rather than being replaced.
 * Strings and names are read up to {@link OfferScan#MAX_TEXT} characters and nesting to {@link #MAX_DEPTH}
 * levels; what is kept is bounded by {@link OfferScan}.
 */
final class JsonOfferReader {

    /**
     * How deeply an offer may nest: 64 levels, where an offer uses 8
     * ({@code $.terms.OnDemand.<sku>.<term>.priceDimensions.<code>.pricePerUnit.USD}).
     */
    static final int MAX_DEPTH = 64;

    /** The longest attribute name whose normalised form is remembered, so that the cache stays small. */
    private static final int CACHED_NAME = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(OfferScan.MAX_TEXT)
                    .maxNameLength(OfferScan.MAX_TEXT).maxNestingDepth(MAX_DEPTH).build())
            .build();

    private static final Set<String> HEADER = Set.of("formatVersion", "disclaimer", "offerCode", "version",
            "publicationDate");

    private final OfferSource source;
    private final OfferScan scan;
    private final Function<String, List<Selector>> selectors;
    private final Map<String, String> names = new HashMap<>();
    private JsonParser parser;
    private boolean productsDone;
    private boolean termsDone;

    private JsonOfferReader(OfferSource source, OfferScan scan, Function<String, List<Selector>> selectors) {
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
     * @throws OfferFormatException if the file is not a Price List offer
     */
    static void read(OfferSource source, OfferScan scan, Function<String, List<Selector>> selectors) {
        new JsonOfferReader(source, scan, selectors).read();
    }

    private void read() {
        for (int pass = 1; pass <= 3 && !(productsDone && termsDone); pass++) {
            boolean before = productsDone;
            boolean termsBefore = termsDone;
            pass(pass);
            if (pass > 1 && before == productsDone && termsBefore == termsDone) {
                break;
            }
        }
        if (scan.offerCode() == null) {
            throw new OfferFormatException(source.name(), "$.offerCode", "the offer has no offerCode");
        }
        if (!productsDone) {
            throw new OfferFormatException(source.name(), "$.products", "the offer has no products object");
        }
        if (!termsDone) {
            throw new OfferFormatException(source.name(), "$.terms", "the offer has no terms object");
        }
    }

    private void pass(int pass) {
        try (InputStream in = source.open(); JsonParser p = FACTORY.createParser(new Utf8Reader(in))) {
            parser = p;
            body(pass);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read offer file " + source.name() + ": " + e.getMessage(), e);
        }
    }

    private void body(int pass) throws IOException {
        JsonParser p = parser;
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new OfferFormatException(source.name(), "$", "an offer file must be a JSON object but starts with "
                        + p.currentToken());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (HEADER.contains(name) && value.isScalarValue()) {
                    if (pass == 1) {
                        scan.header.put(name, p.getText());
                    }
                } else if (name.equals("products")) {
                    if (!productsDone && scan.offerCode() != null) {
                        scan.select(selectors.apply(scan.offerCode()));
                        products();
                        productsDone = true;
                    } else {
                        p.skipChildren();
                    }
                } else if (name.equals("terms")) {
                    if (!termsDone && productsDone) {
                        terms();
                        termsDone = true;
                    } else {
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw fail("unexpected content after the offer object");
            }
        } catch (StreamConstraintsException e) {
            String message = String.valueOf(e.getOriginalMessage());
            String what = message.startsWith("Document nesting depth") ? "it nests deeper than " + MAX_DEPTH + " levels"
                    : message.startsWith("Number value length") ? "a number is longer than "
                    + String.format(Locale.ROOT, "%,d", FACTORY.streamReadConstraints().getMaxNumberLength()) + " digits"
                    : String.format(Locale.ROOT, "a string or a name is longer than %,d characters", OfferScan.MAX_TEXT);
            throw new OfferFormatException(source.name(), path(), "not a Price List offer: " + what
                    + ", where no offer comes near that", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new OfferFormatException(source.name(), path(), "not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (Utf8Reader.NotUtf8Exception e) {
            // The reader has given every character before the byte, so the parser's path is where the byte is.
            throw new OfferFormatException(source.name(), path(), String.format(Locale.ROOT, "the file must be UTF-8,"
                    + " but the byte 0x%02X at byte offset %d is not part of a UTF-8 character", e.value, e.offset), e);
        }
    }

    private void products() throws IOException {
        JsonParser p = parser;
        expect(JsonToken.START_OBJECT, "products must be an object keyed by SKU");
        if (!scan.selective()) {
            p.skipChildren();
            return;
        }
        Map<String, String> attributes = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            expect(JsonToken.START_OBJECT, "a product must be an object");
            scan.entries++;
            attributes.clear();
            String sku = key;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("attributes")) {
                    expect(JsonToken.START_OBJECT, "attributes must be an object");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = normalized(p.currentName());
                        JsonToken token = p.nextToken();
                        if (token == JsonToken.VALUE_STRING && Attr.READ.contains(name)) {
                            attributes.put(name, p.getText());
                        } else {
                            p.skipChildren();
                        }
                    }
                } else if (field.equals("productFamily") && value == JsonToken.VALUE_STRING) {
                    attributes.put(Attr.PRODUCT_FAMILY, p.getText());
                } else if (field.equals("sku") && value == JsonToken.VALUE_STRING) {
                    sku = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (!sku.equals(key)) {
                throw fail("product key \"" + Text.shown(key) + "\" differs from its sku \"" + Text.shown(sku) + "\"");
            }
            scan.offer(sku, attributes, () -> "$.products" + segment(key));
        }
    }

    private void terms() throws IOException {
        JsonParser p = parser;
        expect(JsonToken.START_OBJECT, "terms must be an object keyed by term type");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String type = p.currentName();
            p.nextToken();
            if (!type.equals("OnDemand") || !scan.selective()) {
                p.skipChildren();
                continue;
            }
            expect(JsonToken.START_OBJECT, "terms.OnDemand must be an object keyed by SKU");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                p.nextToken();
                if (sku.indexOf('.') >= 0) {
                    throw fail("terms.OnDemand is keyed by \"<sku>.<offerTermCode>\" without a SKU level: this is a"
                            + " Price List Query API (GetProducts) item, not a bulk offer file");
                }
                OfferScan.Product product = scan.product(sku);
                if (product == null) {
                    p.skipChildren();
                    continue;
                }
                expect(JsonToken.START_OBJECT, "the terms of a SKU must be an object keyed by \"<sku>.<offerTermCode>\"");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    term(product, key);
                }
            }
        }
    }

    private void term(OfferScan.Product product, String key) throws IOException {
        JsonParser p = parser;
        expect(JsonToken.START_OBJECT, "a term must be an object");
        String where = path();
        String code = null;
        String effectiveDate = null;
        List<OfferScan.Dimension> dimensions = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("offerTermCode") && value == JsonToken.VALUE_STRING) {
                code = p.getText();
            } else if (field.equals("effectiveDate") && value == JsonToken.VALUE_STRING) {
                effectiveDate = p.getText();
            } else if (field.equals("priceDimensions")) {
                expect(JsonToken.START_OBJECT, "priceDimensions must be an object keyed by rate code");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String rateCode = p.currentName();
                    p.nextToken();
                    scan.countDimension(product, path());
                    dimensions.add(dimension(rateCode));
                }
            } else {
                p.skipChildren();
            }
        }
        if (code == null) {
            int dot = key.indexOf('.');
            code = dot < 0 ? key : key.substring(dot + 1);
        }
        if (effectiveDate == null) {
            throw new OfferFormatException(source.name(), where + ".effectiveDate", "the term has no effectiveDate");
        }
        OfferScan.Term term = new OfferScan.Term(code, effectiveDate, where);
        if (!scan.addTerm(product, term)) {
            throw new OfferFormatException(source.name(), where, "SKU " + Text.shown(product.sku) + " has two OnDemand"
                    + " terms " + Text.shown(code));
        }
        for (OfferScan.Dimension dimension : dimensions) {
            scan.addDimension(term, dimension);
        }
    }

    private OfferScan.Dimension dimension(String rateCode) throws IOException {
        JsonParser p = parser;
        expect(JsonToken.START_OBJECT, "a price dimension must be an object");
        String where = path();
        String description = "";
        String unit = null;
        String begin = null;
        String end = null;
        BigDecimal price = null;
        List<String> currencies = new ArrayList<>();
        int currencyCount = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "description" -> description = text(value);
                case "unit" -> unit = text(value);
                case "beginRange", "startingRange", "StartingRange" -> begin = text(value);
                case "endRange", "endingRange", "EndingRange" -> end = text(value);
                case "pricePerUnit" -> {
                    expect(JsonToken.START_OBJECT, "pricePerUnit must be an object keyed by currency");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String currency = p.currentName();
                        JsonToken amount = p.nextToken();
                        if (++currencyCount > OfferScan.MAX_CURRENCIES) {
                            throw fail(String.format(Locale.ROOT, "the price is given in more than %,d currencies,"
                                    + " where a Price List price has one or two", OfferScan.MAX_CURRENCIES));
                        }
                        if (currencies.size() < 10) {
                            currencies.add(Text.shown(currency));
                        }
                        if (currency.equals("USD")) {
                            price = Ranges.price(text(amount), source.name(), path());
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (unit == null) {
            throw new OfferFormatException(source.name(), where + ".unit", "the price dimension has no unit");
        }
        if (price == null) {
            throw new OfferFormatException(source.name(), where + ".pricePerUnit", "the price dimension has no USD"
                    + " price" + (currencies.isEmpty() ? "" : " (it has " + String.join(", ", currencies)
                    + (currencyCount > currencies.size() ? ", ... (" + currencyCount + " in all)" : "") + ")"));
        }
        if (begin == null) {
            throw new OfferFormatException(source.name(), where + ".beginRange",
                    "the price dimension has no beginRange (nor startingRange)");
        }
        return new OfferScan.Dimension(rateCode, description, Ranges.begin(begin, source.name(), where + ".beginRange"),
                Ranges.end(end == null ? "Inf" : end, source.name(), where + ".endRange"), unit, price, where);
    }

    private String text(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
            return parser.getText();
        }
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        throw fail("must be a string but is " + value);
    }

    private void expect(JsonToken token, String problem) throws IOException {
        if (parser.currentToken() != token) {
            throw fail(problem + ", but found " + parser.currentToken());
        }
    }

    private String normalized(String name) {
        String key = names.get(name);
        if (key == null) {
            key = Attr.normalize(name);
            if (names.size() < 10_000 && name.length() <= CACHED_NAME) {
                names.put(name, key);
            }
        }
        return key;
    }

    private OfferFormatException fail(String problem) {
        return new OfferFormatException(source.name(), path(), problem);
    }

    /** Gets the JSON path of the parser's position, such as {@code $.terms.OnDemand['ABC'].priceDimensions}. */
    private String path() {
        if (parser == null) {
            return "$";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                String name = c.getCurrentName();
                if (name != null) {
                    parts.push(segment(name));
                }
            } else if (c.inArray() && c.hasCurrentIndex()) {
                // At an array's start token there is no element yet: the value at fault is the array itself.
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        return "$" + String.join("", parts);
    }

    /** Quotes a key as a JSON path segment. */
    private static String segment(String key) {
        return key.length() <= Text.SHOWN && key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key
                : "['" + Text.shown(key) + "']";
    }
}
