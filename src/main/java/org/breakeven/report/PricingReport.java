package org.breakeven.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.breakeven.PricingImpact;
import org.breakeven.bill.Format;
import org.breakeven.pricing.Allowance;
import org.breakeven.pricing.InstanceType;
import org.breakeven.pricing.PricingDiff;
import org.breakeven.pricing.PricingDiff.AllowanceChange;
import org.breakeven.pricing.PricingDiff.Delta;
import org.breakeven.pricing.PricingDiff.InstanceChange;
import org.breakeven.pricing.PricingDiff.Kind;
import org.breakeven.pricing.PricingDiff.RateChange;
import org.breakeven.pricing.PricingDiff.TierChange;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.Rate;
import org.breakeven.pricing.Source;
import org.breakeven.pricing.TableVersion;
import org.breakeven.pricing.Tier;

/**
 * Pricing tables for people and programs: the shipped versions, one table's rates, what changed
 * between two tables ({@link PricingDiff}) and how far that moves a scenario ({@link PricingImpact}).
 * It renders what the library computed and compares nothing itself.
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
                        Csv.line(out, List.of("rate", printable(rate.id()), printable(rate.unit()), Integer.toString(t + 1),
                                Format.plain(tier.fromInclusive()),
                                tier.toExclusive() == null ? "" : Format.plain(tier.toExclusive()),
                                Format.plain(tier.price()), printable(rate.source())));
                    }
                }
                for (Allowance a : table.allowances().values()) {
                    Csv.line(out, List.of("allowance", printable(a.id()), printable(a.unit()), "", "", "",
                            Format.plain(a.quantity()), printable(a.source())));
                }
                for (InstanceType i : table.instances().values()) {
                    Csv.line(out, List.of("instance", printable(i.name()), table.currency() + " per instance-hour", "", "",
                            "", Format.plain(i.hourlyPrice()), printable(i.source())));
                }
                return out.toString();
            }
            case TEXT -> {
                StringBuilder out = new StringBuilder();
                out.append(table.version()).append(": ").append(printable(table.title())).append('\n');
                out.append("Currency ").append(table.currency()).append(", read from ").append(printable(table.origin()))
                        .append("\n\nRates:\n");
                TextTable rates = new TextTable(new String[] {"Rate", "Price", "Unit", "Source"}, new boolean[4]);
                for (Rate rate : table.rates().values()) {
                    rates.row(printable(rate.id()), prices(rate), printable(rate.unit()), printable(rate.source()));
                }
                out.append(rates.render("  ")).append("\nAllowances:\n");
                TextTable allowances = new TextTable(new String[] {"Allowance", "Quantity", "Unit", "Source"},
                        new boolean[] {false, true, false, false});
                for (Allowance a : table.allowances().values()) {
                    allowances.row(printable(a.id()), Format.plain(a.quantity()), printable(a.unit()), printable(a.source()));
                }
                out.append(allowances.render("  ")).append("\nInstance types:\n");
                TextTable instances = new TextTable(new String[] {"Type", "vCPU", "Memory GiB", "Architecture",
                    table.currency() + "/hour", "Source"}, new boolean[] {false, true, true, false, true, false});
                for (InstanceType i : table.instances().values()) {
                    instances.row(printable(i.name()), Integer.toString(i.vcpu()), Format.plain(i.memoryGib()),
                            i.architecture(), Format.plain(i.hourlyPrice()), printable(i.source()));
                }
                out.append(instances.render("  ")).append("\nSources:\n");
                for (Source source : table.sources().values()) {
                    out.append("  ").append(printable(source.key())).append(": ").append(printable(source.title()))
                            .append("\n    ").append(source.address().map(PricingReport::printable).orElse("(no address)"))
                            .append(" (published ").append(source.published()).append(", read ").append(source.read())
                            .append(")\n");
                }
                return out.toString();
            }
            default -> throw notForPricing(format);
        }
    }

    /**
     * Writes what changed from one table to another, as the {@link PricingDiff} says: rates, allowances and
     * instance types added, removed or changed, each changed band of a tiered rate on its own line with the
     * exact difference and its percentage. A tier cut in two at the same price is no change; a rate or an
     * allowance whose unit changed is a change whose numbers are not compared. The count in the heading
     * (text) or under {@code counts} (JSON) is the number of changes, the sum of those added, removed and
     * changed, and the same as {@code all N changes} of a {@link PricingImpact} on the same tables.
     * <pre>{@code
     * jshell> System.out.print(PricingReport.diff(PricingDiff.between(PricingTables.version("aws/us-east-1@2024-07-01"),
     *    ...>     PricingTables.version("aws/us-east-1@2024-11-01")), OutputFormat.TEXT))
     * From aws/us-east-1@2024-07-01 to aws/us-east-1@2024-11-01: 2 changes (2 changed)
     *   Change   Entry                           Usage  Unit                            Before        After  Difference
     *   -------  ------------------------------  -----  --------------------------  ----------  -----------  -------------------
     *   changed  rate dynamodb.readRequestUnit   all    USD per read request unit   0.00000025  0.000000125  -0.000000125 (-50%)
     *   changed  rate dynamodb.writeRequestUnit  all    USD per write request unit  0.00000125  0.000000625  -0.000000625 (-50%)
     * }</pre>
     *
     * @param diff the changes, such as {@code PricingDiff.between(older, newer)}
     * @param format text, json or csv
     * @return the report
     * @throws IllegalArgumentException for the focus format
     */
    public static String diff(PricingDiff diff, OutputFormat format) {
        Objects.requireNonNull(diff, "diff");
        switch (format) {
            case JSON -> {
                return Json.write(diffJson(diff));
            }
            case CSV -> {
                StringBuilder out = new StringBuilder();
                Csv.line(out, DIFF_COLUMNS);
                diff.initBilling().ifPresent(rule -> Csv.line(out, Arrays.asList("changed", "rule", "lambdaInitBilling",
                        null, null, null, null, rule.before().id(), rule.after().id(), null, null)));
                for (Line line : lines(diff)) {
                    Csv.line(out, Arrays.asList(line.kind(), line.entry(), printable(line.key()),
                            plainOrNull(line.fromInclusive()), plainOrNull(line.toExclusive()),
                            printable(line.csvUnit(line.unitBefore(), line.sizeBefore())),
                            printable(line.csvUnit(line.unitAfter(), line.sizeAfter())), line.before(),
                            line.after(), line.delta() == null ? null : Format.plain(line.delta().absolute()),
                            line.delta() == null ? null : line.delta().percent().map(PricingReport::rounded).orElse(null)));
                }
                return out.toString();
            }
            case TEXT -> {
                StringBuilder out = new StringBuilder(heading(diff)).append('\n');
                diff.initBilling().ifPresent(rule -> out.append("  Rule changed: ").append(rule).append('\n'));
                if (diff.changes().isEmpty()) {
                    return out.toString();
                }
                TextTable table = new TextTable(new String[] {"Change", "Entry", "Usage", "Unit", "Before", "After",
                    "Difference"}, new boolean[] {false, false, false, false, true, true, false});
                String previous = null;
                for (Line line : lines(diff)) {
                    boolean same = line.label().equals(previous);
                    previous = line.label();
                    table.row(same ? "" : line.kind(), same ? "" : printable(line.label()), usage(line), printable(unit(line)),
                            value(line.before(), line.resized() ? line.sizeBefore() : null),
                            value(line.after(), line.resized() ? line.sizeAfter() : null), difference(line));
                }
                return out.append(table.render("  ")).toString();
            }
            default -> throw notForPricing(format);
        }
    }

    /**
     * Writes how far each change between a scenario's table and another moves the scenario: the table of
     * {@link #diff} of the impact's own diff, so that both always count the same changes, then the
     * impact, change by change and in total, as {@link PricingImpact#toString()} gives it.
     *
     * @param impact the impact, such as {@code PricingImpact.of(scenario, newer)}
     * @return the text report
     */
    public static String impact(PricingImpact impact) {
        Objects.requireNonNull(impact, "impact");
        StringBuilder out = new StringBuilder(diff(impact.diff(), OutputFormat.TEXT)).append('\n');
        for (String line : impact.toString().split(System.lineSeparator(), -1)) {
            out.append(printable(line)).append('\n');
        }
        return out.toString();
    }

    /**
     * The columns of the CSV diff: one record per changed band of a rate (per tier of a rate added or
     * removed), or per other change. An instance type's unit names its size, such as
     * {@code USD per instance-hour of 2 vCPU, 4 GiB, x86_64}, so that a resize shows.
     */
    static final List<String> DIFF_COLUMNS = List.of("kind", "entry", "key", "fromInclusive", "toExclusive", "unitBefore",
            "unitAfter", "before", "after", "difference", "changePercent");

    /**
     * One line of a diff: a changed band of a rate, a rate's tier when it was added or removed, or a whole
     * allowance or instance type. Numbers are written as they are in the tables; null where there is none.
     */
    private record Line(String kind, String entry, String key, String label, BigDecimal fromInclusive,
            BigDecimal toExclusive, String unitBefore, String unitAfter, String before, String after, Delta delta,
            boolean unitChanged, String sizeBefore, String sizeAfter) {

        Line(String kind, String entry, String key, String label, BigDecimal fromInclusive, BigDecimal toExclusive,
                String unitBefore, String unitAfter, String before, String after, Delta delta, boolean unitChanged) {
            this(kind, entry, key, label, fromInclusive, toExclusive, unitBefore, unitAfter, before, after, delta,
                    unitChanged, null, null);
        }

        /** Whether an instance type changed its size, which the text then shows next to its prices. */
        boolean resized() {
            return sizeBefore != null && sizeAfter != null && !sizeBefore.equals(sizeAfter);
        }

        /** The unit as the CSV gives it: an instance type's price is per hour of an instance of its size. */
        String csvUnit(String unit, String size) {
            return unit == null || size == null ? unit : unit + " of " + size;
        }
    }

    private static List<Line> lines(PricingDiff diff) {
        List<Line> lines = new ArrayList<>();
        String perInstanceHour = diff.to().currency() + " per instance-hour";
        for (PricingDiff.Change change : diff.changes()) {
            String kind = change.kind().name().toLowerCase(Locale.ROOT);
            if (change instanceof RateChange c) {
                if (c.kind() == Kind.CHANGED && !c.unitChanged()) {
                    for (TierChange band : c.tiers()) {
                        lines.add(new Line(kind, "rate", c.id(), c.label(), band.fromInclusive(), band.toExclusive(),
                                c.before().unit(), c.after().unit(), Format.plain(band.price().before()),
                                Format.plain(band.price().after()), band.price(), false));
                    }
                } else if (c.kind() == Kind.CHANGED) {
                    lines.add(new Line(kind, "rate", c.id(), c.label(), null, null, c.before().unit(), c.after().unit(),
                            exactPrices(c.before()), exactPrices(c.after()), null, true));
                } else {
                    Rate rate = c.kind() == Kind.ADDED ? c.after() : c.before();
                    for (Tier tier : rate.tiers()) {
                        String price = Format.plain(tier.price());
                        lines.add(new Line(kind, "rate", c.id(), c.label(), tier.fromInclusive(), tier.toExclusive(),
                                c.before() == null ? null : rate.unit(), c.after() == null ? null : rate.unit(),
                                c.before() == null ? null : price, c.after() == null ? null : price, null, false));
                    }
                }
            } else if (change instanceof AllowanceChange c) {
                lines.add(new Line(kind, "allowance", c.id(), c.label(), null, null,
                        c.before() == null ? null : c.before().unit(), c.after() == null ? null : c.after().unit(),
                        c.before() == null ? null : Format.plain(c.before().quantity()),
                        c.after() == null ? null : Format.plain(c.after().quantity()), c.quantity().orElse(null),
                        c.unitChanged()));
            } else {
                InstanceChange c = (InstanceChange) change;
                lines.add(new Line(kind, "instance type", c.name(), c.label(), null, null,
                        c.before() == null ? null : perInstanceHour, c.after() == null ? null : perInstanceHour,
                        c.before() == null ? null : Format.plain(c.before().hourlyPrice()),
                        c.after() == null ? null : Format.plain(c.after().hourlyPrice()), c.hourlyPrice().orElse(null),
                        false, c.before() == null ? null : size(c.before()), c.after() == null ? null : size(c.after())));
            }
        }
        return lines;
    }

    private static String heading(PricingDiff diff) {
        StringBuilder out = new StringBuilder("From ").append(diff.from().version()).append(" to ")
                .append(diff.to().version()).append(": ");
        int n = diff.changes().size();
        if (n == 0) {
            return out.append("no changes").toString();
        }
        List<String> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (diff.count(kind) > 0) {
                kinds.add(diff.count(kind) + " " + kind.name().toLowerCase(Locale.ROOT));
            }
        }
        return out.append(n).append(n == 1 ? " change (" : " changes (").append(String.join(", ", kinds)).append(')')
                .toString();
    }

    private static String value(String number, String size) {
        return number == null ? "(none)" : size == null ? number : number + " (" + size + ")";
    }

    private static String usage(Line line) {
        if (line.fromInclusive() == null) {
            return "";
        }
        if (line.toExclusive() == null) {
            return line.fromInclusive().signum() == 0 ? "all" : "from " + Format.brief(line.fromInclusive().doubleValue());
        }
        return Format.brief(line.fromInclusive().doubleValue()) + " to " + Format.brief(line.toExclusive().doubleValue());
    }

    private static String unit(Line line) {
        if (line.unitBefore() == null || line.unitAfter() == null || line.unitBefore().equals(line.unitAfter())) {
            return line.unitBefore() == null ? line.unitAfter() : line.unitBefore();
        }
        return line.unitBefore() + " -> " + line.unitAfter();
    }

    private static String difference(Line line) {
        if (line.unitChanged()) {
            return "unit changed; not compared";
        }
        if (line.delta() == null) {
            return "";
        }
        return signed(line.delta().absolute()) + line.delta().percent().map(p -> " (" + (p.signum() > 0 ? "+" : "")
                + rounded(p) + "%)").orElse("");
    }

    /** A percentage rounded half-up to two decimals, without trailing zeros: {@code 11.46}, {@code -50}. */
    private static String rounded(BigDecimal percent) {
        return Format.plain(percent.setScale(2, RoundingMode.HALF_UP));
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + Format.plain(value);
    }

    private static String plainOrNull(BigDecimal value) {
        return value == null ? null : Format.plain(value);
    }

    private static String size(InstanceType type) {
        return type.vcpu() + " vCPU, " + Format.plain(type.memoryGib()) + " GiB, " + type.architecture();
    }

    /** A rate's prices with exact tier ends, for a rate whose unit changed: {@code 0.3 to 100; 0.2 from 100}. */
    private static String exactPrices(Rate rate) {
        if (!rate.isTiered()) {
            return Format.plain(rate.firstPrice());
        }
        List<String> tiers = new ArrayList<>();
        for (Tier tier : rate.tiers()) {
            tiers.add(Format.plain(tier.price()) + (tier.toExclusive() == null ? " from " + Format.plain(tier.fromInclusive())
                    : " to " + Format.plain(tier.toExclusive())));
        }
        return String.join("; ", tiers);
    }

    private static ObjectNode diffJson(PricingDiff diff) {
        ObjectNode root = Json.object();
        root.put("from", diff.from().version());
        root.put("to", diff.to().version());
        ObjectNode counts = root.putObject("counts");
        for (Kind kind : Kind.values()) {
            counts.put(kind.name().toLowerCase(Locale.ROOT), diff.count(kind));
        }
        counts.put("total", diff.changes().size());
        diff.initBilling().ifPresent(rule -> {
            ObjectNode init = root.putObject("lambdaInitBilling");
            init.put("before", rule.before().id());
            init.put("after", rule.after().id());
        });
        ArrayNode list = root.putArray("changes");
        for (PricingDiff.Change change : diff.changes()) {
            ObjectNode node = list.addObject();
            node.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
            node.put("entry", change instanceof RateChange ? "rate" : change instanceof AllowanceChange ? "allowance"
                    : "instance type");
            node.put("key", change.key());
            node.put("unitChanged", change.unitChanged());
            ArrayNode differences;
            if (change instanceof RateChange c) {
                entry(node, "before", c.before(), PricingReport::rateJson);
                entry(node, "after", c.after(), PricingReport::rateJson);
                differences = node.putArray("differences");
                for (TierChange band : c.tiers()) {
                    ObjectNode d = delta(differences.addObject(), band.price());
                    d.put("fromInclusive", band.fromInclusive());
                    if (band.toExclusive() == null) {
                        d.putNull("toExclusive");
                    } else {
                        d.put("toExclusive", band.toExclusive());
                    }
                }
            } else if (change instanceof AllowanceChange c) {
                entry(node, "before", c.before(), PricingReport::allowanceJson);
                entry(node, "after", c.after(), PricingReport::allowanceJson);
                differences = node.putArray("differences");
                c.quantity().ifPresent(q -> delta(differences.addObject(), q));
            } else {
                InstanceChange c = (InstanceChange) change;
                entry(node, "before", c.before(), PricingReport::instanceJson);
                entry(node, "after", c.after(), PricingReport::instanceJson);
                differences = node.putArray("differences");
                c.hourlyPrice().ifPresent(p -> delta(differences.addObject(), p));
            }
        }
        return root;
    }

    private static <T> void entry(ObjectNode node, String name, T value, BiConsumer<ObjectNode, T> write) {
        if (value == null) {
            node.putNull(name);
        } else {
            write.accept(node.putObject(name), value);
        }
    }

    private static ObjectNode delta(ObjectNode node, Delta delta) {
        node.put("before", delta.before());
        node.put("after", delta.after());
        node.put("absolute", delta.absolute());
        if (delta.percent().isPresent()) {
            node.put("percent", delta.percent().get());
        } else {
            node.putNull("percent");
        }
        return node;
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
            rateJson(rates.putObject(rate.id()), rate);
        }
        ObjectNode allowances = root.putObject("allowances");
        for (Allowance a : table.allowances().values()) {
            allowanceJson(allowances.putObject(a.id()), a);
        }
        ObjectNode instances = root.putObject("instances");
        for (InstanceType i : table.instances().values()) {
            instanceJson(instances.putObject(i.name()), i);
        }
        return root;
    }

    private static void rateJson(ObjectNode r, Rate rate) {
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

    private static void allowanceJson(ObjectNode node, Allowance a) {
        node.put("quantity", a.quantity());
        node.put("unit", a.unit());
        node.put("source", a.source());
    }

    private static void instanceJson(ObjectNode node, InstanceType i) {
        node.put("vcpu", i.vcpu());
        node.put("memoryGib", i.memoryGib());
        node.put("architecture", i.architecture());
        node.put("hourlyPrice", i.hourlyPrice());
        node.put("source", i.source());
    }

    /**
     * Escapes what a terminal would act on in text from a table (a title, a key, a unit): every character that
     * is not printable, such as ESC, which starts a terminal escape sequence, a line break or a bidirectional
     * override, is written as a Java escape, backslash-u and four hex digits; everything else is kept. The text
     * and CSV reports show every such text through this; JSON escapes control characters itself. (The bill
     * kernel's {@code Format} is getting the same helper; this one can give way to it.)
     *
     * @param text the text, or null
     * @return the text with what is not printable escaped, or null for null
     */
    private static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean shown = switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
                default -> true;
            };
            if (!shown && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (shown) {
                if (out != null) {
                    out.appendCodePoint(c);
                }
                i += Character.charCount(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(i)));
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static IllegalArgumentException notForPricing(OutputFormat format) {
        return new IllegalArgumentException("format " + format + " is for bills; pricing reports take text, json or csv");
    }
}
