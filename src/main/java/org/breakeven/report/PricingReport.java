package org.breakeven.report;

import org.breakeven.bill.Quantity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.breakeven.bill.Format;
import org.breakeven.pricing.Allowance;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Source;
import org.breakeven.pricing.TableVersion;
import org.breakeven.pricing.Tier;

/**
 * Pricing tables for people and programs: the shipped versions, one table's rates, and what changed
 * between two tables.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PricingReport {

    private PricingReport() {
    }

    /**
     * Writes the list of shipped table versions.
     *
     * @param versions the versions, such as {@code PricingTables.versions()}
     * @param format text, json or csv
     * @return the report
     * @throws IllegalArgumentException for the focus format
     */
    public static String versions(List<TableVersion> versions, OutputFormat format) {
        switch (format) {
            case JSON -> {
                ObjectNode root = Json.object();
                ArrayNode list = root.putArray("versions");
                for (TableVersion v : versions) {
                    ObjectNode node = list.addObject();
                    node.put("version", v.label());
                    node.put("provider", v.provider());
                    node.put("region", v.region());
                    node.put("effectiveDate", v.effectiveDate().toString());
                    node.put("path", v.path());
                }
                return Json.write(root);
            }
            case CSV -> {
                StringBuilder out = new StringBuilder();
                Csv.line(out, List.of("version", "provider", "region", "effectiveDate", "path"));
                for (TableVersion v : versions) {
                    Csv.line(out, List.of(v.label(), v.provider(), v.region(), v.effectiveDate().toString(), v.path()));
                }
                return out.toString();
            }
            case TEXT -> {
                TextTable table = new TextTable(new String[] {"Version", "Provider", "Region", "Effective", "File"},
                        new boolean[5]);
                for (TableVersion v : versions) {
                    table.row(v.label(), v.provider(), v.region(), v.effectiveDate().toString(), "pricing/" + v.path());
                }
                return table.render("");
            }
            default -> throw notForPricing(format);
        }
    }

    /**
     * Writes one table: its rates with their tiers, allowances, instance types and sources.
     *
     * @param table the table
     * @param format text, json or csv
     * @return the report
     * @throws IllegalArgumentException for the focus format
     */
    public static String show(PricingTable table, OutputFormat format) {
        Objects.requireNonNull(table, "table");
        switch (format) {
            case JSON -> {
                return Json.write(json(table));
            }
            case CSV -> {
                StringBuilder out = new StringBuilder();
                Csv.line(out, List.of("kind", "id", "unit", "tier", "fromInclusive", "toExclusive", "value", "source"));
                for (Rate rate : table.rates().values()) {
                    for (int t = 0; t < rate.tiers().size(); t++) {
                        Tier tier = rate.tiers().get(t);
                        Csv.line(out, List.of("rate", rate.id(), rate.unit(), Integer.toString(t + 1),
                                Format.plain(tier.fromInclusive()),
                                tier.toExclusive() == null ? "" : Format.plain(tier.toExclusive()),
                                Format.plain(tier.price()), rate.source()));
                    }
                }
                for (Allowance a : table.allowances().values()) {
                    Csv.line(out, List.of("allowance", a.id(), a.unit(), "", "", "", Format.plain(a.quantity()), a.source()));
                }
                for (InstanceType i : table.instances().values()) {
                    Csv.line(out, List.of("instance", i.name(), table.currency() + " per instance-hour", "", "", "",
                            Format.plain(i.hourlyPrice()), i.source()));
                }
                return out.toString();
            }
            case TEXT -> {
                StringBuilder out = new StringBuilder();
                out.append(table.version()).append(": ").append(table.title()).append('\n');
                out.append("Currency ").append(table.currency()).append(", read from ").append(table.origin())
                        .append("\n\nRates:\n");
                TextTable rates = new TextTable(new String[] {"Rate", "Price", "Unit", "Source"}, new boolean[4]);
                for (Rate rate : table.rates().values()) {
                    rates.row(rate.id(), prices(rate), rate.unit(), rate.source());
                }
                out.append(rates.render("  ")).append("\nAllowances:\n");
                TextTable allowances = new TextTable(new String[] {"Allowance", "Quantity", "Unit", "Source"},
                        new boolean[] {false, true, false, false});
                for (Allowance a : table.allowances().values()) {
                    allowances.row(a.id(), Format.plain(a.quantity()), a.unit(), a.source());
                }
                out.append(allowances.render("  ")).append("\nInstance types:\n");
                TextTable instances = new TextTable(new String[] {"Type", "vCPU", "Memory GiB", "Architecture",
                    table.currency() + "/hour", "Source"}, new boolean[] {false, true, true, false, true, false});
                for (InstanceType i : table.instances().values()) {
                    instances.row(i.name(), Integer.toString(i.vcpu()), Format.plain(i.memoryGib()), i.architecture(),
                            Format.plain(i.hourlyPrice()), i.source());
                }
                out.append(instances.render("  ")).append("\nSources:\n");
                for (Source source : table.sources().values()) {
                    out.append("  ").append(source.key()).append(": ").append(source.title()).append("\n    ")
                            .append(source.url()).append(" (published ").append(source.published()).append(", read ")
                            .append(source.read()).append(")\n");
                }
                return out.toString();
            }
            default -> throw notForPricing(format);
        }
    }

    /**
     * Writes what changed from one table to another: rates, allowances and instance types added,
     * removed or repriced, with the relative change of single prices.
     * <p>
     * This is a minimal comparison by key; the pricing package's own diff replaces it when it lands.
     *
     * @param older the older table
     * @param newer the newer table
     * @param format text, json or csv
     * @return the report
     * @throws IllegalArgumentException for the focus format
     */
    public static String diff(PricingTable older, PricingTable newer, OutputFormat format) {
        List<Change> changes = changes(older, newer);
        switch (format) {
            case JSON -> {
                ObjectNode root = Json.object();
                root.put("from", older.version());
                root.put("to", newer.version());
                ArrayNode list = root.putArray("changes");
                for (Change c : changes) {
                    ObjectNode node = list.addObject();
                    node.put("kind", c.kind);
                    node.put("id", c.id);
                    node.put("before", c.before);
                    node.put("after", c.after);
                    if (c.percent == null) {
                        node.putNull("changePercent");
                    } else {
                        node.put("changePercent", c.percent);
                    }
                }
                return Json.write(root);
            }
            case CSV -> {
                StringBuilder out = new StringBuilder();
                Csv.line(out, List.of("kind", "id", "before", "after", "changePercent"));
                for (Change c : changes) {
                    Csv.line(out, List.of(c.kind, c.id, c.before == null ? "" : c.before, c.after == null ? "" : c.after,
                            c.percent == null ? "" : c.percent.toPlainString()));
                }
                return out.toString();
            }
            case TEXT -> {
                StringBuilder out = new StringBuilder("From ").append(older.version()).append(" to ")
                        .append(newer.version()).append(": ");
                if (changes.isEmpty()) {
                    return out.append("no changes\n").toString();
                }
                out.append(changes.size()).append(changes.size() == 1 ? " change\n" : " changes\n");
                TextTable table = new TextTable(new String[] {"Kind", "Id", "Before", "After", "Change"},
                        new boolean[] {false, false, false, false, true});
                for (Change c : changes) {
                    table.row(c.kind, c.id, c.before == null ? "(none)" : c.before, c.after == null ? "(none)" : c.after,
                            c.percent == null ? "" : (c.percent.signum() > 0 ? "+" : "") + c.percent.toPlainString() + "%");
                }
                return out.append(table.render("  ")).toString();
            }
            default -> throw notForPricing(format);
        }
    }

    private record Change(String kind, String id, String before, String after, BigDecimal percent) {
    }

    private static List<Change> changes(PricingTable older, PricingTable newer) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "rate", older.rates(), newer.rates(), PricingReport::prices,
                r -> r.isTiered() ? null : r.firstPrice());
        compare(changes, "allowance", older.allowances(), newer.allowances(), a -> Format.plain(a.quantity()),
                Allowance::quantity);
        compare(changes, "instance", older.instances(), newer.instances(),
                i -> Format.plain(i.hourlyPrice()) + "/hour (" + i.vcpu() + " vCPU, " + Format.plain(i.memoryGib())
                        + " GiB)", InstanceType::hourlyPrice);
        return changes;
    }

    private static <T> void compare(List<Change> out, String kind, Map<String, T> before, Map<String, T> after,
            java.util.function.Function<T, String> text, java.util.function.Function<T, BigDecimal> price) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            T b = before.get(key);
            T a = after.get(key);
            String bt = b == null ? null : text.apply(b);
            String at = a == null ? null : text.apply(a);
            if (Objects.equals(bt, at)) {
                continue;
            }
            BigDecimal percent = null;
            if (a != null && b != null) {
                BigDecimal bp = price.apply(b);
                BigDecimal ap = price.apply(a);
                if (bp != null && ap != null && bp.signum() != 0) {
                    percent = ap.subtract(bp).multiply(BigDecimal.valueOf(100)).divide(bp, 2, RoundingMode.HALF_UP);
                }
            }
            out.add(new Change(kind, key, bt, at, percent));
        }
    }

    private static String prices(Rate rate) {
        if (!rate.isTiered()) {
            return Format.plain(rate.firstPrice());
        }
        StringBuilder text = new StringBuilder();
        for (Tier tier : rate.tiers()) {
            text.append(text.length() == 0 ? "" : "; ").append(Format.plain(tier.price()))
                    .append(tier.toExclusive() == null ? " above " + Format.brief(tier.fromInclusive().doubleValue())
                            : " to " + Format.brief(tier.toExclusive().doubleValue()));
        }
        return text.toString();
    }

    private static ObjectNode json(PricingTable table) {
        ObjectNode root = Json.object();
        root.put("version", table.version());
        root.put("provider", table.provider());
        root.put("region", table.region());
        root.put("effectiveDate", table.effectiveDate().toString());
        root.put("currency", table.currency());
        root.put("title", table.title());
        ObjectNode rates = root.putObject("rates");
        for (Rate rate : table.rates().values()) {
            ObjectNode r = rates.putObject(rate.id());
            r.put("unit", rate.unit());
            r.put("source", rate.source());
            ArrayNode tiers = r.putArray("tiers");
            for (Tier tier : rate.tiers()) {
                ObjectNode t = tiers.addObject();
                t.put("fromInclusive", tier.fromInclusive());
                if (tier.toExclusive() == null) {
                    t.putNull("toExclusive");
                } else {
                    t.put("toExclusive", tier.toExclusive());
                }
                t.put("price", tier.price());
            }
        }
        ObjectNode allowances = root.putObject("allowances");
        for (Allowance a : table.allowances().values()) {
            ObjectNode node = allowances.putObject(a.id());
            node.put("quantity", a.quantity());
            node.put("unit", a.unit());
            node.put("source", a.source());
        }
        ObjectNode instances = root.putObject("instances");
        for (InstanceType i : table.instances().values()) {
            ObjectNode node = instances.putObject(i.name());
            node.put("vcpu", i.vcpu());
            node.put("memoryGib", i.memoryGib());
            node.put("architecture", i.architecture());
            node.put("hourlyPrice", i.hourlyPrice());
            node.put("source", i.source());
        }
        return root;
    }

    private static IllegalArgumentException notForPricing(OutputFormat format) {
        return new IllegalArgumentException("format " + format + " is for bills; pricing reports take text, json or csv");
    }
}
