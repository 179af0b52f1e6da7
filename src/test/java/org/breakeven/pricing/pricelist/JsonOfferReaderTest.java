package org.breakeven.pricing.pricelist;

import org.breakeven.bill.Quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed offers fail with the file and the JSON path; odd but valid ones import. */
class JsonOfferReaderTest {

    private static final String TERM_PATH = "$.terms.OnDemand.EKSCLUSTERHOURSA['EKSCLUSTERHOURSA.JRTCKXETXF']";
    private static final String DIMENSION_PATH = TERM_PATH
            + ".priceDimensions['EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7']";

    @TempDir
    Path dir;

    /** A one-product AmazonEKS offer; {@code dimension} is the body of its only price dimension. */
    private static String offer(String header, String dimension) {
        return "{ " + header + ",\n"
                + "  \"products\" : { \"EKSCLUSTERHOURSA\" : { \"sku\" : \"EKSCLUSTERHOURSA\", \"productFamily\" : \"Compute\",\n"
                + "    \"attributes\" : { \"servicecode\" : \"AmazonEKS\", \"location\" : \"US East (N. Virginia)\",\n"
                + "      \"usagetype\" : \"AmazonEKS-Hours:perCluster\", \"regionCode\" : \"us-east-1\" } } },\n"
                + "  \"terms\" : { \"OnDemand\" : { \"EKSCLUSTERHOURSA\" : { \"EKSCLUSTERHOURSA.JRTCKXETXF\" : {\n"
                + "    \"offerTermCode\" : \"JRTCKXETXF\", \"sku\" : \"EKSCLUSTERHOURSA\", \"effectiveDate\" : \"2024-07-01T00:00:00Z\",\n"
                + "    \"priceDimensions\" : { \"EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7\" : { " + dimension + " } },\n"
                + "    \"termAttributes\" : { } } } } } }\n";
    }

    private static final String HEADER = "\"formatVersion\" : \"v1.0\", \"offerCode\" : \"AmazonEKS\","
            + " \"version\" : \"20241115180000\", \"publicationDate\" : \"2024-11-15T18:00:00Z\"";

    private static String dimension(String price) {
        return "\"beginRange\" : \"0\", \"endRange\" : \"Inf\", \"unit\" : \"Hours\", \"pricePerUnit\" : " + price;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static ImportReport importFile(Path file) {
        return PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("m5.large"))
                .importFiles(List.of(file));
    }

    @Test
    void importFiles_wellFormed_found() throws IOException {
        Path file = write("index.json", offer(HEADER, dimension("{ \"USD\" : \"0.1000000000\" }")));

        assertThat(importFile(file).rate("eks.cluster.standard").orElseThrow().firstPrice())
                .isEqualByComparingTo("0.1");
    }

    @Test
    void importFiles_gzip_readTransparently() throws IOException {
        Path file = dir.resolve("index.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(offer(HEADER, dimension("{ \"USD\" : \"0.1000000000\" }")).getBytes(StandardCharsets.UTF_8));
        }

        ImportReport report = importFile(file);

        assertThat(report.rate("eks.cluster.standard").orElseThrow().firstPrice()).isEqualByComparingTo("0.1");
        assertThat(report.offers().get(0).url()).endsWith("/AmazonEKS/20241115180000/us-east-1/index.json");
    }

    @Test
    void importFiles_priceNotADecimal_failsWithJsonPath() throws IOException {
        Path file = write("index.json", offer(HEADER, dimension("{ \"USD\" : \"free\" }")));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at " + DIMENSION_PATH + ".pricePerUnit.USD: a price must be a decimal number such as"
                        + " \"0.0000166667\" but was: \"free\"")
                .satisfies(e -> {
                    OfferFormatException error = (OfferFormatException) e;
                    assertThat(error.file()).isEqualTo(file.toString());
                    assertThat(error.location()).isEqualTo(DIMENSION_PATH + ".pricePerUnit.USD");
                });
    }

    @Test
    void importFiles_negativePrice_failsWithJsonPath() throws IOException {
        Path file = write("index.json", offer(HEADER, dimension("{ \"USD\" : \"-0.1\" }")));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at " + DIMENSION_PATH + ".pricePerUnit.USD: a price must be between 0 and 1,000,000 per"
                        + " unit, with at most 20 decimal places, but was: -0.1");
    }

    @Test
    void importFiles_noUsdPrice_failsNamingTheCurrencies() throws IOException {
        Path file = write("index.json", offer(HEADER, dimension("{ \"CNY\" : \"0.6\" }")));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at " + DIMENSION_PATH + ".pricePerUnit: the price dimension has no USD price (it has"
                        + " CNY)");
    }

    @Test
    void importFiles_badEndRange_failsWithJsonPath() throws IOException {
        Path file = write("index.json", offer(HEADER, "\"beginRange\" : \"0\", \"endRange\" : \"forever\","
                + " \"unit\" : \"Hours\", \"pricePerUnit\" : { \"USD\" : \"0.1\" }"));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at " + DIMENSION_PATH + ".endRange: the end of a band must be a decimal number such"
                        + " as \"0.0000166667\" or \"Inf\" but was: \"forever\"");
    }

    @Test
    void importFiles_startingRangeSpelling_accepted() throws IOException {
        Path file = write("index.json", offer(HEADER, "\"startingRange\" : \"0\", \"endingRange\" : \"Inf\","
                + " \"unit\" : \"Hours\", \"pricePerUnit\" : { \"USD\" : \"0.1\" }"));

        assertThat(importFile(file).result("eks.cluster.standard").status()).isEqualTo(ImportReport.Status.FOUND);
    }

    @Test
    void importFiles_truncated_failsWithLineAndColumn() throws IOException {
        String text = offer(HEADER, dimension("{ \"USD\" : \"0.1\" }"));
        Path file = write("index.json", text.substring(0, text.indexOf("\"termAttributes\"")));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessageStartingWith(file + " at " + TERM_PATH + ".priceDimensions: not valid JSON: Unexpected"
                        + " end-of-input")
                .hasMessageEndingWith("(line 8, column 5)");
    }

    @Test
    void importFiles_notAnObject_fails() throws IOException {
        Path file = write("index.json", "[ ]");

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at $: an offer file must be a JSON object but starts with START_ARRAY");
    }

    @Test
    void importFiles_queryApiItem_failsSayingSo() throws IOException {
        Path file = write("item.json", "{ " + HEADER + ", \"products\" : { },"
                + " \"terms\" : { \"OnDemand\" : { \"EKSCLUSTERHOURSA.JRTCKXETXF\" : { } } } }");

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at $.terms.OnDemand['EKSCLUSTERHOURSA.JRTCKXETXF']: terms.OnDemand is keyed by"
                        + " \"<sku>.<offerTermCode>\" without a SKU level: this is a Price List Query API (GetProducts)"
                        + " item, not a bulk offer file");
    }

    @Test
    void importFiles_noPublicationDate_fails() throws IOException {
        Path file = write("index.json", offer("\"offerCode\" : \"AmazonEKS\", \"version\" : \"20241115180000\"",
                dimension("{ \"USD\" : \"0.1\" }")));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at $.publicationDate: the offer has no publicationDate");
    }

    @Test
    void importFiles_noTerms_fails() throws IOException {
        Path file = write("index.json", "{ " + HEADER + ", \"products\" : { } }");

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at $.terms: the offer has no terms object");
    }

    @Test
    void importFiles_unknownOffer_readForItsHeaderOnly() throws IOException {
        Path file = write("index.json", offer(HEADER.replace("AmazonEKS", "AmazonECS"), dimension("{ \"USD\" : \"x\" }")));

        ImportReport report = importFile(file);

        assertThat(report.offers().get(0).entries()).isZero();
        assertThat(report.offers().get(0).kept()).isZero();
        assertThat(report.result("eks.cluster.standard").detail()).isEqualTo("offer AmazonEKS was not given; give a"
                + " base table (withBase) to carry it over");
    }

    @Test
    void importFiles_twoPricedTerms_missingAsArbitrary() throws IOException {
        String text = offer(HEADER, dimension("{ \"USD\" : \"0.1\" }")).replace("\"termAttributes\" : { } } } } } }",
                "\"termAttributes\" : { } },\n \"EKSCLUSTERHOURSA.ABCDEFGHIJ\" : { \"offerTermCode\" : \"ABCDEFGHIJ\","
                        + " \"effectiveDate\" : \"2024-07-01T00:00:00Z\", \"priceDimensions\" : { \"r\" : { "
                        + dimension("{ \"USD\" : \"0.2\" }") + " } } } } } } }");
        Path file = write("index.json", text);

        assertThat(importFile(file).result("eks.cluster.standard").detail()).isEqualTo("SKU EKSCLUSTERHOURSA has 2"
                + " OnDemand terms (JRTCKXETXF, ABCDEFGHIJ), so the choice would be arbitrary");
    }

    @Test
    void importFiles_gapBetweenBands_missingWithTheBand() throws IOException {
        Path file = write("index.json", offer(HEADER, "\"beginRange\" : \"0\", \"endRange\" : \"100\", \"unit\" :"
                + " \"Hours\", \"pricePerUnit\" : { \"USD\" : \"0.1\" } }, \"second\" : { \"beginRange\" : \"200\","
                + " \"endRange\" : \"Inf\", \"unit\" : \"Hours\", \"pricePerUnit\" : { \"USD\" : \"0.05\" }"));

        assertThat(importFile(file).result("eks.cluster.standard").detail()).isEqualTo("the bands of SKU"
                + " EKSCLUSTERHOURSA, sorted by beginRange (0-100, 200-Inf), are not a rate: rate eks.cluster.standard"
                + " tier 1 must start at 100, where tier 0 ends, but starts at 200: the tiers leave a gap (" + TERM_PATH
                + ".priceDimensions.second)");
    }

    @Test
    void importFiles_unexpectedUnit_missingWithTheUnit() throws IOException {
        Path file = write("index.json", offer(HEADER, dimension("{ \"USD\" : \"0.1\" }").replace("Hours", "Quantity")));

        assertThat(importFile(file).result("eks.cluster.standard").detail()).isEqualTo("SKU EKSCLUSTERHOURSA prices in"
                + " \"Quantity\", which is not one of the units (hour, hours, hrs) that mean USD per cluster-hour ("
                + DIMENSION_PATH + ")");
    }

    /** Without offerTermCode a term's code is the part of its key after the SKU: JRTCKXETXF and ABCDEFGHIJ here. */
    @Test
    void importFiles_termWithoutOfferTermCode_codeFromItsKey() throws IOException {
        String text = offer(HEADER, dimension("{ \"USD\" : \"0.1\" }")).replace("\"offerTermCode\" : \"JRTCKXETXF\", ", "")
                .replace("\"termAttributes\" : { } } } } } }", "\"termAttributes\" : { } },\n \"EKSCLUSTERHOURSA.ABCDEFGHIJ\" :"
                        + " { \"effectiveDate\" : \"2024-07-01T00:00:00Z\", \"priceDimensions\" : { \"r\" : { "
                        + dimension("{ \"USD\" : \"0.2\" }") + " } } } } } } }");
        Path file = write("index.json", text);

        assertThat(importFile(file).result("eks.cluster.standard").detail()).isEqualTo("SKU EKSCLUSTERHOURSA has 2"
                + " OnDemand terms (JRTCKXETXF, ABCDEFGHIJ), so the choice would be arbitrary");
    }

    /** A band's begin may be a JSON number and its end null (open-ended), as some older offers write them. */
    @Test
    void importFiles_numericBeginAndNullEnd_accepted() throws IOException {
        Path file = write("index.json", offer(HEADER, "\"beginRange\" : 0, \"endRange\" : null, \"unit\" : \"Hours\","
                + " \"pricePerUnit\" : { \"USD\" : \"0.1000000000\" }"));

        org.breakeven.pricing.Rate rate = importFile(file).rate("eks.cluster.standard").orElseThrow();

        assertThat(rate.firstPrice()).isEqualByComparingTo("0.1");
        assertThat(rate.tiers()).singleElement().satisfies(tier -> assertThat(tier.toExclusive()).isNull());
    }

    @Test
    void importFiles_rangeNotAString_failsWithJsonPath() throws IOException {
        Path file = write("index.json", offer(HEADER, "\"beginRange\" : [ 0 ], \"endRange\" : \"Inf\", \"unit\" :"
                + " \"Hours\", \"pricePerUnit\" : { \"USD\" : \"0.1\" }"));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at " + DIMENSION_PATH + ".beginRange: must be a string but is START_ARRAY");
    }

    /**
     * A product's attributes are its own: a second product without a usagetype does not inherit the first
     * one's, so only the first matches the EKS control plane.
     */
    @Test
    void importFiles_attributesNotInheritedFromThePreviousProduct() throws IOException {
        String text = offer(HEADER, dimension("{ \"USD\" : \"0.1\" }")).replace("\"regionCode\" : \"us-east-1\" } } },",
                "\"regionCode\" : \"us-east-1\" } },\n    \"EKSNOUSAGETYPE\" : { \"sku\" : \"EKSNOUSAGETYPE\","
                        + " \"productFamily\" : \"Compute\", \"attributes\" : { \"servicecode\" : \"AmazonEKS\","
                        + " \"regionCode\" : \"us-east-1\" } } },");
        Path file = write("index.json", text);

        ImportReport report = importFile(file);

        assertThat(report.result("eks.cluster.standard").sku()).isEqualTo("EKSCLUSTERHOURSA");
        assertThat(report.offers().get(0).entries()).isEqualTo(2);
    }

    @Test
    void importFiles_publicationDateNotADate_failsAtItsPath() throws IOException {
        Path file = write("index.json", offer(HEADER.replace("2024-11-15T18:00:00Z", "yesterday"),
                dimension("{ \"USD\" : \"0.1\" }")));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at $.publicationDate: must be a date such as 2016-06-01T00:00:00Z but was:"
                        + " \"yesterday\"");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> misshapen() {
        String valid = offer(HEADER, dimension("{ \"USD\" : \"0.1\" }"));
        String sku = "\"EKSCLUSTERHOURSA\" : { \"EKSCLUSTERHOURSA.JRTCKXETXF\" : {";
        String term = "\"EKSCLUSTERHOURSA.JRTCKXETXF\" : {";
        String dimension = "\"EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7\" : {";
        return java.util.stream.Stream.of(
                misshapen("products", "{ " + HEADER + ", \"products\" : [ ], \"terms\" : { } }", "$.products",
                        "products must be an object keyed by SKU"),
                misshapen("product", "{ " + HEADER + ", \"products\" : { \"X\" : \"x\" }, \"terms\" : { } }",
                        "$.products.X", "a product must be an object"),
                misshapen("attributes", "{ " + HEADER + ", \"products\" : { \"X\" : { \"attributes\" : [ ] } },"
                        + " \"terms\" : { } }", "$.products.X.attributes", "attributes must be an object"),
                misshapen("terms", "{ " + HEADER + ", \"products\" : { }, \"terms\" : [ ] }", "$.terms",
                        "terms must be an object keyed by term type"),
                misshapen("OnDemand", "{ " + HEADER + ", \"products\" : { }, \"terms\" : { \"OnDemand\" : [ ] } }",
                        "$.terms.OnDemand", "terms.OnDemand must be an object keyed by SKU"),
                misshapen("terms of a SKU", valid.replace(sku, "\"EKSCLUSTERHOURSA\" : [ ], \"X\" : {"
                        + " \"EKSCLUSTERHOURSA.JRTCKXETXF\" : {"), "$.terms.OnDemand.EKSCLUSTERHOURSA",
                        "the terms of a SKU must be an object keyed by \"<sku>.<offerTermCode>\""),
                misshapen("term", valid.replace(term, term.replace("{", "[ ], \"EKSCLUSTERHOURSA.OTHERTERMS\" : {")),
                        "$.terms.OnDemand.EKSCLUSTERHOURSA['EKSCLUSTERHOURSA.JRTCKXETXF']", "a term must be an object"),
                misshapen("priceDimensions", valid.replace("\"priceDimensions\" : {", "\"priceDimensions\" : [ ],"
                        + " \"x\" : {"), TERM_PATH + ".priceDimensions", "priceDimensions must be an object keyed by rate code"),
                misshapen("price dimension", valid.replace(dimension, dimension.replace("{", "[ ], \"y\" : {")),
                        DIMENSION_PATH, "a price dimension must be an object"),
                misshapen("pricePerUnit", offer(HEADER, dimension("[ ]")), DIMENSION_PATH + ".pricePerUnit",
                        "pricePerUnit must be an object keyed by currency"));
    }

    private static org.junit.jupiter.params.provider.Arguments misshapen(String name, String text, String path,
            String problem) {
        return org.junit.jupiter.params.provider.Arguments.of(name, text, path, problem);
    }

    /** Each level of an offer must be an object; an array in its place fails at that level's path. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("misshapen")
    void importFiles_levelNotAnObject_failsWithItsPath(String name, String text, String path, String problem)
            throws IOException {
        Path file = write("index.json", text);

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessageStartingWith(file + " at " + path + ": " + problem + ", but found ");
    }
}
