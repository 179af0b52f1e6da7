package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Source;
import org.breakeven.pricing.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports the hand-written us-east-1 fixtures, whose prices are those of the shipped 2024-11-01 table:
 * a complete import must reproduce that table's rates, tier by tier, from the offers alone.
 */
class PriceListImporterTest {

    private static final PricingTable SHIPPED = PricingTables.version("aws", "us-east-1", "2024-11-01");
    private static final List<String> TYPES = List.of("t3.medium", "m5.large", "m7g.large");
    private static final LocalDate READ = LocalDate.of(2024, 11, 20);

    private static PriceListImporter importer() {
        return PriceListImporter.forRegion("us-east-1").withInstanceTypes(TYPES).withReadDate(READ);
    }

    private static ImportReport complete() {
        return importer().withBase(SHIPPED).importFiles(Offers.usEast1());
    }

    private static List<Path> without(String name) {
        return Offers.usEast1().stream().filter(p -> !p.getFileName().toString().equals(name)).toList();
    }

    @Test
    void importFiles_allNineOffers_complete() {
        ImportReport report = complete();

        assertThat(report.isComplete()).as(report.toString()).isTrue();
        assertThat(report.missing()).isEmpty();
        assertThat(report.results()).filteredOn(r -> r.status() == ImportReport.Status.CARRIED)
                .extracting(ImportReport.KeyResult::key)
                .containsExactly("elb.alb.lcu.newConnectionsPerSecond", "elb.alb.lcu.processedGbPerHour",
                        "lambda.ephemeralStorage.includedMb");
    }

    @Test
    void importFiles_allNineOffers_everyShippedRateFoundWithItsTiers() {
        ImportReport report = complete();
        // The shipped table's other rates are not imported: public IPv4 addresses are in AmazonVPC and transfer
        // between availability zones in AWSDataTransfer, offers the importer does not read; the catalogue has no
        // mapping for the CPUCredits usage types of AmazonEC2.
        Set<String> keys = report.results().stream().map(ImportReport.KeyResult::key).collect(Collectors.toSet());
        assertThat(SHIPPED.rates().keySet()).filteredOn(key -> !keys.contains(key))
                .containsExactlyInAnyOrder("vpc.publicIpv4.hour", "dataTransfer.crossAz", "ec2.cpuCredits.t3",
                        "ec2.cpuCredits.t3a", "ec2.cpuCredits.t4g");

        for (Rate shipped : SHIPPED.rates().values().stream().filter(r -> keys.contains(r.id())).toList()) {
            ImportReport.KeyResult result = report.result(shipped.id());
            assertThat(result.status()).as(shipped.id() + ": " + result.detail()).isEqualTo(ImportReport.Status.FOUND);
            Rate imported = report.rate(shipped.id()).orElseThrow();
            assertThat(imported.unit()).isEqualTo(shipped.unit());
            assertThat(imported.tiers()).as(shipped.id()).hasSameSizeAs(shipped.tiers());
            for (int i = 0; i < shipped.tiers().size(); i++) {
                Tier expected = shipped.tiers().get(i);
                Tier actual = imported.tiers().get(i);
                assertThat(actual.fromInclusive()).as(shipped.id() + " tier " + i).isEqualByComparingTo(
                        expected.fromInclusive());
                assertThat(actual.price()).as(shipped.id() + " tier " + i).isEqualByComparingTo(expected.price());
                if (expected.toExclusive() == null) {
                    assertThat(actual.toExclusive()).isNull();
                } else {
                    assertThat(actual.toExclusive()).isEqualByComparingTo(expected.toExclusive());
                }
            }
        }
    }

    @Test
    void importFiles_allNineOffers_instanceTypesFromAttributes() {
        ImportReport report = complete();

        for (String name : TYPES) {
            assertThat(report.result(name).status()).isEqualTo(ImportReport.Status.FOUND);
            assertThat(report.instanceType(name).orElseThrow()).usingRecursiveComparison()
                    .ignoringFields("source").withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(SHIPPED.instance(name));
        }
        assertThat(report.instanceType("m7g.large").orElseThrow().architecture()).isEqualTo("arm64");
        assertThat(report.instanceType("t3.medium").orElseThrow().toString())
                .isEqualTo("t3.medium (2 vCPU, 4 GiB, x86_64) 0.0416/hour");
    }

    @Test
    void importFiles_decoys_notPicked() {
        ImportReport report = complete();

        assertThat(report.result("m5.large").sku()).isEqualTo("EC2M5LARGELINUXA");
        assertThat(report.result("nat.hour").sku()).isEqualTo("EC2NATHOURSAAAAA");
        assertThat(report.result("ebs.gp3.storage").sku()).isEqualTo("EC2EBSGP3STORAGE");
        assertThat(report.result("elb.alb.capacityUnit").sku()).isEqualTo("ELBALBLCUAAAAAAA");
        assertThat(report.result("elb.alb.hour").sku()).isEqualTo("ELBALBHOURSAAAAA");
        assertThat(report.result("elb.nlb.hour").sku()).isEqualTo("ELBNLBHOURSAAAAA");
        assertThat(report.result("dynamodb.readRequestUnit").sku()).isEqualTo("DDBREADREQUESTUN");
        assertThat(report.result("s3.put").sku()).isEqualTo("S3REQUESTSTIER1A");
        assertThat(report.result("sqs.standard").sku()).isEqualTo("SQSSTANDARDREQRB");
        assertThat(report.result("cloudwatch.logsIngestion").sku()).isEqualTo("CWLOGSINGESTIONA");
        assertThat(report.result("eks.cluster.standard").sku()).isEqualTo("EKSCLUSTERHOURSA");
        assertThat(report.result("lambda.ephemeralStorage").sku()).isEqualTo("LAMBDASTORAGEX86");
    }

    @Test
    void importFiles_tiersListedOutOfOrder_sortedByBeginRange() {
        Rate duration = complete().rate("lambda.duration.x86_64").orElseThrow();

        assertThat(duration.tiers()).extracting(t -> t.fromInclusive().toPlainString())
                .containsExactly("0", "6000000000", "15000000000");
        assertThat(duration.toString()).isEqualTo("lambda.duration.x86_64 0.0000166667 to 6000000000"
                + " | 0.000015 to 15000000000 | 0.0000133334 above 15000000000 USD per GB-second");
    }

    @Test
    void importFiles_freeTierRows_becomeAllowancesNotRates() {
        ImportReport report = complete();

        Rate requests = report.rate("lambda.requests").orElseThrow();
        assertThat(requests.isTiered()).isFalse();
        assertThat(requests.firstPrice()).isEqualByComparingTo("0.0000002");
        assertThat(report.result("lambda.requests").sku()).isEqualTo("LAMBDAREQUESTX86");
        assertThat(report.allowance("lambda.freeTier.requests").orElseThrow().quantity()).isEqualByComparingTo("1000000");
        assertThat(report.allowance("lambda.freeTier.gbSeconds").orElseThrow().quantity()).isEqualByComparingTo("400000");
        assertThat(report.result("lambda.freeTier.gbSeconds").sku()).isEqualTo("LAMBDAFREEGBSAAA");
        assertThat(report.allowance("lambda.freeTier.requests").orElseThrow().note())
                .contains("term A429C66SYZ", "location Any");
    }

    @Test
    void table_complete_sourcesAreTheOffers() {
        PricingTable table = complete().table();

        assertThat(table.version()).isEqualTo("aws/us-east-1@2024-11-01");
        assertThat(table.rate("lambda.requests").source()).isEqualTo("aws-pricelist-AWSLambda-20241115180000");
        Source lambda = table.sources().get("aws-pricelist-AWSLambda-20241115180000");
        assertThat(lambda.published()).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(lambda.read()).isEqualTo(READ);
        assertThat(lambda.url()).isEqualTo(
                "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/20241115180000/us-east-1/index.json");
        assertThat(lambda.title()).isEqualTo("AWS Price List offer AWSLambda, version 20241115180000, publicationDate"
                + " 2024-11-15T18:00:00Z (us-east-1 offer file AWSLambda.json)");
        assertThat(table.sources().get("aws-pricelist-AWSELB-20241115180000").url()).endsWith("/us-east-1/index.csv");
        assertThat(table.rate("nat.hour").note()).isEqualTo("AWS Price List AmazonEC2 20241115180000: SKU"
                + " EC2NATHOURSAAAAA (usagetype NatGateway-Hours), term JRTCKXETXF effective 2024-07-01T00:00:00Z,"
                + " offer unit \"Hrs\"");
        assertThat(table.allowance("elb.alb.lcu.newConnectionsPerSecond").source()).isEqualTo("vantage-elb");
        assertThat(table.sources()).containsKey("vantage-elb");
    }

    @Test
    void table_complete_effectiveDateIsTheNewestTerm() {
        // DynamoDB's terms take effect on 2024-11-01 (the on-demand price cut), every other on 2024-07-01.
        assertThat(complete().table().effectiveDate()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void tableJson_complete_readsBackAsTheSameTable() {
        ImportReport report = complete();
        String json = report.tableJson();

        assertThat(json).startsWith("{\n  \"format\" : \"breakeven-pricing/1\",\n  \"provider\" : \"aws\"");
        PricingTable read = PricingTables.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "imported.json");
        assertThat(read.rates()).isEqualTo(report.table().rates());
        assertThat(read.toString()).isEqualTo("PricingTable aws/us-east-1@2024-11-01 (25 rates, 5 allowances, 3"
                + " instance types)");
    }

    /**
     * The written table holds every value that was found, tier by tier and note by note: compared with the
     * report's own rates, allowances and instance types, not with {@link ImportReport#table()}, which reads
     * the same JSON back.
     */
    @Test
    void tableJson_complete_writesEveryFoundValue() {
        ImportReport report = complete();
        PricingTable written = PricingTables.fromStream(new ByteArrayInputStream(report.tableJson()
                .getBytes(StandardCharsets.UTF_8)), "imported.json");

        for (ImportReport.KeyResult result : report.results()) {
            String key = result.key();
            switch (result.kind()) {
                case RATE -> {
                    Rate found = report.rate(key).orElseThrow();
                    Rate rate = written.rate(key);
                    assertThat(rate.note()).as(key).isEqualTo(found.note());
                    assertThat(rate.tiers()).as(key).hasSameSizeAs(found.tiers());
                    for (int i = 0; i < found.tiers().size(); i++) {
                        Tier want = found.tiers().get(i);
                        Tier got = rate.tiers().get(i);
                        assertThat(got.fromInclusive()).as(key).isEqualByComparingTo(want.fromInclusive());
                        assertThat(got.end().orElse(BigDecimal.valueOf(-1))).as(key)
                                .isEqualByComparingTo(want.end().orElse(BigDecimal.valueOf(-1)));
                        assertThat(got.price()).as(key).isEqualByComparingTo(want.price());
                    }
                }
                case ALLOWANCE -> {
                    org.breakeven.pricing.Allowance found = report.allowance(key).orElseThrow();
                    org.breakeven.pricing.Allowance allowance = written.allowance(key);
                    assertThat(allowance.quantity()).as(key).isEqualByComparingTo(found.quantity());
                    assertThat(allowance.unit()).as(key).isEqualTo(found.unit());
                    assertThat(allowance.note()).as(key).isEqualTo(found.note()).isNotEmpty();
                }
                default -> {
                    org.breakeven.pricing.InstanceType found = report.instanceType(key).orElseThrow();
                    org.breakeven.pricing.InstanceType type = written.instance(key);
                    assertThat(type.hourlyPrice()).as(key).isEqualByComparingTo(found.hourlyPrice());
                    assertThat(type.memoryGib()).as(key).isEqualByComparingTo(found.memoryGib());
                    assertThat(type.vcpu()).as(key).isEqualTo(found.vcpu());
                    assertThat(type.architecture()).as(key).isEqualTo(found.architecture());
                }
            }
        }
    }

    @Test
    void importFiles_offerNotGivenWithoutBase_incompleteAndTableRefused() {
        ImportReport report = importer().importFiles(without("AmazonS3.json"));

        assertThat(report.isComplete()).isFalse();
        assertThat(report.result("s3.get")).isEqualTo(new ImportReport.KeyResult("s3.get", ImportReport.Kind.RATE,
                ImportReport.Status.MISSING, "AmazonS3", "", "offer AmazonS3 was not given; give a base table"
                + " (withBase) to carry it over"));
        assertThat(report.rate("s3.get")).isEmpty();
        assertThat(report.rate("s3.put")).isEmpty();
        assertThat(report.rate("lambda.requests")).isPresent();
        assertThatThrownBy(report::table).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the Price List import for aws/us-east-1 is incomplete: 5 of 33 keys are"
                        + " missing\n  s3.get: offer AmazonS3 was not given")
                .hasMessageContaining("\n  elb.alb.lcu.processedGbPerHour: not published in the Price List; give a"
                        + " base table (withBase) to carry it over");
        assertThatThrownBy(report::tableJson).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void importFiles_offerNotGivenWithBase_carriedOver() {
        ImportReport report = importer().withBase(SHIPPED).importFiles(without("AmazonS3.json"));

        assertThat(report.isComplete()).isTrue();
        assertThat(report.result("s3.get").status()).isEqualTo(ImportReport.Status.CARRIED);
        assertThat(report.result("s3.get").detail()).isEqualTo("offer AmazonS3 was not given; carried over from"
                + " aws/us-east-1@2024-11-01 (source infracost-services)");
        assertThat(report.table().rate("s3.get").source()).isEqualTo("infracost-services");
        assertThat(report.table().title()).endsWith("; 5 keys carried over from aws/us-east-1@2024-11-01");
    }

    @Test
    void importFiles_keyAbsentFromGivenOffer_neverCarried() {
        // The base table has r7g.large, but the AmazonEC2 offer was given and does not hold it: a silent
        // fallback would hide a mapping that no longer works, so the key stays missing.
        ImportReport report = PriceListImporter.forRegion("us-east-1").withBase(SHIPPED)
                .withInstanceTypes(List.of("m5.large", "r7g.large")).importFiles(Offers.usEast1());

        assertThat(report.isComplete()).isFalse();
        assertThat(report.missing()).extracting(ImportReport.KeyResult::key).containsExactly("r7g.large");
        assertThat(report.result("r7g.large").detail()).isEqualTo("no product of AmazonEC2 20241115180000 matches:"
                + " instancetype must be \"r7g.large\", region must be us-east-1 (or its location), servicecode must be"
                + " \"AmazonEC2\" when present, productfamily must be one of \"Compute Instance\", \"Compute Instance"
                + " (bare metal)\", operatingsystem must be \"Linux\", tenancy must be \"Shared\", preinstalledsw must be"
                + " \"NA\", licensemodel must be \"No License required\", capacitystatus must be \"Used\", marketoption"
                + " must not be \"CapacityBlock\", operation must be \"RunInstances\"");
    }

    @Test
    void importFiles_productsOfOtherRegions_countedInTheReason() {
        ImportReport report = PriceListImporter.forRegion("eu-west-1").withInstanceTypes(List.of("m5.large"))
                .importFiles(List.of(Offers.fixture("us-east-1/AmazonEKS.json")));

        assertThat(report.result("eks.cluster.standard").detail()).isEqualTo("no product of AmazonEKS 20241115180000"
                + " matches: usagetype must end with \"AmazonEKS-Hours:perCluster\", region must be eu-west-1 (or its"
                + " location), servicecode must be \"AmazonEKS\" when present, usagetype must be"
                + " \"EU-AmazonEKS-Hours:perCluster\"; 1 product of other regions (or the global free tier) passed over");
    }

    @Test
    void importFiles_capacityBlockAndOtherEc2Rows_listedAsNearMisses() {
        OfferScan scan = PriceListImporter.scan(Offers.fixture("us-east-1/AmazonEC2.json"), Region.of("us-east-1"),
                code -> Catalogue.mappings(Region.of("us-east-1"), List.of("m5.large")).stream()
                        .filter(m -> code.equals(m.offerCode())).map(Catalogue.Mapping::selector).toList());

        assertThat(scan.matches("m5.large")).containsExactly("EC2M5LARGELINUXA");
        assertThat(scan.nearMisses("m5.large").listed).containsExactly(
                "SKU EC2M5LARGEDEDICA: tenancy must be \"Shared\" but was \"Dedicated\"",
                "SKU EC2M5LARGEWINDOW: operatingsystem must be \"Linux\" but was \"Windows\"",
                "SKU EC2M5LARGESQLSTD: preinstalledsw must be \"NA\" but was \"SQL Std\"",
                "SKU EC2M5LARGEUNUSED: capacitystatus must be \"Used\" but was \"UnusedCapacityReservation\"",
                "SKU EC2M5LARGECBLOCK: marketoption must not be \"CapacityBlock\" but was \"CapacityBlock\"");
        assertThat(scan.nearMisses("nat.hour").listed).containsExactly(
                "SKU EC2REGIONALNATAA: usagetype must be one of \"NatGateway-Hours\", \"USE1-NatGateway-Hours\" but was"
                        + " \"RegionalNatGateway-Hours\"");
        assertThat(scan.kept).containsOnlyKeys("EC2M5LARGELINUXA", "EC2NATHOURSAAAAA", "EC2NATBYTESAAAAA",
                "EC2EBSGP3STORAGE");
        assertThat(scan.product("EC2M5LARGELINUXA").onDemand).containsOnlyKeys("JRTCKXETXF");
    }

    @Test
    void importFiles_euWest1_matchesTheEuPrefixInAnAllRegionsOffer() {
        ImportReport report = PriceListImporter.forRegion("eu-west-1").withInstanceTypes(List.of("m5.large"))
                .importFiles(List.of(Offers.fixture("eu-west-1/AWSLambda.json")));

        assertThat(report.result("lambda.requests").sku()).isEqualTo("EUWLAMBDAREQUEST");
        assertThat(report.result("lambda.duration.x86_64").sku()).isEqualTo("EUWLAMBDADURATIO");
        assertThat(report.rate("lambda.duration.x86_64").orElseThrow().firstPrice()).isEqualByComparingTo(
                "0.0000166667");
        ImportReport.OfferRead offer = report.offers().get(0);
        assertThat(offer.allRegions()).isTrue();
        assertThat(offer.url()).isEqualTo(
                "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/20241115180000/index.json");
        assertThat(offer.toString()).startsWith("AWSLambda 20241115180000 published 2024-11-15T18:00:00Z (all regions,"
                + " json): 4 products, 2 kept; ");
    }

    @Test
    void importFiles_baseOfAnotherRegion_carriesOnlyWhatThePriceListDoesNotPublish() {
        ImportReport report = PriceListImporter.forRegion("eu-west-1").withBase(SHIPPED)
                .withInstanceTypes(List.of("m5.large")).importFiles(List.of(Offers.fixture("eu-west-1/AWSLambda.json")));

        assertThat(report.result("elb.alb.lcu.processedGbPerHour").status()).isEqualTo(ImportReport.Status.CARRIED);
        assertThat(report.result("apigateway.http").detail()).isEqualTo("offer AmazonApiGateway was not given, and the"
                + " base table aws/us-east-1@2024-11-01 is for another region");
    }

    @Test
    void importFiles_termsBeforeProducts_readAgainInsteadOfBuffered() {
        ImportReport report = PriceListImporter.forRegion("us-east-1").withInstanceTypes(List.of("m5.large"))
                .importFiles(List.of(Offers.fixture("ordering/AmazonEKS-terms-first.json")));

        assertThat(report.result("eks.cluster.standard").status()).isEqualTo(ImportReport.Status.FOUND);
        assertThat(report.rate("eks.cluster.standard").orElseThrow().firstPrice()).isEqualByComparingTo("0.10");
        assertThat(report.offers().get(0).offerCode()).isEqualTo("AmazonEKS");
    }

    @Test
    void importFiles_sameOfferTwice_rejected() {
        Path lambda = Offers.fixture("us-east-1/AWSLambda.json");

        assertThatThrownBy(() -> importer().importFiles(List.of(lambda, lambda)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("files must hold each offer once but " + lambda + " and " + lambda + " both hold AWSLambda");
    }

    @Test
    void importFiles_noFile_rejected() {
        assertThatThrownBy(() -> importer().importFiles(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("files must name at least one offer file");
    }

    @Test
    void forRegion_unknown_rejected() {
        assertThatThrownBy(() -> PriceListImporter.forRegion("mars-north-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("region must be one whose usage-type prefix the importer knows (ap-northeast-1,")
                .hasMessageEndingWith(") but was: mars-north-1");
    }

    static Stream<Arguments> invalidInstanceTypes() {
        return Stream.of(
                Arguments.of(List.of(), "instanceTypes must name at least one instance type"),
                Arguments.of(List.of("m5.large", " "), "instanceTypes must not hold a blank name but was: [m5.large,  ]"),
                Arguments.of(List.of("m5.large", "m5.large"), "instanceTypes must not repeat a name but repeats: m5.large"),
                Arguments.of(Arrays.asList("m5.large", null), "instanceTypes must not hold a blank name but was:"
                        + " [m5.large, null]"));
    }

    @ParameterizedTest
    @MethodSource("invalidInstanceTypes")
    void withInstanceTypes_invalid_rejected(Collection<String> names, String message) {
        assertThatThrownBy(() -> PriceListImporter.forRegion("us-east-1").withInstanceTypes(names))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void importFiles_noInstanceTypesGiven_usesTheBaseCatalogue() {
        ImportReport report = PriceListImporter.forRegion("us-east-1").withBase(SHIPPED)
                .importFiles(List.of(Offers.fixture("us-east-1/AmazonEKS.json")));

        assertThat(report.results()).filteredOn(r -> r.kind() == ImportReport.Kind.INSTANCE_TYPE)
                .hasSize(SHIPPED.instances().size()).allMatch(r -> r.status() == ImportReport.Status.CARRIED);
    }

    /**
     * Without instance types or a base table the importer asks for those of the newest shipped table of the
     * region: eu-west-1's 34 types, all missing here as the EC2 offer was not given.
     */
    @Test
    void importFiles_noInstanceTypesNorBase_usesTheShippedCatalogue() {
        ImportReport report = PriceListImporter.forRegion("eu-west-1")
                .importFiles(List.of(Offers.fixture("us-east-1/AmazonEKS.json")));

        assertThat(report.results()).filteredOn(r -> r.kind() == ImportReport.Kind.INSTANCE_TYPE)
                .extracting(ImportReport.KeyResult::key)
                .containsExactlyInAnyOrderElementsOf(PricingTables.latest("aws", "eu-west-1").instances().keySet());
    }

    @Test
    void toString_report_summaryOffersAndOneLinePerKey() {
        String text = complete().toString();

        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        assertThat(lines.get(0)).isEqualTo("Price List import for aws/us-east-1: complete, 33 keys");
        assertThat(lines.get(1)).startsWith("  offer AWSLambda 20241115180000 published 2024-11-15T18:00:00Z (json): 13"
                + " products, 10 kept; ");
        assertThat(lines).contains("  found    lambda.requests: SKU LAMBDAREQUESTX86 (usagetype Request), term"
                + " JRTCKXETXF effective 2024-07-01T00:00:00Z: lambda.requests 0.0000002 USD per request");
        assertThat(lines).contains("  carried  lambda.ephemeralStorage.includedMb: not published in the Price List;"
                + " carried over from aws/us-east-1@2024-11-01 (source aws-lambda-pricing)");
        assertThat(lines).hasSize(1 + 9 + 33);
    }

    @Test
    void toString_importer_showsSettings() {
        assertThat(importer().withBase(SHIPPED).toString()).isEqualTo("PriceListImporter us-east-1 (base"
                + " aws/us-east-1@2024-11-01, 3 instance types, read 2024-11-20)");
        assertThat(PriceListImporter.forRegion("eu-west-1").withReadDate(READ).toString())
                .isEqualTo("PriceListImporter eu-west-1 (read 2024-11-20)");
    }
}
