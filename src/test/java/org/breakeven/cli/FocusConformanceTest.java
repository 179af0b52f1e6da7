package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.breakeven.ScenarioFile;
import org.breakeven.bill.Bill;
import org.breakeven.Scenario;
import org.breakeven.report.FocusReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row that {@code --format focus} can write, by every command on every example, checked against the FOCUS 1.2
 * column table: the mandatory columns present, nulls only where the spec allows them, decimals, dates, currencies
 * and units in the spec's formats, allowed values only, our own columns prefixed {@code x_}, and the spec's
 * relations between columns. The table is read from {@code focus/columns-1.2.tsv} and
 * {@code focus/allowed-values-1.2.tsv}, copied from the spec at tag v1.2 (the files say from where).
 */
class FocusConformanceTest {

    private record Column(String id, String level, boolean nullable, String type) {
    }

    private static final Map<String, Column> SPEC = columns();
    private static final Map<String, Map<String, String>> ALLOWED = allowed();

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** FOCUS's unit format: words that start with a capital or a digit, joined by a space or a hyphen. */
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9][A-Za-z0-9]*([ -][A-Z0-9][A-Za-z0-9]*)*");

    static Stream<List<String>> runs() throws IOException {
        List<List<String>> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".md")).sorted().toList()) {
                String f = file.toString();
                runs.add(List.of("solve", f, "--format", "focus", "--month", "2026-12"));
                runs.add(List.of("compare", f, "--format", "focus", "--month", "2026-02", "--points", "4",
                        "--account", "123456789012"));
            }
        }
        runs.add(List.of("sweep", "--format", "focus", "--points", "5", "--month", "2024-02"));
        return runs.stream();
    }

    @ParameterizedTest
    @MethodSource("runs")
    void everyRow_conformsToTheColumnTable(List<String> args) {
        MainTest.Run run = MainTest.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        List<Map<String, String>> rows = parse(run.out());
        assertThat(rows).isNotEmpty();
        Set<String> header = rows.get(0).keySet();
        for (Column column : SPEC.values()) {
            if (column.level().equals("Mandatory")) {
                assertThat(header).as("mandatory column").contains(column.id());
            }
        }
        assertThat(header).allSatisfy(name -> assertThat(SPEC.containsKey(name) || name.startsWith("x_"))
                .as("%s is a FOCUS 1.2 column or starts with x_", name).isTrue());
        for (Map<String, String> row : rows) {
            for (Map.Entry<String, String> cell : row.entrySet()) {
                Column column = SPEC.get(cell.getKey());
                String value = cell.getValue();
                if (column == null) {
                    continue;
                }
                if (value == null) {
                    assertThat(column.nullable()).as("%s may be null; row %s", column.id(), row).isTrue();
                    continue;
                }
                switch (column.type()) {
                    case "Decimal" -> assertThat(value).as(column.id()).matches(DECIMAL);
                    case "Date/Time" -> assertThat(value).as(column.id()).matches(DATE_TIME);
                    default -> { }
                }
                if (column.id().endsWith("Currency")) {
                    assertThat(value).as(column.id()).matches(CURRENCY);
                }
                if (column.id().endsWith("Unit")) {
                    assertThat(value).as(column.id()).matches(UNIT);
                }
                Map<String, String> allowed = ALLOWED.get(column.id());
                if (allowed != null) {
                    assertThat(allowed).as("allowed values of %s", column.id()).containsKey(value);
                }
            }
            relations(row);
        }
    }

    /** The rules between columns that the spec states and that our rows can break. */
    private static void relations(Map<String, String> row) {
        assertThat(ALLOWED.get("ServiceSubcategory").get(row.get("ServiceSubcategory")))
                .as("the parent category of %s", row.get("ServiceSubcategory")).isEqualTo(row.get("ServiceCategory"));
        BigDecimal quantity = new BigDecimal(row.get("PricingQuantity"));
        assertThat(new BigDecimal(row.get("ListCost")))
                .isEqualByComparingTo(new BigDecimal(row.get("ListUnitPrice")).multiply(quantity));
        // ContractedUnitPrice may be rounded to 16 digits when a negotiated discount divides it
        assertThat(new BigDecimal(row.get("ContractedCost")).subtract(
                new BigDecimal(row.get("ContractedUnitPrice")).multiply(quantity)).abs())
                .isLessThan(new BigDecimal("1e-9"));
        boolean usage = row.get("ChargeCategory").equals("Usage") && row.get("ChargeClass") == null;
        assertThat(row.get("ConsumedQuantity") != null).as("ConsumedQuantity on usage rows only").isEqualTo(usage);
        assertThat(row.get("ConsumedUnit") != null).as("ConsumedUnit on usage rows only").isEqualTo(usage);
        assertThat(row.get("SkuId")).isNotNull();
        assertThat(row.get("ChargePeriodStart")).isLessThan(row.get("ChargePeriodEnd"));
        assertThat(row.get("BillingPeriodStart")).isLessThan(row.get("BillingPeriodEnd"));
        assertThat(row.get("SubAccountId")).isEqualTo(row.get("x_Alternative") + "@" + row.get("x_RequestsPerMonth"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachSubAccount_addsUpToItsBill(Path file) {
        // The rows are alternatives: summed by sub-account, never over the file, they give each bill's exact total.
        Scenario s = ScenarioFile.read(file);
        long n = s.workload().requestsPerMonth();
        List<Bill> bills = List.of(s.at(n).serverless(), s.at(n).cluster());
        Map<String, BigDecimal> billed = new HashMap<>();
        for (Map<String, String> row : parse(FocusReport.of(bills, s.pricing(), java.time.YearMonth.of(2026, 12)))) {
            billed.merge(row.get("SubAccountId"), new BigDecimal(row.get("BilledCost")), BigDecimal::add);
        }
        assertThat(billed).hasSize(2);
        for (Bill bill : bills) {
            String id = (bill.side() == org.breakeven.bill.Side.SERVERLESS ? "lambda" : "cluster") + "@" + n;
            assertThat(billed.get(id).subtract(bill.exactTotal().amount()).abs()).as(id)
                    .isLessThan(new BigDecimal("1e-9"));
        }
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    /** Reads RFC 4180 CSV: a header line, then one record a line; an empty field is null. */
    static List<Map<String, String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        for (String line : csv.split("\n")) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.length() == 0 && !wasQuoted ? null : field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else {
                    field.append(c);
                }
            }
            fields.add(field.length() == 0 && !wasQuoted ? null : field.toString());
            records.add(fields);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertThat(record).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String[]> tsv(String name) {
        try (InputStream in = FocusConformanceTest.class.getResourceAsStream("/focus/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Column> columns() {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (String[] f : tsv("columns-1.2.tsv")) {
            columns.put(f[0], new Column(f[0], f[1], f[2].equals("True"), f[3]));
        }
        return columns;
    }

    /** Each column's allowed values, each mapped to its parent category (ServiceSubcategory) or to itself. */
    private static Map<String, Map<String, String>> allowed() {
        Map<String, Map<String, String>> allowed = new HashMap<>();
        for (String[] f : tsv("allowed-values-1.2.tsv")) {
            allowed.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f.length > 2 ? f[2] : f[1]);
        }
        return allowed;
    }

    @org.junit.jupiter.api.Test
    void theColumnTable_isFocus12s() {
        // FOCUS 1.2 has 57 columns, 21 of them mandatory (the issue counts the same 21).
        assertThat(SPEC).hasSize(57);
        Set<String> mandatory = new TreeSet<>();
        SPEC.values().stream().filter(c -> c.level().equals("Mandatory")).forEach(c -> mandatory.add(c.id()));
        assertThat(mandatory).hasSize(21).contains("BilledCost", "ContractedCost", "InvoiceIssuerName",
                "PublisherName", "ChargeClass");
        assertThat(ALLOWED.get("ServiceSubcategory")).containsEntry("NoSQL Databases", "Databases")
                .containsEntry("Application Networking", "Networking").containsEntry("Block Storage", "Storage")
                .doesNotContainKey("NoSQL");
    }
}
