package org.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.breakeven.Breakeven;
import org.breakeven.Scenario;
import org.breakeven.cluster.LoadBalancers;
import org.breakeven.cluster.Network;
import org.breakeven.cluster.NodeSizing;
import org.breakeven.serverless.Architecture;
import org.breakeven.serverless.Downstream;
import org.breakeven.serverless.DownstreamItem;
import org.breakeven.serverless.DownstreamKind;
import org.breakeven.serverless.ProvisionedConcurrency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tables shipped in {@code pricing/}: each loads, is sourced, and is found by version and date. */
class PricingTablesTest {

    /** The keys the bill models read from a table, besides the downstream kinds' rates. */
    private static final List<String> MODEL_RATES = List.of("lambda.requests", "lambda.duration.x86_64",
            "lambda.duration.arm64", "lambda.provisionedConcurrency.x86_64", "lambda.provisionedConcurrency.arm64",
            "lambda.provisionedDuration.x86_64", "lambda.provisionedDuration.arm64", "lambda.ephemeralStorage",
            "eks.cluster.standard", "eks.cluster.extended", "elb.alb.hour", "elb.alb.capacityUnit", "elb.nlb.hour",
            "nat.hour", "nat.dataProcessed", "ebs.gp3.storage", "vpc.publicIpv4.hour", "dataTransfer.crossAz",
            "ec2.cpuCredits.t3", "ec2.cpuCredits.t4g");
    private static final List<String> MODEL_ALLOWANCES = List.of("lambda.freeTier.requests",
            "lambda.freeTier.gbSeconds", "lambda.ephemeralStorage.includedMb", "elb.alb.lcu.newConnectionsPerSecond",
            "elb.alb.lcu.processedGbPerHour", "elb.alb.lcu.activeConnectionsPerMinute");

    static Stream<TableVersion> shipped() {
        return PricingTables.versions().stream();
    }

    @Test
    void versions_sortedByProviderRegionAndDate() {
        assertThat(PricingTables.versions()).extracting(TableVersion::label).containsExactly(
                "aws/eu-west-1@2026-10-01", "aws/eu-west-1@2026-10-02", "aws/us-east-1@2024-07-01", "aws/us-east-1@2024-11-01",
                "aws/us-east-1@2026-10-01");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void version_everyShippedTableLoadsWithItsChecksum(TableVersion version) {
        PricingTable table = PricingTables.version(version.provider(), version.region(),
                version.effectiveDate().toString());

        assertThat(table.version()).isEqualTo(version.label());
        assertThat(table.origin()).isEqualTo("/pricing/" + version.path());
        assertThat(table.checksum()).isPresent();
        assertThat(table.checksum()).contains(PricingTables.checksum(Path.of("pricing", version.path())));
        assertThat(table.rates()).isNotEmpty();
        assertThat(table.instances()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void version_everyRateAllowanceAndInstanceHasAUnitAndAKnownSource(TableVersion version) {
        PricingTable table = PricingTables.version(version.provider(), version.region(),
                version.effectiveDate().toString());

        assertThat(table.rates().values()).allSatisfy(rate -> {
            assertThat(rate.unit()).as(rate.id()).startsWith(table.currency() + " per ");
            assertThat(table.sources()).as(rate.id()).containsKey(rate.source());
        });
        assertThat(table.allowances().values()).allSatisfy(allowance -> {
            assertThat(allowance.unit()).as(allowance.id()).isNotBlank();
            assertThat(table.sources()).as(allowance.id()).containsKey(allowance.source());
        });
        assertThat(table.instances().values()).allSatisfy(type ->
                assertThat(table.sources()).as(type.name()).containsKey(type.source()));
        assertThat(table.sources().values()).allSatisfy(source -> {
            assertThat(source.read()).as(source.key()).isAfterOrEqualTo(source.published());
            source.address().ifPresent(url -> assertThat(url).as(source.key()).startsWith("https://"));
        });
    }

    @Test
    void index_listsEveryTableFileInThePricingFolder() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(Path.of("pricing"))) {
            paths.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("index.json"))
                    .forEach(p -> files.add(Path.of("pricing").relativize(p).toString().replace('\\', '/')));
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(
                PricingTables.versions().stream().map(TableVersion::path).toList());
    }

    @Test
    void latest_usEast1() {
        PricingTable table = PricingTables.latest("aws", "us-east-1");

        assertThat(table.effectiveDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(table).hasToString("PricingTable aws/us-east-1@2026-10-01 (50 rates, 22 allowances, 49 instance types)");
    }

    @Test
    void asOf_picksTheVersionInForce() {
        assertThat(PricingTables.asOf("aws", "us-east-1", LocalDate.of(2024, 7, 1)).version())
                .isEqualTo("aws/us-east-1@2024-07-01");
        assertThat(PricingTables.asOf("aws", "us-east-1", LocalDate.of(2024, 10, 31)).version())
                .isEqualTo("aws/us-east-1@2024-07-01");
        assertThat(PricingTables.asOf("aws", "us-east-1", LocalDate.of(2024, 11, 1)).version())
                .isEqualTo("aws/us-east-1@2024-11-01");
        assertThat(PricingTables.asOf("aws", "us-east-1", LocalDate.of(2026, 9, 30)).version())
                .isEqualTo("aws/us-east-1@2024-11-01");
        assertThat(PricingTables.asOf("aws", "us-east-1", LocalDate.of(2030, 1, 1)).version())
                .isEqualTo("aws/us-east-1@2026-10-01");
    }

    @Test
    void asOf_beforeTheFirstVersion() {
        assertThatThrownBy(() -> PricingTables.asOf("aws", "us-east-1", LocalDate.of(2024, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no shipped pricing table for aws/us-east-1 version in force on 2024-06-30; shipped: "
                        + "aws/eu-west-1@2026-10-01, aws/eu-west-1@2026-10-02, aws/us-east-1@2024-07-01, aws/us-east-1@2024-11-01,"
                        + " aws/us-east-1@2026-10-01");
    }

    @Test
    void version_byDateAndLatest() {
        assertThat(PricingTables.version("aws", "us-east-1", "2024-07-01").effectiveDate())
                .isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(PricingTables.version("aws", "us-east-1", "latest"))
                .isSameAs(PricingTables.latest("aws", "us-east-1"));
        assertThat(PricingTables.version("aws", "eu-west-1", "latest").version()).isEqualTo("aws/eu-west-1@2026-10-02");
    }

    /** A label as {@code TableVersion} prints it loads that version; {@code @latest} the newest of its region. */
    @Test
    void version_byLabel() {
        assertThat(PricingTables.version("aws/us-east-1@2024-07-01"))
                .isSameAs(PricingTables.version("aws", "us-east-1", "2024-07-01"));
        assertThat(PricingTables.version("aws/eu-west-1@latest")).isSameAs(PricingTables.latest("aws", "eu-west-1"));
        assertThatThrownBy(() -> PricingTables.version("aws/us-east-1@2023-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no shipped pricing table for aws/us-east-1 version 2023-01-01; shipped: aws/eu-west-1@2026-10-01,"
                        + " aws/eu-west-1@2026-10-02, aws/us-east-1@2024-07-01, aws/us-east-1@2024-11-01, aws/us-east-1@2026-10-01");
        assertThatThrownBy(() -> PricingTables.version("aws/us-east-1@newest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("effectiveDate of version \"aws/us-east-1@newest\" must be a date such as 2024-11-01 but was:"
                        + " \"newest\"");
    }

    @Test
    void version_notShipped() {
        assertThatThrownBy(() -> PricingTables.version("aws", "us-east-1", "2023-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no shipped pricing table for aws/us-east-1 version 2023-01-01; shipped: ");
        assertThatThrownBy(() -> PricingTables.latest("aws", "ap-south-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no shipped pricing table for aws/ap-south-1 version latest; shipped: ");
    }

    @Test
    void version_20240701HasTheDynamoDbPricesBeforeTheCut() {
        // aws-rates.md §3: 3M WRU cost $3.75 and 8M RRU $2.00 before infracost commit 0b97cc5,
        // so 3.75 / 3,000,000 = 0.00000125 per WRU and 2.00 / 8,000,000 = 0.00000025 per RRU.
        PricingTable table = PricingTables.version("aws", "us-east-1", "2024-07-01");

        assertThat(table.rate("dynamodb.writeRequestUnit").firstPrice()).isEqualByComparingTo("0.00000125");
        assertThat(table.rate("dynamodb.readRequestUnit").firstPrice()).isEqualByComparingTo("0.00000025");
        assertThat(table.sources().get(table.rate("dynamodb.readRequestUnit").source()).published())
                .isEqualTo(LocalDate.of(2024, 11, 15));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usEast1")
    void version_usEast1HasEveryKeyTheModelsRead(String date) {
        PricingTable table = PricingTables.version("aws", "us-east-1", date);

        assertThat(table.rates()).containsKeys(MODEL_RATES.toArray(String[]::new));
        assertThat(table.rates()).containsKeys(Stream.of(DownstreamKind.values()).map(DownstreamKind::rateId)
                .toArray(String[]::new));
        assertThat(table.allowances()).containsKeys(MODEL_ALLOWANCES.toArray(String[]::new));
        assertThat(everything(table).solve().crosses()).isTrue();
    }

    static Stream<String> usEast1() {
        return Stream.of("2024-07-01", "2024-11-01");
    }

    @Test
    void latest_euWest1SolvesTheDefaultScenario() {
        PricingTable table = PricingTables.latest("aws", "eu-west-1");
        Scenario scenario = Breakeven.defaultScenario().withPricing(table);

        // eu-west-1 carries the catalogue of the 2024-11-01 us-east-1 table; Graviton4 and 8th-generation Intel
        // prices were not found for it (shared/reference/aws-rates-2026.md section 8)
        assertThat(table.instances().keySet())
                .isEqualTo(PricingTables.version("aws", "us-east-1", "2024-11-01").instances().keySet());
        assertThat(table.allowances()).containsKeys(MODEL_ALLOWANCES.toArray(String[]::new));
        assertThat(scenario.solve().pricingVersion()).isEqualTo("aws/eu-west-1@2026-10-02");
        assertThat(scenario.solve().crosses()).isTrue();
    }

    @Test
    void latest_euWest1LacksProvisionedConcurrency() {
        Scenario scenario = Breakeven.defaultScenario().withPricing(PricingTables.latest("aws", "eu-west-1"));
        Scenario withPc = scenario.withFunction(scenario.function()
                .withProvisionedConcurrency(ProvisionedConcurrency.allMonth(1, 730, 200)));

        assertThatThrownBy(withPc::solve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rate lambda.provisionedConcurrency.x86_64 is not in pricing table "
                        + "aws/eu-west-1@2026-10-02; it has: ");
    }

    @Test
    void latest_euWest1LacksDynamoDb() {
        Scenario scenario = Breakeven.defaultScenario().withPricing(PricingTables.latest("aws", "eu-west-1"));
        Scenario withDynamo = scenario.withFunction(scenario.function()
                .withDownstream(Downstream.items(DownstreamItem.of(DownstreamKind.DYNAMODB_READ, 1))));

        assertThatThrownBy(withDynamo::solve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rate dynamodb.readRequestUnit is not in pricing table aws/eu-west-1@2026-10-02");
    }

    @Test
    void rate_inAnotherUnit() {
        PricingTable table = PricingTables.version("aws", "us-east-1", "2024-11-01");

        assertThatThrownBy(() -> table.rate("lambda.requests", "USD per GB-second"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate lambda.requests in pricing table aws/us-east-1@2024-11-01 must be in USD per GB-second"
                        + " but is in USD per request");
    }

    @Test
    void allowance_notInTheTable() {
        PricingTable table = PricingTables.version("aws", "us-east-1", "2024-11-01");

        assertThatThrownBy(() -> table.allowance("lambda.freeTier.storage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allowance lambda.freeTier.storage is not in pricing table aws/us-east-1@2024-11-01; it has:"
                        + " ec2.baseline.t3.large, ec2.baseline.t3.medium, ec2.baseline.t3.xlarge, ec2.baseline.t4g.large,"
                        + " ec2.baseline.t4g.medium, ec2.baseline.t4g.xlarge, elb.alb.lcu.activeConnectionsPerMinute,"
                        + " elb.alb.lcu.newConnectionsPerSecond, elb.alb.lcu.processedGbPerHour,"
                        + " lambda.ephemeralStorage.includedMb, lambda.freeTier.gbSeconds, lambda.freeTier.requests");
    }

    /** A scenario that reads every rate and allowance the models know, on one table. */
    private static Scenario everything(PricingTable table) {
        Scenario base = Breakeven.defaultScenario().withPricing(table);
        List<DownstreamItem> items = Stream.of(DownstreamKind.values()).map(k -> DownstreamItem.of(k, 0.001)).toList();
        Scenario arm = base.withFunction(base.function().withArchitecture(Architecture.ARM64).withFreeTier(true)
                .withEphemeralStorageMb(1024).withProvisionedConcurrency(ProvisionedConcurrency.allMonth(1, 730, 200))
                .withDownstream(new Downstream(items, 1, false)))
                .withCluster(base.cluster().withControlPlanes(1, true).withNat(1, 10).withStorageGbPerNode(20)
                        .withNetwork(Network.NONE.withAvailabilityZones(3).withCrossAz(0.5, 10))
                        .withNodes(NodeSizing.fixed(3).withCpuMsPerRequest(5)));
        arm.solve();
        Scenario x86 = arm.withFunction(arm.function().withArchitecture(Architecture.X86_64))
                .withCluster(arm.cluster().withControlPlanes(1, false)
                        .withLoadBalancers(LoadBalancers.alb(1).withKeepAliveSeconds(300)));
        x86.solve();
        return x86.withCluster(x86.cluster().withLoadBalancers(new LoadBalancers("NLB", 1, 1, 0)));
    }
}
