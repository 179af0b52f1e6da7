package org.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.breakeven.pricing.PricingDiff.Kind;
import org.breakeven.pricing.PricingDiff.RateChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingDiffTest {

    private static final PricingTable JULY = PricingTables.version("aws", "us-east-1", "2024-07-01");
    private static final PricingTable NOVEMBER = PricingTables.version("aws", "us-east-1", "2024-11-01");

    @TempDir
    Path dir;

    @Test
    void between_dynamoDbPriceCut() {
        PricingDiff diff = PricingDiff.between(JULY, NOVEMBER);

        assertThat(diff.changes()).extracting(PricingDiff.Change::label)
                .containsExactly("rate dynamodb.readRequestUnit", "rate dynamodb.writeRequestUnit");
        assertThat(diff.allowances()).isEmpty();
        assertThat(diff.instances()).isEmpty();
        assertThat(diff.rates()).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.tiers()).singleElement().satisfies(band -> {
                assertThat(band.fromInclusive()).isEqualByComparingTo("0");
                assertThat(band.toExclusive()).isNull();
                assertThat(band.price().percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("-50"));
            });
        });
        // aws-rates.md §3: RRU $0.25 -> $0.125 and WRU $1.25 -> $0.625 per million.
        PricingDiff.Delta read = diff.rates().get(0).tiers().get(0).price();
        assertThat(read.before()).isEqualByComparingTo("0.00000025");
        assertThat(read.after()).isEqualByComparingTo("0.000000125");
        assertThat(read.absolute()).isEqualByComparingTo("-0.000000125");
        PricingDiff.Delta write = diff.rates().get(1).tiers().get(0).price();
        assertThat(write.before()).isEqualByComparingTo("0.00000125");
        assertThat(write.after()).isEqualByComparingTo("0.000000625");
        assertThat(write.absolute()).isEqualByComparingTo("-0.000000625");
    }

    @Test
    void toString_dynamoDbPriceCut() {
        String nl = System.lineSeparator();

        assertThat(PricingDiff.between(JULY, NOVEMBER)).hasToString(
                "PricingDiff aws/us-east-1@2024-07-01 -> aws/us-east-1@2024-11-01: rates 2 changed" + nl
                        + "  changed rate dynamodb.readRequestUnit (USD per read request unit): 0.00000025 -> 0.000000125"
                        + " (-0.000000125, -50%)" + nl
                        + "  changed rate dynamodb.writeRequestUnit (USD per write request unit): 0.00000125 -> 0.000000625"
                        + " (-0.000000625, -50%)");
    }

    @Test
    void between_sameTable() {
        PricingDiff diff = PricingDiff.between(NOVEMBER, NOVEMBER);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff).hasToString("PricingDiff aws/us-east-1@2024-11-01 -> aws/us-east-1@2024-11-01: no changes");
    }

    @Test
    void between_regions() {
        PricingDiff diff = PricingDiff.between(NOVEMBER, PricingTables.version("aws", "eu-west-1", "2026-10-01"));

        assertThat(diff.toString()).startsWith("PricingDiff aws/us-east-1@2024-11-01 -> aws/eu-west-1@2026-10-01: "
                + "rates 16 removed, 7 changed; instance types 34 changed");
        // aws-ec2-rates.md: m5.large 0.096 in us-east-1, 0.107 in eu-west-1; 0.011 / 0.096 = 11.458333...%.
        PricingDiff.InstanceChange m5 = diff.instances().stream().filter(c -> c.name().equals("m5.large")).findFirst()
                .orElseThrow();
        assertThat(m5.hourlyPrice()).hasValueSatisfying(price -> {
            assertThat(price.absolute()).isEqualByComparingTo("0.011");
            assertThat(price.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(
                    "11.45833333333333333333333333333333"));
        });
        assertThat(m5).hasToString("changed instance type m5.large (per instance-hour): 0.096 -> 0.107 (+0.011, +11.46%)");
    }

    @Test
    void between_tiersComparedBandByBand() throws IOException {
        // Older: 0.3 below 100, 0.2 from 100. Newer: 0.3 below 50, 0.3 from 50 to 100 (the same price, split),
        // 0.2 from 100 to 200 and 0.1 above 200. Only usage above 200 pays another price.
        PricingTable older = table("older.json", tiers("[{\"from\": \"0\", \"to\": \"100\", \"price\": \"0.3\"},"
                + " {\"from\": \"100\", \"price\": \"0.2\"}]"));
        PricingTable newer = table("newer.json", tiers("[{\"from\": \"0\", \"to\": \"50\", \"price\": \"0.3\"},"
                + " {\"from\": \"50\", \"to\": \"100\", \"price\": \"0.3\"}, {\"from\": \"100\", \"to\": \"200\", \"price\": \"0.2\"},"
                + " {\"from\": \"200\", \"price\": \"0.1\"}]"));

        RateChange change = PricingDiff.between(older, newer).rates().get(0);

        assertThat(change.tiers()).singleElement().satisfies(band -> {
            assertThat(band.fromInclusive()).isEqualByComparingTo("200");
            assertThat(band.toExclusive()).isNull();
            assertThat(band.price().absolute()).isEqualByComparingTo("-0.1");
            assertThat(band.price().percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("-50"));
        });
        assertThat(change).hasToString("changed rate x (USD per unit): above 200: 0.2 -> 0.1 (-0.1, -50%)");
        assertThat(PricingDiff.between(older, table("split.json", tiers("[{\"from\": \"0\", \"to\": \"50\", \"price\":"
                + " \"0.3\"}, {\"from\": \"50\", \"to\": \"100\", \"price\": \"0.30\"}, {\"from\": \"100\", \"price\": \"0.2\"}]")))
                .isEmpty()).isTrue();
    }

    @Test
    void between_addedRemovedAndChangedEntries() throws IOException {
        PricingTable older = table("older.json", TableReaderTest.VALID);
        PricingTable newer = table("newer.json", TableReaderTest.VALID
                .replace("\"lambda.requests\"", "\"lambda.requests.renamed\"")
                .replace("\"quantity\": \"1000000\"", "\"quantity\": \"2000000\"")
                .replace("\"vcpu\": 2,", "\"vcpu\": 4,"));

        PricingDiff diff = PricingDiff.between(older, newer);

        assertThat(diff.changes()).extracting(PricingDiff.Change::label, PricingDiff.Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rate lambda.requests", Kind.REMOVED),
                org.assertj.core.groups.Tuple.tuple("rate lambda.requests.renamed", Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("allowance lambda.freeTier.requests", Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("instance type t3.medium", Kind.CHANGED));
        assertThat(diff.allowances().get(0).quantity()).hasValueSatisfying(q -> assertThat(q.percent())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100")));
        String nl = System.lineSeparator();
        assertThat(diff).hasToString("PricingDiff aws/test-1@2024-11-01 -> aws/test-1@2024-11-01: rates 1 added, 1 removed;"
                + " allowances 1 changed; instance types 1 changed" + nl
                + "  removed rate lambda.requests 0.0000002 USD per request" + nl
                + "  added rate lambda.requests.renamed 0.0000002 USD per request" + nl
                + "  changed allowance lambda.freeTier.requests (requests per month): 1000000 -> 2000000 (+1000000, +100%)" + nl
                + "  changed instance type t3.medium: t3.medium (2 vCPU, 4 GiB, x86_64) 0.0416/hour -> t3.medium (4 vCPU,"
                + " 4 GiB, x86_64) 0.0416/hour");
    }

    @Test
    void between_otherCurrency() throws IOException {
        PricingTable euro = table("eur.json", TableReaderTest.VALID.replace("USD", "EUR"));

        assertThatThrownBy(() -> PricingDiff.between(NOVEMBER, euro))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("both tables must price in one currency, but aws/us-east-1@2024-11-01 is in USD and"
                        + " aws/test-1@2024-11-01 in EUR");
    }

    @Test
    void rateChange_inNeitherTable() {
        assertThatThrownBy(() -> new RateChange("x", null, null, java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate x must be in at least one of the tables");
    }

    @Test
    void percent_ofZero() {
        assertThat(new PricingDiff.Delta(BigDecimal.ZERO, BigDecimal.ONE).percent()).isEmpty();
        assertThat(new PricingDiff.Delta(BigDecimal.ZERO, BigDecimal.ONE)).hasToString("0 -> 1 (+1)");
    }

    @Test
    void percent_nonTerminating() {
        // (4 - 3) * 100 / 3 = 33.333..., rounded to 34 significant digits.
        assertThat(new PricingDiff.Delta(new BigDecimal("3"), new BigDecimal("4")).percent())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("33.33333333333333333333333333333333"));
    }

    @Test
    void apply_oneChangeToTheOlderTable() {
        PricingDiff diff = PricingDiff.between(JULY, NOVEMBER);

        PricingTable table = diff.apply(diff.rates().get(0));

        assertThat(table.rate("dynamodb.readRequestUnit").firstPrice()).isEqualByComparingTo("0.000000125");
        assertThat(table.rate("dynamodb.writeRequestUnit").firstPrice()).isEqualByComparingTo("0.00000125");
        assertThat(table.sources()).containsKey(table.rate("dynamodb.readRequestUnit").source());
        assertThat(table.sources().get(table.rate("dynamodb.readRequestUnit").source()))
                .isEqualTo(NOVEMBER.sources().get("infracost-dynamodb-cut"));
        assertThat(table.version()).isEqualTo("aws/us-east-1@2024-07-01");
        assertThat(table.checksum()).isEmpty();
        assertThat(table.origin()).isEqualTo("/pricing/aws/us-east-1/2024-07-01.json with rate dynamodb.readRequestUnit"
                + " from aws/us-east-1@2024-11-01");
        assertThat(table.title()).isEqualTo(JULY.title() + "; with rate dynamodb.readRequestUnit from"
                + " aws/us-east-1@2024-11-01");
        assertThat(PricingDiff.between(table, NOVEMBER).changes()).extracting(PricingDiff.Change::label)
                .containsExactly("rate dynamodb.writeRequestUnit");
    }

    @Test
    void apply_removedEntryAndClashingSourceKey() throws IOException {
        PricingTable older = table("older.json", TableReaderTest.VALID);
        PricingTable newer = table("newer.json", TableReaderTest.VALID.replace("\"A source\"", "\"Another source\"")
                .replace("\"0.0416\"", "\"0.05\"").replace("\"lambda.freeTier.requests\"", "\"other\""));
        PricingDiff diff = PricingDiff.between(older, newer);

        PricingTable instance = diff.apply(diff.instances().get(0));
        PricingTable removed = diff.apply(diff.allowances().stream()
                .filter(c -> c.kind() == Kind.REMOVED).findFirst().orElseThrow());

        assertThat(instance.instance("t3.medium").source()).isEqualTo("s#2");
        assertThat(instance.sources().get("s#2").title()).isEqualTo("Another source");
        assertThat(instance.sources().get("s").title()).isEqualTo("A source");
        assertThat(removed.allowances()).doesNotContainKey("lambda.freeTier.requests");
    }

    @Test
    void apply_changeOfAnotherDiff() {
        PricingDiff diff = PricingDiff.between(JULY, NOVEMBER);
        PricingDiff.Change other = PricingDiff.between(NOVEMBER, JULY).changes().get(0);

        assertThatThrownBy(() -> diff.apply(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("change must be one of the 2 changes from aws/us-east-1@2024-07-01 to"
                        + " aws/us-east-1@2024-11-01 but was: changed rate dynamodb.readRequestUnit");
    }

    @Test
    void isEmpty_notForTheDynamoDbPriceCut() {
        assertThat(PricingDiff.between(JULY, NOVEMBER).isEmpty()).isFalse();
    }

    /** An unchanged value shows no sign: 0.0416 -> 0.04160 is a change of 0, 0%. */
    @Test
    void delta_zero() {
        PricingDiff.Delta same = new PricingDiff.Delta(new BigDecimal("0.0416"), new BigDecimal("0.04160"));

        assertThat(same.isZero()).isTrue();
        assertThat(same).hasToString("0.0416 -> 0.0416 (0, 0%)");
    }

    /** A rate whose unit changed is listed, but its prices are not compared. */
    @Test
    void between_rateUnitChanged() throws IOException {
        PricingTable newer = table("newer.json", TableReaderTest.VALID.replace("\"USD per request\"",
                "\"USD per invocation\""));

        RateChange change = PricingDiff.between(table("older.json", TableReaderTest.VALID), newer).rates().get(0);

        assertThat(change.key()).isEqualTo("lambda.requests");
        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertThat(change.tiers()).isEmpty();
        assertThat(change).hasToString("changed rate lambda.requests: unit USD per request -> USD per invocation"
                + " (prices not compared)");
    }

    /**
     * The older rate's boundary counts too: 0.3 below 100 and 0.2 above, against a flat 0.3, differ only above
     * 100: 0.2 -> 0.3 is +0.1, and 0.1 * 100 / 0.2 = +50%.
     */
    @Test
    void between_tiersCollapsedIntoOnePrice() throws IOException {
        PricingTable older = table("older.json", tiers("[{\"from\": \"0\", \"to\": \"100\", \"price\": \"0.3\"},"
                + " {\"from\": \"100\", \"price\": \"0.2\"}]"));
        PricingTable newer = table("newer.json", tiers("[{\"from\": \"0\", \"price\": \"0.3\"}]"));

        assertThat(PricingDiff.between(older, newer).rates()).singleElement()
                .hasToString("changed rate x (USD per unit): above 100: 0.2 -> 0.3 (+0.1, +50%)");
    }

    /**
     * Neighbouring bands with the same change merge into one: a flat 0.3 against 0.2 below 50, 0.2 from 50 to
     * 100 and 0.3 above is one change, 0 to 100: 0.3 -> 0.2, -0.1, and -0.1 * 100 / 0.3 = -33.33...%.
     */
    @Test
    void between_neighbouringBandsWithTheSameChangeMerge() throws IOException {
        PricingTable older = table("older.json", tiers("[{\"from\": \"0\", \"price\": \"0.3\"}]"));
        PricingTable newer = table("newer.json", tiers("[{\"from\": \"0\", \"to\": \"50\", \"price\": \"0.2\"},"
                + " {\"from\": \"50\", \"to\": \"100\", \"price\": \"0.2\"}, {\"from\": \"100\", \"price\": \"0.3\"}]"));

        RateChange change = PricingDiff.between(older, newer).rates().get(0);

        assertThat(change.tiers()).singleElement().satisfies(band -> {
            assertThat(band.fromInclusive()).isEqualByComparingTo("0");
            assertThat(band.toExclusive()).isEqualByComparingTo("100");
        });
        assertThat(change).hasToString("changed rate x (USD per unit): 0 to 100: 0.3 -> 0.2 (-0.1, -33.33%)");
    }

    /** Renamed keys are a removal and an addition; a unit change of an allowance shows both allowances. */
    @Test
    void between_allowancesAndInstanceTypesAddedRemovedAndRedefined() throws IOException {
        PricingTable older = table("older.json", TableReaderTest.VALID);
        PricingTable newer = table("newer.json", TableReaderTest.VALID.replace("\"t3.medium\"", "\"t3.large\"")
                .replace("\"requests per month\"", "\"requests\""));

        PricingDiff diff = PricingDiff.between(older, newer);

        assertThat(diff.instances()).extracting(PricingDiff.Change::key, PricingDiff.Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("t3.large", Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("t3.medium", Kind.REMOVED));
        assertThat(diff.instances()).allSatisfy(change -> assertThat(change.hourlyPrice()).isEmpty());
        assertThat(diff.instances()).extracting(Object::toString).containsExactly(
                "added instance type t3.large (2 vCPU, 4 GiB, x86_64) 0.0416/hour",
                "removed instance type t3.medium (2 vCPU, 4 GiB, x86_64) 0.0416/hour");
        assertThat(diff.allowances()).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo("lambda.freeTier.requests");
            assertThat(change.quantity()).isEmpty();
            assertThat(change).hasToString("changed allowance lambda.freeTier.requests: lambda.freeTier.requests"
                    + " 1000000 requests per month -> lambda.freeTier.requests 1000000 requests");
        });
        PricingDiff renamed = PricingDiff.between(older, table("renamed.json", TableReaderTest.VALID.replace(
                "\"lambda.freeTier.requests\"", "\"lambda.freeTier.invocations\"")));
        assertThat(renamed.allowances()).extracting(Object::toString).containsExactly(
                "added allowance lambda.freeTier.invocations 1000000 requests per month",
                "removed allowance lambda.freeTier.requests 1000000 requests per month");
    }

    /** An instance type that changes its memory or its architecture at the same price is changed too. */
    @Test
    void between_instanceTypeResized() throws IOException {
        PricingTable older = table("older.json", TableReaderTest.VALID);

        assertThat(PricingDiff.between(older, table("memory.json", TableReaderTest.VALID.replace("\"memoryGib\": \"4\"",
                "\"memoryGib\": \"8\""))).instances()).singleElement().hasToString("changed instance type t3.medium:"
                + " t3.medium (2 vCPU, 4 GiB, x86_64) 0.0416/hour -> t3.medium (2 vCPU, 8 GiB, x86_64) 0.0416/hour");
        assertThat(PricingDiff.between(older, table("arm.json", TableReaderTest.VALID.replace("\"architecture\": \"x86_64\"",
                "\"architecture\": \"arm64\""))).instances()).singleElement().hasToString("changed instance type"
                + " t3.medium: t3.medium (2 vCPU, 4 GiB, x86_64) 0.0416/hour -> t3.medium (2 vCPU, 4 GiB, arm64) 0.0416/hour");
        assertThat(PricingDiff.between(older, table("same.json", TableReaderTest.VALID.replace("\"memoryGib\": \"4\"",
                "\"memoryGib\": \"4.0\""))).isEmpty()).isTrue();
    }

    /**
     * A source key already taken by another source gets the next free number: applying one change from a table
     * whose source "s" has a new title gives "s#2", and applying a change from a third table, whose "s" has yet
     * another title, to that copy gives "s#3".
     */
    @Test
    void apply_sourceKeyTakenTwice() throws IOException {
        PricingTable older = table("older.json", TableReaderTest.VALID);
        PricingTable second = table("second.json", TableReaderTest.VALID.replace("\"A source\"", "\"Second source\"")
                .replace("\"0.0416\"", "\"0.05\""));
        PricingTable third = table("third.json", TableReaderTest.VALID.replace("\"A source\"", "\"Third source\"")
                .replace("\"0.0416\"", "\"0.06\""));
        PricingDiff first = PricingDiff.between(older, second);
        PricingTable copy = first.apply(first.instances().get(0));
        PricingDiff next = PricingDiff.between(copy, third);

        PricingTable twice = next.apply(next.instances().get(0));

        assertThat(twice.instance("t3.medium").source()).isEqualTo("s#3");
        assertThat(twice.sources()).extractingFromEntries(e -> e.getKey() + ": " + e.getValue().title())
                .containsExactly("s: A source", "s#2: Second source", "s#3: Third source");
    }

    @Test
    void apply_allowanceAndRateChanges() throws IOException {
        PricingTable older = table("older.json", TableReaderTest.VALID);
        PricingTable newer = table("newer.json", TableReaderTest.VALID.replace("\"quantity\": \"1000000\"",
                "\"quantity\": \"2000000\"").replace("\"0.0000002\"", "\"0.0000003\""));
        PricingDiff diff = PricingDiff.between(older, newer);

        assertThat(diff.apply(diff.allowances().get(0)).allowance("lambda.freeTier.requests").quantity())
                .isEqualByComparingTo("2000000");
        assertThat(diff.apply(diff.rates().get(0)).rate("lambda.requests").firstPrice()).isEqualByComparingTo("0.0000003");
        assertThat(diff.apply(diff.rates().get(0)).allowance("lambda.freeTier.requests").quantity())
                .isEqualByComparingTo("1000000");
    }

    /**
     * Issue 8: the shipped 2024-11-01 table with lambda.requests split at 1B at its own price and nat.hour in
     * another unit. The split charges the same for every usage, so it is no change; the unit is the one change.
     */
    @Test
    void between_issue8_theUnitIsTheOneChangeAndTheSplitNone() {
        PricingTable issue8 = PricingTables.fromFile(org.breakeven.issues.Issue8Tables.write(dir));

        PricingDiff diff = PricingDiff.between(NOVEMBER, issue8);

        assertThat(issue8.rate("lambda.requests").tiers()).hasSize(2);
        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.label()).isEqualTo("rate nat.hour");
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.unitChanged()).isTrue();
            assertThat(change).hasToString("changed rate nat.hour: unit USD per gateway-hour -> USD per NAT gateway-hour"
                    + " (prices not compared)");
        });
        assertThat(diff.count(Kind.ADDED) + diff.count(Kind.REMOVED) + diff.count(Kind.CHANGED)).isEqualTo(1);
        assertThat(diff).hasToString("PricingDiff aws/us-east-1@2024-11-01 -> aws/us-east-1@2024-11-01: rates 1 changed"
                + System.lineSeparator() + "  changed rate nat.hour: unit USD per gateway-hour -> USD per NAT gateway-hour"
                + " (prices not compared)");
    }

    /** The counts by kind add up to the number of changes: 2 + 2 + 2 = 6 in the renamed-and-changed table. */
    @Test
    void count_byKindAddsUp() throws IOException {
        PricingTable older = table("older.json", TableReaderTest.VALID);
        PricingTable newer = table("newer.json", TableReaderTest.VALID
                .replace("\"lambda.requests\"", "\"lambda.requests.renamed\"")
                .replace("\"lambda.freeTier.requests\"", "\"lambda.freeTier.renamed\"")
                .replace("\"0.0000150000\"", "\"0.000014\"")
                .replace("\"0.0416\"", "\"0.05\""));

        PricingDiff diff = PricingDiff.between(older, newer);

        assertThat(diff.count(Kind.ADDED)).isEqualTo(2);
        assertThat(diff.count(Kind.REMOVED)).isEqualTo(2);
        assertThat(diff.count(Kind.CHANGED)).isEqualTo(2);
        assertThat(diff.changes()).hasSize(6);
        assertThat(PricingDiff.between(older, older).count(Kind.CHANGED)).isZero();
    }

    /**
     * All changes applied to the older table: the DynamoDB cut gives November's rates under November's version,
     * and nothing is left to change.
     */
    @Test
    void applyAll_theNewerTableAsItsChanges() {
        PricingDiff diff = PricingDiff.between(JULY, NOVEMBER);

        PricingTable all = diff.applyAll();

        assertThat(all.rates()).isEqualTo(NOVEMBER.rates());
        assertThat(all.version()).isEqualTo("aws/us-east-1@2024-11-01");
        assertThat(all.title()).isEqualTo(NOVEMBER.title());
        assertThat(all.checksum()).isEmpty();
        assertThat(all.origin()).isEqualTo("/pricing/aws/us-east-1/2024-11-01.json as aws/us-east-1@2024-07-01 with its"
                + " 2 changes");
        assertThat(PricingDiff.between(all, NOVEMBER).isEmpty()).isTrue();
        assertThat(PricingDiff.between(JULY, all).changes()).isEqualTo(diff.changes());
    }

    /**
     * Issue 8's table as its one change: the unit of nat.hour, while lambda.requests keeps the older table's single
     * tier, as the split is no change.
     */
    @Test
    void applyAll_issue8_keepsTheUncountedSplitOut() {
        PricingTable issue8 = PricingTables.fromFile(org.breakeven.issues.Issue8Tables.write(dir));
        PricingDiff diff = PricingDiff.between(NOVEMBER, issue8);

        PricingTable all = diff.applyAll();

        assertThat(all.rate("lambda.requests")).isEqualTo(NOVEMBER.rate("lambda.requests"));
        assertThat(all.rate("nat.hour").unit()).isEqualTo("USD per NAT gateway-hour");
        assertThat(all.origin()).endsWith(" as aws/us-east-1@2024-11-01 with its 1 change");
        assertThat(PricingDiff.between(all, issue8).isEmpty()).isTrue();
    }

    /** Only a rate or allowance in both tables, in two units, has a changed unit; an instance type never. */
    @Test
    void unitChanged_onlyForARateOrAllowanceInBothTables() throws IOException {
        PricingTable older = table("older.json", TableReaderTest.VALID);
        PricingTable units = table("units.json", TableReaderTest.VALID.replace("\"USD per request\"", "\"USD per call\"")
                .replace("\"requests per month\"", "\"calls per month\"").replace("\"memoryGib\": \"4\"",
                        "\"memoryGib\": \"8\""));

        assertThat(PricingDiff.between(older, units).changes()).extracting(PricingDiff.Change::label,
                PricingDiff.Change::unitChanged).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rate lambda.requests", true),
                org.assertj.core.groups.Tuple.tuple("allowance lambda.freeTier.requests", true),
                org.assertj.core.groups.Tuple.tuple("instance type t3.medium", false));
        PricingTable renamed = table("renamed.json", TableReaderTest.VALID.replace("\"lambda.requests\"", "\"x\"")
                .replace("\"lambda.freeTier.requests\"", "\"y\""));
        assertThat(PricingDiff.between(older, renamed).changes()).noneMatch(PricingDiff.Change::unitChanged).hasSize(4);
        assertThat(PricingDiff.between(older, table("price.json", TableReaderTest.VALID.replace("\"0.0000002\"",
                "\"0.0000003\""))).changes()).singleElement().extracting(PricingDiff.Change::unitChanged).isEqualTo(false);
    }

    private static String tiers(String tiers) {
        return TableReaderTest.VALID.replace("\"lambda.requests\": { \"unit\": \"USD per request\", \"price\": \"0.0000002\","
                + " \"source\": \"s\" }", "\"x\": { \"unit\": \"USD per unit\", \"source\": \"s\", \"tiers\": " + tiers + " }");
    }

    private PricingTable table(String name, String json) throws IOException {
        return PricingTables.fromFile(Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8));
    }
}
