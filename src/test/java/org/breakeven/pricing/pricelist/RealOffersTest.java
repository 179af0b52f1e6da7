package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Tier;
import org.junit.jupiter.api.Test;

/**
 * Reads the real offer files in {@code ../shared/reference/offers/} (see its SOURCES.md for where each
 * comes from and which trap it sets). Each test is skipped, with a message, when the folder is absent.
 */
class RealOffersTest {

    private static final Region US_EAST_1 = Region.of("us-east-1");

    private static ImportReport lambda2016(String region) {
        return PriceListImporter.forRegion(region).withInstanceTypes(List.of("m5.large"))
                .importFiles(List.of(Offers.real(Offers.LAMBDA_2016)));
    }

    /** A rate mapping for offers and keys that are not in our table, such as AmazonECS. */
    private static Catalogue.Mapping mapping(String id, String offerCode, Set<String> units, Criterion... criteria) {
        return new Catalogue.Mapping(id, ImportReport.Kind.RATE, offerCode, "USD per unit", units,
                new Selector(id, offerCode, List.of(criteria)), "");
    }

    private static OfferScan scan(Path file, List<Catalogue.Mapping> mappings) {
        Function<String, List<Selector>> selectors = code -> mappings.stream()
                .filter(m -> code.equals(m.offerCode())).map(Catalogue.Mapping::selector).toList();
        return PriceListImporter.scan(file, US_EAST_1, selectors);
    }

    private static List<Tier> tiers(OfferScan scan, Catalogue.Mapping mapping) throws Resolver.Unresolved {
        assertThat(scan.matches(mapping.key())).as(mapping.key()).hasSize(1);
        OfferScan.Product product = scan.product(scan.matches(mapping.key()).get(0));
        return Resolver.tiers(mapping, product, product.onDemand.get("JRTCKXETXF"));
    }

    private static String text(List<Tier> tiers) {
        List<String> bands = new ArrayList<>();
        for (Tier tier : tiers) {
            bands.add(tier.fromInclusive().toPlainString() + "-" + (tier.toExclusive() == null ? "Inf"
                    : tier.toExclusive().toPlainString()) + "@" + tier.price().stripTrailingZeros().toPlainString());
        }
        return String.join(" ", bands);
    }

    @Test
    void lambda2016_usEast1_requestAndGbSecondRates() {
        ImportReport report = lambda2016("us-east-1");

        ImportReport.KeyResult requests = report.result("lambda.requests");
        assertThat(requests.status()).isEqualTo(ImportReport.Status.FOUND);
        assertThat(requests.sku()).isEqualTo("GU2ZS9HVP6QTQ7KE");
        Rate perRequest = report.rate("lambda.requests").orElseThrow();
        assertThat(perRequest.isTiered()).isFalse();
        // The offer writes 0.0000002000; the importer keeps the digits that carry value, as the tables write them.
        assertThat(perRequest.firstPrice()).isEqualTo(new BigDecimal("0.0000002"));

        assertThat(report.result("lambda.duration.x86_64").sku()).isEqualTo("TG3M4CAGBA3NYQBH");
        Rate gbSecond = report.rate("lambda.duration.x86_64").orElseThrow();
        assertThat(gbSecond.tiers()).containsExactly(new Tier(BigDecimal.ZERO, null, new BigDecimal("0.0000166667")));
        assertThat(gbSecond.unit()).isEqualTo("USD per GB-second");
        assertThat(gbSecond.note()).endsWith("offer unit \"seconds\"");
    }

    @Test
    void lambda2016_usEast1_freeTierRowsAreAllowancesNotRates() {
        ImportReport report = lambda2016("us-east-1");

        assertThat(report.result("lambda.freeTier.requests").sku()).isEqualTo("ZQVCC2M69R4S79XS");
        assertThat(report.allowance("lambda.freeTier.requests").orElseThrow().quantity())
                .isEqualByComparingTo("1000000");
        assertThat(report.result("lambda.freeTier.gbSeconds").sku()).isEqualTo("4VCGJ7EG8PJVZG7S");
        assertThat(report.allowance("lambda.freeTier.gbSeconds").orElseThrow().quantity())
                .isEqualByComparingTo("400000");
        // The $0 Global- rows never become a band of a rate, nor a rate of their own.
        assertThat(report.rate("lambda.requests").orElseThrow().tiers()).allMatch(t -> t.price().signum() > 0);
        assertThat(report.results()).filteredOn(r -> r.kind() == ImportReport.Kind.RATE)
                .extracting(ImportReport.KeyResult::sku).doesNotContain("ZQVCC2M69R4S79XS", "4VCGJ7EG8PJVZG7S");
    }

    @Test
    void lambda2016_usEast1_dataTransferProductsIgnored() {
        ImportReport report = lambda2016("us-east-1");

        ImportReport.OfferRead offer = report.offers().get(0);
        assertThat(offer.offerCode()).isEqualTo("AWSLambda");
        assertThat(offer.version()).isEqualTo("20161207235208");
        assertThat(offer.entries()).isEqualTo(403);
        assertThat(offer.otherServices()).isEqualTo(377);
        assertThat(offer.kept()).isEqualTo(4);
        assertThat(offer.allRegions()).isTrue();
        assertThat(report.sources().get("aws-pricelist-AWSLambda-20161207235208").published())
                .isEqualTo(LocalDate.of(2016, 12, 7));
    }

    @Test
    void lambda2016_usEast1_incompleteBecauseOlderThanGraviton() {
        ImportReport report = lambda2016("us-east-1");

        assertThat(report.isComplete()).isFalse();
        assertThat(report.result("lambda.duration.arm64").status()).isEqualTo(ImportReport.Status.MISSING);
        assertThat(report.result("lambda.duration.arm64").detail()).startsWith("no product of AWSLambda 20161207235208"
                + " matches: group must be \"AWS-Lambda-Duration-ARM\"");
    }

    @Test
    void lambda2016_euWest1_euPrefixAndSecondUnit() {
        ImportReport report = lambda2016("eu-west-1");

        assertThat(report.result("lambda.requests").sku()).isEqualTo("B5V2RNHAWGVJBZD3");
        assertThat(report.rate("lambda.requests").orElseThrow().firstPrice()).isEqualByComparingTo("0.0000002");
        assertThat(report.result("lambda.duration.x86_64").sku()).isEqualTo("SGGKTWDV7PGMPPSJ");
        assertThat(report.rate("lambda.duration.x86_64").orElseThrow().firstPrice()).isEqualByComparingTo(
                "0.0000166667");
        assertThat(report.rate("lambda.duration.x86_64").orElseThrow().note()).contains("(usagetype"
                + " EU-Lambda-GB-Second)").endsWith("offer unit \"Second\"");
    }

    @Test
    void lambda2016_dataTransferOut_bandsListedOutOfOrderAreSorted() throws Resolver.Unresolved {
        Catalogue.Mapping out = mapping("dto.eu-west-1", "AWSLambda", Set.of("gb"),
                Criterion.equal(Attr.USAGETYPE, "EU-DataTransfer-Out-Bytes"));
        OfferScan scan = scan(Offers.real(Offers.LAMBDA_2016), List.of(out));

        assertThat(scan.matches(out.key())).containsExactly("FSEU4E6BRE95JTX8");
        assertThat(scan.product("FSEU4E6BRE95JTX8").onDemand.get("JRTCKXETXF").dimensions.get(0).begin())
                .isEqualByComparingTo("153600");
        assertThat(text(tiers(scan, out))).isEqualTo("0-1@0 1-10240@0.09 10240-51200@0.085 51200-153600@0.07"
                + " 153600-Inf@0.05");
    }

    @Test
    void ec2Opencost_p4d_onDemandRowPickedNotCapacityBlock() {
        ImportReport report = PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("p4d.24xlarge"))
                .importFiles(List.of(Offers.real(Offers.EC2_OPENCOST)));

        assertThat(report.result("p4d.24xlarge").sku()).isEqualTo("H7NGEAC6UEHNTKSJ");
        InstanceType p4d = report.instanceType("p4d.24xlarge").orElseThrow();
        assertThat(p4d.hourlyPrice()).isEqualByComparingTo("32.7726");
        assertThat(p4d.vcpu()).isEqualTo(96);
        assertThat(p4d.memoryGib()).isEqualByComparingTo("1152");
        assertThat(p4d.architecture()).isEqualTo("x86_64");
        assertThat(report.offers().get(0).kept()).isEqualTo(1);
    }

    @Test
    void ec2Opencost_capacityBlockRow_isANearMissForItsMarketOption() {
        List<Catalogue.Mapping> mappings = Catalogue.mappings(US_EAST_1, List.of("p4d.24xlarge"));
        OfferScan scan = scan(Offers.real(Offers.EC2_OPENCOST), mappings);

        assertThat(scan.matches("p4d.24xlarge")).containsExactly("H7NGEAC6UEHNTKSJ");
        assertThat(scan.nearMisses("p4d.24xlarge").listed).containsExactly("SKU YSXJGN78QTXNVGDQ: marketoption must not"
                + " be \"CapacityBlock\" but was \"CapacityBlock\"");
    }

    @Test
    void ecsOpencost_tieredFreeBandAndArmVersusX86() throws Resolver.Unresolved {
        Set<String> hours = Set.of("hours");
        Catalogue.Mapping x86 = mapping("fargate.vcpu.x86_64", "AmazonECS", hours,
                Criterion.equal(Attr.USAGETYPE, "USE1-Fargate-vCPU-Hours:perCPU"), Criterion.in(US_EAST_1));
        Catalogue.Mapping arm = mapping("fargate.vcpu.arm64", "AmazonECS", hours,
                Criterion.equal(Attr.USAGETYPE, "USE1-Fargate-ARM-vCPU-Hours:perCPU"), Criterion.in(US_EAST_1));
        Catalogue.Mapping x86Memory = mapping("fargate.memory.x86_64", "AmazonECS", hours,
                Criterion.equal(Attr.USAGETYPE, "USE1-Fargate-GB-Hours"));
        Catalogue.Mapping armMemory = mapping("fargate.memory.arm64", "AmazonECS", hours,
                Criterion.equal(Attr.USAGETYPE, "USE1-Fargate-ARM-GB-Hours"));
        Catalogue.Mapping anywhere = mapping("ecs.anywhere", "AmazonECS", hours,
                Criterion.equal(Attr.USAGETYPE, "USE1-ECS-Anywhere-Instance-hours"));
        Catalogue.Mapping withFree = mapping("ecs.anywhere.withFree", "AmazonECS", hours,
                Criterion.equal(Attr.USAGETYPE, "USE1-ECS-Anywhere-Instance-hours-WithFree"));
        OfferScan scan = scan(Offers.real(Offers.ECS_OPENCOST), List.of(x86, arm, x86Memory, armMemory, anywhere,
                withFree));

        assertThat(scan.entries).isEqualTo(12);
        assertThat(text(tiers(scan, x86))).isEqualTo("0-Inf@0.04048");
        assertThat(text(tiers(scan, arm))).isEqualTo("0-Inf@0.03238");
        assertThat(text(tiers(scan, x86Memory))).isEqualTo("0-Inf@0.004445");
        assertThat(text(tiers(scan, armMemory))).isEqualTo("0-Inf@0.00356");
        assertThat(text(tiers(scan, anywhere))).isEqualTo("0-Inf@0.01025");
        assertThat(text(tiers(scan, withFree))).isEqualTo("0-2200@0 2200-Inf@0.01025");
    }

    @Test
    void ecsOpencost_notAnOfferWeImport_readForItsHeaderOnly() {
        ImportReport report = PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("m5.large"))
                .importFiles(List.of(Offers.real(Offers.ECS_OPENCOST)));

        assertThat(report.offers().get(0).toString()).startsWith("AmazonECS 20250828172723 published"
                + " 2025-08-28T17:27:23Z (json): 0 products, 0 kept; ");
        assertThat(report.results()).allMatch(r -> r.status() == ImportReport.Status.MISSING);
    }

    @Test
    void ligojCsv_records_preambleQuotesAndInf() throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Offers.real(Offers.LAMBDA_LIGOJ_CSV), StandardCharsets.UTF_8)) {
            CsvOfferReader.Records reader = new CsvOfferReader.Records(in, Offers.LAMBDA_LIGOJ_CSV);
            List<String> fields = new ArrayList<>();
            while (reader.next(fields)) {
                records.add(List.copyOf(fields));
            }
        }

        assertThat(records).hasSize(14);
        assertThat(records.get(0)).containsExactly("sep=", "");
        assertThat(records.get(2)).containsExactly("Publication Date", "2021-03-04T16:38:09Z");
        assertThat(records.get(5)).hasSize(21).startsWith("SKU", "OfferTermCode", "RateCode");
        assertThat(records.subList(6, 14)).allMatch(row -> row.size() == 21);
        assertThat(records.get(7)).containsSequence("0", "Inf", "Request", "0.0000002000");
    }

    @Test
    void ligojCsv_parsedThroughTheImporter_headerRowsAndInf() {
        Catalogue.Mapping compute = mapping("x86.duration", "AWSLambda", Set.of("lambda-gb-second"),
                Criterion.equal(Attr.USAGETYPE, "APS3-Lambda-GB-Second"));
        OfferScan scan = PriceListImporter.scan(Offers.real(Offers.LAMBDA_LIGOJ_CSV), Region.of("eu-west-1"),
                code -> List.of(compute.selector()));

        assertThat(scan.header).containsEntry("version", "20210304163809")
                .containsEntry("publicationDate", "2021-03-04T16:38:09Z").containsEntry("offerCode", "AWSLambda")
                .doesNotContainKey("disclaimer");
        assertThat(scan.entries).isEqualTo(8);
        OfferScan.Dimension dimension = scan.product("PHDF9YNAFR3HDSR8").onDemand.get("JRTCKXETXF").dimensions.get(0);
        assertThat(dimension.end()).isNull();
        assertThat(dimension.unit()).isEqualTo("Lambda-GB-Second");
        assertThat(dimension.price()).isEqualByComparingTo("0.0000166667");
        assertThat(dimension.description()).isEqualTo("AWS Lambda - Total Compute - EU (Ireland)");
        assertThat(dimension.where()).isEqualTo("line 11");
    }

    @Test
    void ligojCsv_mumbaiRowsLabelledIreland_notTakenAsEuWest1Rates() {
        // SOURCES.md: the rows say "EU (Ireland)" but carry APS3- (Mumbai) usage types; they must not
        // become eu-west-1 rates, and the report must say why.
        ImportReport report = PriceListImporter.forRegion("eu-west-1").withInstanceTypes(List.of("m5.large"))
                .importFiles(List.of(Offers.real(Offers.LAMBDA_LIGOJ_CSV)));

        assertThat(report.rate("lambda.requests")).isEmpty();
        assertThat(report.result("lambda.requests").detail()).contains("near misses: SKU VPGUBFQ4KNZKMKGJ: usagetype"
                + " must be \"EU-Request\" but was \"APS3-Request\"");
        assertThat(report.allowance("lambda.freeTier.gbSeconds").orElseThrow().quantity())
                .isEqualByComparingTo("400000");
    }
}
