package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.breakeven.pricing.PricingTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the importer turns a matched product into a rate, an allowance or an instance type: its bands, its
 * free-tier term and its processor. Each case edits one of the us-east-1 fixtures (whose prices are those of
 * the shipped 2024-11-01 table) in one place.
 */
class ResolverTest {

    /** The EKS control plane's one price dimension in the fixture, after its rate code and description. */
    private static final String EKS_BAND = "\"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n"
            + "              \"unit\" : \"Hours\",\n              \"pricePerUnit\" : {\n                \"USD\" :"
            + " \"0.1000000000\"\n              },";

    @TempDir
    Path dir;

    /** The fixture's text with its first occurrence of {@code original} replaced. */
    private static String edited(String fixture, String original, String replacement) throws IOException {
        String text = Files.readString(Offers.fixture(fixture), StandardCharsets.UTF_8);
        int at = text.indexOf(original);
        assertThat(at).as("%s holds %s", fixture, original).isNotNegative();
        return text.substring(0, at) + replacement + text.substring(at + original.length());
    }

    private ImportReport importText(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("m5.large"))
                .withReadDate(LocalDate.of(2024, 11, 20)).importFiles(List.of(file));
    }

    /**
     * The EKS control plane's single band, 0 to Inf at 0.10 an hour, split into a band that ends where it
     * starts (0-0) and the rest: a band must end after it starts.
     */
    @Test
    void tiers_bandEndingWhereItStarts() throws IOException {
        ImportReport report = importText("AmazonEKS.json", eksBands("0", "0", "0", "Inf"));

        assertThat(report.result("eks.cluster.standard").status()).isEqualTo(ImportReport.Status.MISSING);
        assertThat(report.result("eks.cluster.standard").detail()).isEqualTo("band 0-0 of SKU EKSCLUSTERHOURSA: tier"
                + " end must be greater than its start (0) but was: 0 ($.terms.OnDemand.EKSCLUSTERHOURSA['EKSCLUSTERHOURSA.JRTCKXETXF'].priceDimensions"
                + "['EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7'])");
    }

    /** An open-ended band must be the last: 0-Inf followed by 100-Inf is refused, and so is a closed last band. */
    @Test
    void tiers_openEndedBandOnlyLast() throws IOException {
        ImportReport open = importText("AmazonEKS.json", eksBands("0", "Inf", "100", "Inf"));
        ImportReport closed = importText("AmazonEKS.json", edited("us-east-1/AmazonEKS.json", EKS_BAND,
                band("0", "100")));

        assertThat(open.result("eks.cluster.standard").detail()).isEqualTo("the bands of SKU EKSCLUSTERHOURSA, sorted"
                + " by beginRange (0-Inf, 100-Inf), are not a rate: rate eks.cluster.standard tier 0 must end where tier 1"
                + " starts, as only the last tier is open-ended, but has no end ($.terms.OnDemand.EKSCLUSTERHOURSA"
                + "['EKSCLUSTERHOURSA.JRTCKXETXF'].priceDimensions['EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7'])");
        assertThat(closed.result("eks.cluster.standard").detail()).isEqualTo("the bands of SKU EKSCLUSTERHOURSA, sorted"
                + " by beginRange (0-100), are not a rate: rate eks.cluster.standard tier 0 must be open-ended, as the last"
                + " tier, but ends at 100 ($.terms.OnDemand.EKSCLUSTERHOURSA['EKSCLUSTERHOURSA.JRTCKXETXF'].priceDimensions"
                + "['EKSCLUSTERHOURSA.JRTCKXETXF.6YS6EN2CT7'])");
    }

    /**
     * A free-tier row whose only term is not the usual A429C66SYZ still gives the allowance: its $0 band from 0
     * to 1,000,000 requests.
     */
    @Test
    void freeTier_onlyTermWhateverItsCode() throws IOException {
        String text = Files.readString(Offers.fixture("us-east-1/AWSLambda.json"), StandardCharsets.UTF_8)
                .replace("LAMBDAFREEREQAAA.A429C66SYZ", "LAMBDAFREEREQAAA.JRTCKXETXF")
                .replaceFirst("\"offerTermCode\" : \"A429C66SYZ\",\n          \"sku\" : \"LAMBDAFREEREQAAA\"",
                        "\"offerTermCode\" : \"JRTCKXETXF\",\n          \"sku\" : \"LAMBDAFREEREQAAA\"");

        ImportReport report = importText("AWSLambda.json", text);

        assertThat(report.allowance("lambda.freeTier.requests").orElseThrow().quantity()).isEqualByComparingTo("1000000");
        assertThat(report.result("lambda.freeTier.requests").detail()).contains("term JRTCKXETXF");
    }

    /** A free-tier row must start with a $0 band: one priced at the request rate is not an allowance. */
    @Test
    void freeTier_bandWithAPrice() throws IOException {
        String text = edited("us-east-1/AWSLambda.json", "\"description\" : \"AWS Lambda - Requests Free Tier - 1,000,000"
                + " Requests\",\n              \"beginRange\" : \"0\",\n              \"endRange\" : \"1000000\",\n"
                + "              \"unit\" : \"Requests\",\n              \"pricePerUnit\" : {\n                \"USD\" :"
                + " \"0.0000000000\"", "\"description\" : \"AWS Lambda - Requests\",\n              \"beginRange\" : \"0\",\n"
                + "              \"endRange\" : \"1000000\",\n              \"unit\" : \"Requests\",\n"
                + "              \"pricePerUnit\" : {\n                \"USD\" : \"0.0000002\"");

        ImportReport report = importText("AWSLambda.json", text);

        assertThat(report.result("lambda.freeTier.requests").detail()).isEqualTo("free-tier SKU LAMBDAFREEREQAAA must"
                + " start with a $0 band from 0 to a quantity, but its first band is 0-1000000 at 0.0000002");
    }

    /**
     * The architecture comes from the processor attributes: Intel, AMD or a bare "64-bit" are x86_64 (the
     * fixture's m5.large has "Intel Xeon Platinum 8175" and "64-bit").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"physicalProcessor\" : \"AMD EPYC 7571\",|''",
        "\"physicalProcessor\" : \"Intel Xeon Platinum 8175\",|''",
        "''|\"processorArchitecture\" : \"64-bit\","})
    void architecture_fromTheProcessor(String processor, String architecture) throws IOException {
        ImportReport report = importText("AmazonEC2.json", m5(processor, architecture));

        assertThat(report.instanceType("m5.large").orElseThrow().architecture()).isEqualTo("x86_64");
    }

    @Test
    void architecture_unknown() throws IOException {
        ImportReport report = importText("AmazonEC2.json", m5("", ""));

        assertThat(report.result("m5.large").detail()).isEqualTo("SKU EC2M5LARGELINUXA gives neither physicalProcessor"
                + " nor processorArchitecture, so its architecture is unknown");
    }

    /**
     * The instance type's own rules are {@code InstanceType}'s: an offer giving the m5.large no memory leaves the key
     * missing with that type's message, after the SKU and term it came from.
     */
    @Test
    void instanceType_brokenRuleOfTheType() throws IOException {
        ImportReport report = importText("AmazonEC2.json", edited("us-east-1/AmazonEC2.json", "\"memory\" : \"8 GiB\"",
                "\"memory\" : \"0 GiB\""));

        assertThat(report.result("m5.large").status()).isEqualTo(ImportReport.Status.MISSING);
        assertThat(report.result("m5.large").detail()).matches("SKU EC2M5LARGELINUXA \\(usagetype BoxUsage:m5.large\\),"
                + " term JRTCKXETXF effective [-0-9T:Z]+: memoryGib of m5.large must be greater than 0 and at most 1,000,000 GiB,"
                + " with at most 20 decimal places, but was: 0");
    }

    /**
     * Nothing found but everything carried from a base table: the table takes the base's effective date, as
     * no offer gave one.
     */
    @Test
    void resolve_nothingFoundTakesTheBaseDate() throws IOException {
        Path file = dir.resolve("AmazonECS.json");
        Files.writeString(file, "{ \"formatVersion\" : \"v1.0\", \"offerCode\" : \"AmazonECS\", \"version\" :"
                + " \"20241115180000\", \"publicationDate\" : \"2024-11-15T18:00:00Z\", \"products\" : { },"
                + " \"terms\" : { } }", StandardCharsets.UTF_8);

        ImportReport report = PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("m5.large"))
                .withBase(PricingTables.version("aws", "us-east-1", "2024-11-01")).importFiles(List.of(file));

        assertThat(report.isComplete()).isTrue();
        assertThat(report.table().effectiveDate()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    /**
     * A base table can only carry a key in the unit the bill models read: the shipped us-east-1 table with
     * s3.get per 1,000 requests and the ALB's processed-bytes dimension per LCU-hour carries neither.
     */
    @Test
    void carry_baseInAnotherUnit() throws IOException {
        String shipped = Files.readString(Path.of("pricing/aws/us-east-1/2024-11-01.json"), StandardCharsets.UTF_8);
        String text = shipped.replace("\"s3.get\": { \"unit\": \"USD per request\"",
                "\"s3.get\": { \"unit\": \"USD per 1,000 requests\"").replace("\"unit\": \"GB per hour per LCU\"",
                "\"unit\": \"GB per LCU-hour\"");
        text = text.substring(0, text.indexOf(",\n  \"checksum\"")) + "\n}\n";
        org.breakeven.pricing.PricingTable base = PricingTables.fromStream(new java.io.ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), "base.json");

        ImportReport report = PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("m5.large"))
                .withBase(base).importFiles(List.of(Offers.fixture("us-east-1/AmazonEKS.json")));

        assertThat(report.result("s3.get").detail()).isEqualTo("offer AmazonS3 was not given, and the base table"
                + " aws/us-east-1@2024-11-01 gives it in USD per 1,000 requests instead of USD per request");
        assertThat(report.result("elb.alb.lcu.processedGbPerHour").detail()).isEqualTo("not published in the Price"
                + " List, and the base table aws/us-east-1@2024-11-01 gives it in GB per LCU-hour instead of GB per hour"
                + " per LCU");
        assertThat(report.result("s3.put").status()).isEqualTo(ImportReport.Status.CARRIED);
    }

    /** A free-tier band must be in the allowance's unit: 1,000,000 "Hours" are not 1,000,000 requests. */
    @Test
    void freeTier_bandInAnotherUnit() throws IOException {
        String text = edited("us-east-1/AWSLambda.json", "\"endRange\" : \"1000000\",\n              \"unit\" :"
                + " \"Requests\"", "\"endRange\" : \"1000000\",\n              \"unit\" : \"Hours\"");

        ImportReport report = importText("AWSLambda.json", text);

        assertThat(report.result("lambda.freeTier.requests").detail()).startsWith("SKU LAMBDAFREEREQAAA prices in"
                + " \"Hours\", which is not one of the units (request, requests) that mean requests per month (");
    }

    /**
     * A rate's product needs a priced term besides the free-tier one: with its only term renamed to the
     * free-tier code A429C66SYZ the EKS control plane has none; with a free-tier term beside its priced one,
     * the priced one is taken.
     */
    @Test
    void priced_theFreeTierTermIsNeverARate() throws IOException {
        String onlyFree = Files.readString(Offers.fixture("us-east-1/AmazonEKS.json"), StandardCharsets.UTF_8)
                .replace("EKSCLUSTERHOURSA.JRTCKXETXF", "EKSCLUSTERHOURSA.A429C66SYZ");
        onlyFree = onlyFree.replaceFirst("\"offerTermCode\" : \"JRTCKXETXF\"", "\"offerTermCode\" : \"A429C66SYZ\"");
        String both = edited("us-east-1/AmazonEKS.json", "\"EKSCLUSTERHOURSA\" : {\n        \"EKSCLUSTERHOURSA.JRTCKXETXF\"",
                "\"EKSCLUSTERHOURSA\" : {\n        \"EKSCLUSTERHOURSA.A429C66SYZ\" : { \"offerTermCode\" : \"A429C66SYZ\","
                        + " \"effectiveDate\" : \"2024-07-01T00:00:00Z\", \"priceDimensions\" : { \"free\" : {"
                        + " \"beginRange\" : \"0\", \"endRange\" : \"1\", \"unit\" : \"Hours\", \"pricePerUnit\" :"
                        + " { \"USD\" : \"0\" } } } },\n        \"EKSCLUSTERHOURSA.JRTCKXETXF\"");

        assertThat(importText("AmazonEKS.json", onlyFree).result("eks.cluster.standard").detail())
                .isEqualTo("SKU EKSCLUSTERHOURSA has no OnDemand term other than the free-tier term A429C66SYZ");
        assertThat(importText("AmazonEKS.json", both).rate("eks.cluster.standard").orElseThrow().firstPrice())
                .isEqualByComparingTo("0.10");
    }

    /** Two products that both match make the choice arbitrary: the key stays missing and both SKUs are named. */
    @Test
    void single_twoMatchingProducts() throws IOException {
        String text = Files.readString(Offers.fixture("us-east-1/AmazonEKS.json"), StandardCharsets.UTF_8);
        int products = text.indexOf("\"products\" : {") + "\"products\" : {".length();
        int end = text.indexOf("\n    },", products) + "\n    },".length();
        String copy = text.substring(products, end).replace("EKSCLUSTERHOURSA", "EKSCLUSTERHOURSB");

        ImportReport report = importText("AmazonEKS.json", text.substring(0, end) + copy + text.substring(end));

        assertThat(report.result("eks.cluster.standard").detail()).isEqualTo("2 products of AmazonEKS 20241115180000"
                + " match, so the choice would be arbitrary: EKSCLUSTERHOURSA (AmazonEKS-Hours:perCluster),"
                + " EKSCLUSTERHOURSB (AmazonEKS-Hours:perCluster)");
    }

    /**
     * At most five near misses are listed, the rest counted: with the m5.large Linux row on "Host" tenancy,
     * nothing matches and six rows come close (it and the fixture's five decoys, in file order).
     */
    @Test
    void single_nearMissesBeyondFiveCounted() throws IOException {
        String text = edited("us-east-1/AmazonEC2.json", "\"tenancy\" : \"Shared\"", "\"tenancy\" : \"Host\"");

        String detail = importText("AmazonEC2.json", text).result("m5.large").detail();

        assertThat(detail).startsWith("no product of AmazonEC2 20241115180000 matches: ")
                .contains("; near misses: SKU EC2M5LARGELINUXA: tenancy must be \"Shared\" but was \"Host\"; SKU"
                        + " EC2M5LARGEDEDICA: tenancy must be \"Shared\" but was \"Dedicated\"; ")
                .endsWith("capacitystatus must be \"Used\" but was \"UnusedCapacityReservation\"; 1 more");
    }

    /** The EC2 fixture with its m5.large Linux row's processor lines replaced (either may be empty). */
    private static String m5(String processorLine, String architectureLine) throws IOException {
        String text = edited("us-east-1/AmazonEC2.json", "\"physicalProcessor\" : \"Intel Xeon Platinum 8175\",",
                processorLine);
        String original = "\"processorArchitecture\" : \"64-bit\",";
        int at = text.indexOf(original);
        return text.substring(0, at) + architectureLine + text.substring(at + original.length());
    }

    /** The EKS fixture with its control plane's one band replaced by two, A then B, each at 0.10 an hour. */
    private static String eksBands(String beginA, String endA, String beginB, String endB) throws IOException {
        return edited("us-east-1/AmazonEKS.json", EKS_BAND, band(beginA, endA) + " \"appliesTo\" : [] },\n"
                + "            \"EKSCLUSTERHOURSA.JRTCKXETXF.SECONDBAND\" : { " + band(beginB, endB));
    }

    private static String band(String begin, String end) {
        return "\"beginRange\" : \"" + begin + "\", \"endRange\" : \"" + end + "\", \"unit\" : \"Hours\","
                + " \"pricePerUnit\" : { \"USD\" : \"0.1000000000\" },";
    }
}
