package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV layout: preamble, header, RFC 4180 fields; faults fail with the file and the line. */
class CsvOfferReaderTest {

    private static final String PREAMBLE = "\"FormatVersion\",\"v1.0\"\n"
            + "\"Disclaimer\",\"This pricing list is for informational purposes only.\"\n"
            + "\"Publication Date\",\"2024-11-15T18:00:00Z\"\n"
            + "\"Version\",\"20241115180000\"\n"
            + "\"OfferCode\",\"AmazonEKS\"\n";
    private static final String HEADER = "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\","
            + "\"EffectiveDate\",\"StartingRange\",\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\",\"Product Family\","
            + "\"serviceCode\",\"Location\",\"usageType\",\"Region Code\"\n";
    private static final String ROW = "\"EKSCLUSTERHOURSA\",\"JRTCKXETXF\",\"EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7\","
            + "\"OnDemand\",\"Amazon EKS cluster usage, per hour\",\"2024-07-01\",\"0\",\"Inf\",\"Hours\",\"0.1000000000\","
            + "\"USD\",\"Compute\",\"AmazonEKS\",\"US East (N. Virginia)\",\"AmazonEKS-Hours:perCluster\",\"us-east-1\"\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("index.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static ImportReport importFile(Path file) {
        return PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("m5.large"))
                .importFiles(List.of(file));
    }

    private static List<List<String>> records(String text) throws IOException {
        CsvOfferReader.Records records = new CsvOfferReader.Records(new StringReader(text), "test.csv");
        List<List<String>> all = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        while (records.next(fields)) {
            all.add(List.copyOf(fields));
        }
        return all;
    }

    @Test
    void records_quotesCommasAndLineBreaks_splitPerRfc4180() throws IOException {
        assertThat(records("a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",,x\n\"last\""))
                .containsExactly(List.of("a", "b,c", "d\"e"), List.of("multi\nline", "", "x"), List.of("last"));
    }

    @Test
    void records_lineNumbers_countLineBreaksInsideQuotes() throws IOException {
        CsvOfferReader.Records records = new CsvOfferReader.Records(new StringReader("\"a\nb\",c\nd\n"), "t.csv");
        List<String> fields = new ArrayList<>();

        records.next(fields);
        assertThat(records.recordLine).isEqualTo(1);
        records.next(fields);
        assertThat(records.recordLine).isEqualTo(3);
        assertThat(fields).containsExactly("d");
    }

    @Test
    void records_unclosedQuote_fails() {
        assertThatThrownBy(() -> records("a\n\"b,c\n")).isInstanceOf(OfferFormatException.class)
                .hasMessage("test.csv at line 2: a quoted field is not closed");
    }

    @Test
    void records_textAfterClosingQuote_fails() {
        assertThatThrownBy(() -> records("\"a\"b,c\n")).isInstanceOf(OfferFormatException.class)
                .hasMessage("test.csv at line 1: a closing quote must be followed by a comma or the end of the line but was"
                        + " followed by 'b'");
    }

    @Test
    void importFiles_awsLayout_found() throws IOException {
        ImportReport report = importFile(write(PREAMBLE + HEADER + ROW));

        assertThat(report.rate("eks.cluster.standard").orElseThrow().firstPrice()).isEqualByComparingTo("0.1");
        assertThat(report.offers().get(0).toString()).startsWith("AmazonEKS 20241115180000 published"
                + " 2024-11-15T18:00:00Z (csv): 1 row, 1 kept; ");
    }

    /** Excel writes a byte order mark first and blank lines are harmless: both are skipped. */
    @Test
    void importFiles_byteOrderMarkAndBlankLines_skipped() throws IOException {
        ImportReport report = importFile(write("\uFEFF" + PREAMBLE + "\n" + HEADER + "\n" + ROW + "\n"));

        assertThat(report.rate("eks.cluster.standard").orElseThrow().firstPrice()).isEqualByComparingTo("0.1");
        assertThat(report.offers().get(0).entries()).isEqualTo(1);
    }

    /** A byte order mark is only one at the very start; elsewhere it is part of a field. */
    @Test
    void records_byteOrderMarkOnlyAtTheStart() throws IOException {
        assertThat(records("\uFEFFa,b\n\uFEFFc\n")).containsExactly(List.of("a", "b"), List.of("\uFEFFc"));
    }

    /**
     * A product's empty column is absent, not inherited from the row before: the second row has no usageType,
     * so it cannot match the control plane's usage type that the first row had.
     */
    @Test
    void importFiles_emptyColumnsAreNotInheritedFromThePreviousRow() throws IOException {
        String second = ROW.replace("EKSCLUSTERHOURSA", "EKSCLUSTERHOURSB").replace("\"AmazonEKS-Hours:perCluster\"",
                "\"\"");

        ImportReport report = importFile(write(PREAMBLE + HEADER + ROW + second));

        assertThat(report.result("eks.cluster.standard").sku()).isEqualTo("EKSCLUSTERHOURSA");
        assertThat(report.result("eks.cluster.standard").status()).isEqualTo(ImportReport.Status.FOUND);
    }

    /** The preamble's publication date dates the source; in a CSV offer its error is located at the preamble. */
    @Test
    void importFiles_publicationDateNotADate_failsAtThePreamble() throws IOException {
        Path file = write(PREAMBLE.replace("2024-11-15T18:00:00Z", "yesterday") + HEADER + ROW);

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at preamble: must be a date such as 2016-06-01T00:00:00Z but was: \"yesterday\"");
    }

    @Test
    void importFiles_elbFixture_multiLineDescriptionAndDecoys() {
        ImportReport report = importFile(Offers.fixture("us-east-1/AWSELB.csv"));

        assertThat(report.offers().get(0).entries()).isEqualTo(7);
        assertThat(report.result("elb.alb.capacityUnit").sku()).isEqualTo("ELBALBLCUAAAAAAA");
        assertThat(report.result("elb.nlb.capacityUnit").sku()).isEqualTo("ELBNLBLCUAAAAAAA");
        assertThat(report.rate("elb.nlb.capacityUnit").orElseThrow().firstPrice()).isEqualByComparingTo("0.006");
    }

    @Test
    void importFiles_sepLineWithoutDisclaimer_accepted() throws IOException {
        String preamble = "sep=,\n" + PREAMBLE.replace("\"Disclaimer\",\"This pricing list is for informational purposes"
                + " only.\"\n", "");

        assertThat(importFile(write(preamble + HEADER + ROW)).result("eks.cluster.standard").status())
                .isEqualTo(ImportReport.Status.FOUND);
    }

    @Test
    void importFiles_otherSeparator_fails() throws IOException {
        Path file = write("sep=;\n" + PREAMBLE + HEADER + ROW);

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at line 1: the separator must be a comma but the file declares sep=;");
    }

    @Test
    void importFiles_rowWithTooFewFields_failsWithLine() throws IOException {
        Path file = write(PREAMBLE + HEADER + ROW + "\"X\",\"JRTCKXETXF\"\n");

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at line 8: a row must have 16 fields like the header but has 2");
    }

    @Test
    void importFiles_unknownPreambleLine_fails() throws IOException {
        Path file = write("\"Hello\",\"world\",\"!\"\n" + PREAMBLE + HEADER + ROW);

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessageStartingWith(file + " at line 1: expected a preamble line (")
                .hasMessageEndingWith(") or the header row starting with \"SKU\" but found: Hello,world,!");
    }

    @Test
    void importFiles_noHeader_fails() throws IOException {
        Path file = write(PREAMBLE);

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at line 6: the file has no header row starting with \"SKU\"");
    }

    @Test
    void importFiles_headerWithoutPricePerUnit_fails() throws IOException {
        Path file = write(PREAMBLE + HEADER.replace("\"PricePerUnit\"", "\"Price\"") + ROW);

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at line 6: the header has no \"PricePerUnit\" column");
    }

    @Test
    void importFiles_badPrice_failsWithLineAndColumn() throws IOException {
        Path file = write(PREAMBLE + HEADER + ROW.replace("\"0.1000000000\"", "\"0,10\""));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at line 7, column PricePerUnit: a price must be a decimal number such as"
                        + " \"0.0000166667\" but was: \"0,10\"");
    }

    @Test
    void importFiles_otherCurrency_failsWithLineAndColumn() throws IOException {
        Path file = write(PREAMBLE + HEADER + ROW.replace("\"USD\"", "\"CNY\""));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at line 7, column Currency: the currency must be USD but was: \"CNY\"");
    }

    @Test
    void importFiles_noOfferCode_fails() throws IOException {
        Path file = write(PREAMBLE.replace("\"OfferCode\",\"AmazonEKS\"\n", "") + HEADER + ROW);

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at line 5: the preamble has no OfferCode line before the header");
    }

    @Test
    void importFiles_badEffectiveDate_failsWithLineAndColumn() throws IOException {
        Path file = write(PREAMBLE + HEADER + ROW.replace("\"2024-07-01\"", "\"July 2024\""));

        assertThatThrownBy(() -> importFile(file)).isInstanceOf(OfferFormatException.class)
                .hasMessage(file + " at line 7, column EffectiveDate: must be a date such as 2016-06-01T00:00:00Z but"
                        + " was: \"July 2024\"");
    }
}
