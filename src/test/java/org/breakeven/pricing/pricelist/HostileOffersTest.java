package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile offers: each shape that ran out of memory, hung or was misread fails at once with the file, the place
 * in it and what is wrong. The large ones are generated as gzipped files, which the importer reads as it reads
 * AWS's: a file of a few hundred KB that holds a 200 MB field or 3 million price dimensions. Each test reads only
 * up to the first value past a limit, so it runs in a small, constant heap whatever the size of the offer; the
 * timeouts are hang guards, not measures of speed. The prices are test data.
 */
class HostileOffersTest {

    private static final String HEADER = "\"formatVersion\" : \"v1.0\", \"offerCode\" : \"AmazonEKS\","
            + " \"version\" : \"20241115180000\", \"publicationDate\" : \"2024-11-15T18:00:00Z\"";
    private static final String PRODUCT = "\"EKSCLUSTERHOURSA\" : { \"sku\" : \"EKSCLUSTERHOURSA\", \"productFamily\" :"
            + " \"Compute\",\n    \"attributes\" : { \"servicecode\" : \"AmazonEKS\", \"location\" : \"US East (N. Virginia)\","
            + "\n      \"usagetype\" : \"AmazonEKS-Hours:perCluster\", \"regionCode\" : \"us-east-1\" } }";
    private static final String TERM_PATH = "$.terms.OnDemand.EKSCLUSTERHOURSA['EKSCLUSTERHOURSA.JRTCKXETXF']";
    private static final String DIMENSION_PATH = TERM_PATH + ".priceDimensions['EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7']";
    private static final String BAND = "\"beginRange\" : \"0\", \"endRange\" : \"Inf\", \"unit\" : \"Hours\"";

    private static final String CSV_PREAMBLE = "\"FormatVersion\",\"v1.0\"\n"
            + "\"Disclaimer\",\"This pricing list is for informational purposes only.\"\n"
            + "\"Publication Date\",\"2024-11-15T18:00:00Z\"\n"
            + "\"Version\",\"20241115180000\"\n"
            + "\"OfferCode\",\"AmazonEKS\"\n"
            + "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\",\"EffectiveDate\",\"StartingRange\","
            + "\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\",\"Product Family\",\"serviceCode\",\"Location\","
            + "\"usageType\",\"Region Code\"\n";

    @TempDir
    Path dir;

    /** A one-product AmazonEKS offer whose only term holds the price dimensions given, in JSON. */
    private static String offer(String dimensions) {
        return "{ " + HEADER + ",\n  \"products\" : { " + PRODUCT + " },\n"
                + "  \"terms\" : { \"OnDemand\" : { \"EKSCLUSTERHOURSA\" : { \"EKSCLUSTERHOURSA.JRTCKXETXF\" : {\n"
                + "    \"offerTermCode\" : \"JRTCKXETXF\", \"sku\" : \"EKSCLUSTERHOURSA\", \"effectiveDate\" :"
                + " \"2024-07-01T00:00:00Z\",\n    \"priceDimensions\" : { " + dimensions + " } } } } } }\n";
    }

    /** The offer with its one price dimension. */
    private static String offerPricedAt(String band, String usd) {
        return offer("\"EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7\" : { " + band + ", \"pricePerUnit\" : { \"USD\" : \"" + usd
                + "\" } }");
    }

    /** One CSV row of the control plane, with the fields given. */
    private static String row(String description, String begin, String price) {
        return "\"EKSCLUSTERHOURSA\",\"JRTCKXETXF\",\"EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7\",\"OnDemand\",\"" + description
                + "\",\"2024-07-01\",\"" + begin + "\",\"Inf\",\"Hours\",\"" + price + "\",\"USD\",\"Compute\",\"AmazonEKS\","
                + "\"US East (N. Virginia)\",\"AmazonEKS-Hours:perCluster\",\"us-east-1\"\n";
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** What a generator writes into a gzipped file. */
    private interface Content {
        void write(Writer out) throws IOException;
    }

    /** Writes a gzipped file fast (the least compression), so that a test can make an offer of hundreds of MB. */
    private Path gzip(String name, Content content) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file),
                1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, StandardCharsets.UTF_8), 1 << 16)) {
            content.write(out);
        }
        return file;
    }

    private static ImportReport importFile(Path file) {
        return PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("m5.large")).importFiles(List.of(file));
    }

    /** Fails within a hang guard: the import of a hostile offer must fail, and fail at once. */
    private static void assertFails(Path file, String location, String problem) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(OfferFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.location()).isEqualTo(location);
                })
                .hasMessage(file + " at " + location + ": " + problem));
    }

    /**
     * A price or a range with an exponent of a billion, or of 300, fails where it is read with the bounds of a
     * price or a quantity in a table; it took minutes and gigabytes to print. A decimal of 2,000 digits is refused
     * before it is parsed.
     */
    static Stream<Arguments> hostileNumber() {
        String price = "a price must be between 0 and 1,000,000 per unit, with at most 20 decimal places, but was: ";
        return Stream.of(
                Arguments.of("price of 1e-999999999", BAND, "1e-999999999", DIMENSION_PATH + ".pricePerUnit.USD",
                        price + "1E-999999999"),
                Arguments.of("price of 1e300", BAND, "1e300", DIMENSION_PATH + ".pricePerUnit.USD", price + "1E+300"),
                Arguments.of("price of 2,000 digits", BAND, "1".repeat(2000), DIMENSION_PATH + ".pricePerUnit.USD",
                        "a price must be a decimal number of at most 1,000 characters, such as \"0.0000166667\", but was: \""
                        + "1".repeat(100) + "... (2,000 characters)\""),
                Arguments.of("start of 1e-999999999", BAND.replace("\"0\"", "\"1e-999999999\""), "0.1",
                        DIMENSION_PATH + ".beginRange", "the start of a band must be between 0 and 1,000,000,000,000,000,"
                        + " with at most 20 decimal places, but was: 1E-999999999"),
                Arguments.of("end of 1e300", BAND.replace("\"Inf\"", "\"1e300\""), "0.1", DIMENSION_PATH + ".endRange",
                        "the end of a band must be between 0 and 1,000,000,000,000,000, with at most 20 decimal places,"
                        + " but was: 1E+300"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNumber")
    void importFiles_hostileNumber(String name, String band, String usd, String location, String problem)
            throws IOException {
        assertFails(write("index.json", offerPricedAt(band, usd)), location, problem);
    }

    /** The same in CSV: the price of the first row (line 7, after five preamble lines and the header). */
    @Test
    void importFiles_csvPriceOf1eMinus999999999() throws IOException {
        Path file = write("index.csv", CSV_PREAMBLE + row("cluster-hour", "0", "1e-999999999"));

        assertFails(file, "line 7, column PricePerUnit", "a price must be between 0 and 1,000,000 per unit, with at most 20"
                + " decimal places, but was: 1E-999999999");
    }

    /**
     * One product with 3 million price dimensions (about 200 MB unzipped) ran out of memory at a 64 MB heap; it
     * fails at the 1,001st, {@code R1000}.
     */
    @Test
    void importFiles_threeMillionPriceDimensionsOfOneProduct() throws IOException {
        Path file = gzip("index.json.gz", out -> {
            String offer = offer("@");
            out.write(offer, 0, offer.indexOf('@'));
            for (int i = 0; i < 3_000_000; i++) {
                out.write((i == 0 ? "" : ",\n") + "\"R" + i + "\" : { " + BAND + ", \"pricePerUnit\" : { \"USD\" : \"0.1\" } }");
            }
            out.write(offer, offer.indexOf('@') + 1, offer.length() - offer.indexOf('@') - 1);
        });

        assertFails(file, TERM_PATH + ".priceDimensions.R1000", "SKU EKSCLUSTERHOURSA has more than 1,000 OnDemand price"
                + " dimensions, where a Price List product has a handful");
    }

    /** The same in CSV, one row per dimension: the 1,001st row is line 7 + 1,000. */
    @Test
    void importFiles_threeMillionRowsOfOneProduct() throws IOException {
        Path file = gzip("index.csv.gz", out -> {
            out.write(CSV_PREAMBLE);
            String row = row("cluster-hour", "0", "0.1");
            for (int i = 0; i < 3_000_000; i++) {
                out.write(row);
            }
        });

        assertFails(file, "line 1007", "SKU EKSCLUSTERHOURSA has more than 1,000 OnDemand price dimensions, where a Price"
                + " List product has a handful");
    }

    /** More than 100 terms for one product fail at the 101st, {@code T100}. */
    @Test
    void importFiles_tooManyTermsOfOneProduct() throws IOException {
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i <= 100; i++) {
            terms.append(i == 0 ? "" : ", ").append("\"T").append(i).append("\" : { \"offerTermCode\" : \"T").append(i)
                    .append("\", \"effectiveDate\" : \"2024-07-01T00:00:00Z\", \"priceDimensions\" : { } }");
        }
        Path file = write("index.json", "{ " + HEADER + ",\n  \"products\" : { " + PRODUCT + " },\n  \"terms\" : {"
                + " \"OnDemand\" : { \"EKSCLUSTERHOURSA\" : { " + terms + " } } } }\n");

        assertFails(file, "$.terms.OnDemand.EKSCLUSTERHOURSA.T100", "SKU EKSCLUSTERHOURSA has more than 100 OnDemand terms,"
                + " where a Price List product has one or two");
    }

    /**
     * A CSV field of 200 MB ran out of memory at a 64 MB heap; it fails when it passes 65,536 characters. It is the
     * PriceDescription, field 5 of the first row.
     */
    @Test
    void importFiles_csvFieldOf200Megabytes() throws IOException {
        Path file = gzip("index.csv.gz", out -> {
            String row = row("@", "0", "0.1");
            out.write(CSV_PREAMBLE);
            out.write(row, 0, row.indexOf('@'));
            char[] block = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 200 * 16; i++) {
                out.write(block);
            }
            out.write(row, row.indexOf('@') + 1, row.length() - row.indexOf('@') - 1);
        });

        assertFails(file, "line 7, field 5", "a field is longer than 65,536 characters, where no value of a Price List offer"
                + " comes near that");
    }

    /** A record of 10,001 empty fields, or of 20 fields of 60,000 characters (1.2 million), fails. */
    @Test
    void importFiles_csvRecordTooLarge() throws IOException {
        Path wide = write("wide.csv", CSV_PREAMBLE + ",".repeat(10_000) + "\n");
        Path large = write("large.csv", CSV_PREAMBLE + String.join(",", java.util.Collections.nCopies(20,
                "y".repeat(60_000))) + "\n");

        assertFails(wide, "line 7", "a record has more than 10,000 fields, where a Price List offer has fewer than a"
                + " hundred columns");
        assertFails(large, "line 7", "a record is longer than 1,048,576 characters, where a row of a Price List offer has"
                + " a few thousand");
    }

    /**
     * A JSON string of 200 MB, a description here, fails when it passes 65,536 characters, and so does a name
     * (a SKU key) of 100,000.
     */
    @Test
    void importFiles_jsonStringOf200Megabytes() throws IOException {
        Path string = gzip("index.json.gz", out -> {
            String offer = offerPricedAt(BAND + ", \"description\" : \"@\"", "0.1");
            out.write(offer, 0, offer.indexOf('@'));
            char[] block = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 200 * 16; i++) {
                out.write(block);
            }
            out.write(offer, offer.indexOf('@') + 1, offer.length() - offer.indexOf('@') - 1);
        });
        Path name = write("name.json", offerPricedAt(BAND, "0.1").replace("\"EKSCLUSTERHOURSA\" : { \"sku\"",
                "\"" + "K".repeat(100_000) + "\" : { \"sku\""));

        assertFails(string, DIMENSION_PATH + ".description", "not a Price List offer: a string or a name is longer than"
                + " 65,536 characters, where no offer comes near that");
        assertFails(name, "$.products", "not a Price List offer: a string or a name is longer than 65,536 characters,"
                + " where no offer comes near that");
    }

    /**
     * 100,000 currency keys in one price (1.7 MB) took 463 MB, as the list of them grew quadratically; the 101st,
     * {@code C100}, fails.
     */
    @Test
    void importFiles_hundredThousandCurrencies() throws IOException {
        StringBuilder currencies = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            currencies.append(i == 0 ? "" : ", ").append("\"C").append(i).append("\" : \"0.1\"");
        }
        Path file = write("index.json", offer("\"EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7\" : { " + BAND
                + ", \"pricePerUnit\" : { " + currencies + " } }"));

        assertFails(file, DIMENSION_PATH + ".pricePerUnit.C100", "the price is given in more than 100 currencies, where a"
                + " Price List price has one or two");
    }

    /**
     * An offer nests 8 levels deep. Of 100 nested arrays in {@code attributesList}, the 64th is one level too many
     * (the offer's object is the first of the 64 allowed): the path holds the 63 arrays around it.
     */
    @Test
    void importFiles_nestedTooDeeply() throws IOException {
        Path file = write("index.json", "{ " + HEADER + ", \"attributesList\" : " + "[".repeat(100) + "]".repeat(100)
                + " }");

        assertFails(file, "$.attributesList" + "[0]".repeat(63), "not a Price List offer: it nests deeper than 64 levels,"
                + " where no offer comes near that");
    }

    /**
     * The products that match our keys are kept, within 4,000,000 characters: ten that match the control plane, each
     * with eight attributes of 60,000 characters (480,000 characters a product), fail at the ninth.
     */
    @Test
    void importFiles_matchedProductsTooLarge() throws IOException {
        String big = "z".repeat(60_000);
        StringBuilder products = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            products.append(i == 0 ? "" : ", ").append(PRODUCT.replace("EKSCLUSTERHOURSA", "EKSCLUSTERHOURS" + i)
                    .replace("\"regionCode\"", "\"memory\" : \"" + big + "\", \"vcpu\" : \"" + big + "\", \"tenancy\" : \""
                            + big + "\", \"group\" : \"" + big + "\", \"instanceType\" : \"" + big + "\", \"licenseModel\" : \""
                            + big + "\", \"queueType\" : \"" + big + "\", \"volumeApiName\" : \"" + big + "\", \"regionCode\""));
        }
        Path file = write("index.json", "{ " + HEADER + ",\n  \"products\" : { " + products + " },\n  \"terms\" : { } }");

        assertFails(file, "$.products.EKSCLUSTERHOURS8", "the products that match our keys hold more than 4,000,000"
                + " characters of attributes and prices, where those of a Price List offer hold some tens of thousands");
    }

    /**
     * A byte that is not UTF-8 was replaced silently, and the damaged usage type then showed up as "no product
     * matches". It fails with its byte offset and the JSON path of the value it is in: 0xFF in the usage type.
     */
    @Test
    void importFiles_jsonNotUtf8() throws IOException {
        String text = offerPricedAt(BAND, "0.1").replace("AmazonEKS-Hours:perCluster", "AmazonEKS-Hours\u00ffperCluster");
        int offset = text.indexOf('\u00ff');

        assertFails(write("index.json", text), "$.products.EKSCLUSTERHOURSA.attributes.usagetype", "the file must be"
                + " UTF-8, but the byte 0xFF at byte offset " + offset + " is not part of a UTF-8 character");
    }

    /** The same in CSV: 0xC3 starts a two-byte character, but {@code p} does not continue one. */
    @Test
    void importFiles_csvNotUtf8() throws IOException {
        String text = CSV_PREAMBLE + row("cluster-hour", "0", "0.1").replace("Hours:perCluster", "Hours\u00c3perCluster");
        int offset = text.indexOf('\u00c3');

        assertFails(write("index.csv", text), "line 7, byte offset " + offset, "the file must be UTF-8, but the byte 0xC3"
                + " there is not part of a UTF-8 character");
    }

    /** A folder, a device and a named pipe are refused before they are opened; the pipe used to block for ever. */
    @Test
    void importFiles_notARegularFile() throws Exception {
        assertFails(dir, "$", "an offer must be a regular file, but this is a folder");
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertFails(zero, "$", "an offer must be a regular file, but this is a device, a named pipe or a socket");
        }
        Path pipe = dir.resolve("index.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo is not available here");
        assertFails(pipe, "line 1", "an offer must be a regular file, but this is a device, a named pipe or a socket");
    }

    /** Terminal escapes in an offer's values reach neither a message nor the report raw. */
    @Test
    void importFiles_terminalEscapes_escaped() throws IOException {
        char esc = 27;
        Path file = write("index.json", offerPricedAt(BAND.replace("\"Hours\"", "\"Hours\\u001b[31m\""), "0.1"));

        ImportReport report = importFile(file);

        assertThat(report.result("eks.cluster.standard").detail()).contains("prices in \"Hours\\u001B[31m\"")
                .doesNotContain(String.valueOf(esc));
        assertThat(report.toString()).doesNotContain(String.valueOf(esc));
    }
}
