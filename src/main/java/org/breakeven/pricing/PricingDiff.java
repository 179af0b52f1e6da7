package org.breakeven.pricing;


import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * What changed from one pricing table to another: rates, allowances and instance types added,
 * removed and changed, with the exact change of every price.
 * <pre>{@code
 * jshell> PricingDiff.between(PricingTables.version("aws", "us-east-1", "2024-07-01"),
 *    ...>     PricingTables.version("aws", "us-east-1", "2024-11-01"))
 * $1 ==> PricingDiff aws/us-east-1@2024-07-01 -> aws/us-east-1@2024-11-01: rates 2 changed
 *   changed rate dynamodb.readRequestUnit (USD per read request unit): 0.00000025 -> 0.000000125 (-0.000000125, -50%)
 *   changed rate dynamodb.writeRequestUnit (USD per write request unit): 0.00000125 -> 0.000000625 (-0.000000625, -50%)
 * }</pre>
 * A rate counts as changed when its unit changes or when any usage pays another price: tiers are
 * compared band by band over the union of both tables' tier boundaries, so a rate whose tiers were only
 * rewritten (one tier split in two at the same price) is unchanged. Prices in different units are not
 * compared. A change of source or note alone is not a change of price and is not listed.
 * <p>
 * The two tables may be versions of one region or two regions, in one currency.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PricingDiff {

    private final PricingTable from;
    private final PricingTable to;
    private final List<Change> changes;

    private PricingDiff(PricingTable from, PricingTable to, List<Change> changes) {
        this.from = from;
        this.to = to;
        this.changes = List.copyOf(changes);
    }

    /**
     * Obtains the differences from one table to another.
     *
     * @param fromTable the older table, or the one compared against
     * @param toTable the newer table
     * @return the differences
     * @throws IllegalArgumentException if the tables have different currencies
     */
    public static PricingDiff between(PricingTable fromTable, PricingTable toTable) {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(toTable, "toTable");
        if (!fromTable.currency().equals(toTable.currency())) {
            throw new IllegalArgumentException("both tables must price in one currency, but " + fromTable.version()
                    + " is in " + fromTable.currency() + " and " + toTable.version() + " in " + toTable.currency());
        }
        List<Change> changes = new ArrayList<>();
        compare(fromTable.rates(), toTable.rates(), RateChange::of, changes);
        compare(fromTable.allowances(), toTable.allowances(), AllowanceChange::of, changes);
        compare(fromTable.instances(), toTable.instances(), InstanceChange::of, changes);
        return new PricingDiff(fromTable, toTable, changes);
    }

    private static <T> void compare(Map<String, T> before, Map<String, T> after,
            BiFunction<T, T, Optional<? extends Change>> diff, List<Change> out) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            diff.apply(before.get(key), after.get(key)).ifPresent(out::add);
        }
    }

    /**
     * Gets the table compared from.
     *
     * @return the older table
     */
    public PricingTable from() {
        return from;
    }

    /**
     * Gets the table compared to.
     *
     * @return the newer table
     */
    public PricingTable to() {
        return to;
    }

    /**
     * Gets every change: rates, then allowances, then instance types, each sorted by key.
     *
     * @return the changes, unmodifiable
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * Gets the changes of rates.
     *
     * @return the rate changes, sorted by key
     */
    public List<RateChange> rates() {
        return only(RateChange.class);
    }

    /**
     * Gets the changes of allowances.
     *
     * @return the allowance changes, sorted by key
     */
    public List<AllowanceChange> allowances() {
        return only(AllowanceChange.class);
    }

    /**
     * Gets the changes of instance types.
     *
     * @return the instance type changes, sorted by name
     */
    public List<InstanceChange> instances() {
        return only(InstanceChange.class);
    }

    private <T extends Change> List<T> only(Class<T> type) {
        return changes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Checks if the tables price everything the same.
     *
     * @return true if there is no change
     */
    public boolean isEmpty() {
        return changes.isEmpty() && initBilling().isEmpty();
    }

    /**
     * Gets the change of the Lambda INIT rule the tables bill ({@link PricingTable#lambdaInitBilling()}), if they bill
     * different ones: a change of what is billed, not of a price, so it is not one of {@link #changes()}.
     *
     * @return the rule before and after, or empty if both tables bill the same rule
     */
    public Optional<InitBillingChange> initBilling() {
        LambdaInitBilling before = from.lambdaInitBilling();
        LambdaInitBilling after = to.lambdaInitBilling();
        return before == after ? Optional.empty() : Optional.of(new InitBillingChange(before, after));
    }

    /**
     * Returns a copy of the older table that bills the newer table's Lambda INIT rule, to price that change on its
     * own.
     *
     * @return the older table with the newer one's INIT rule
     * @throws IllegalStateException if both tables bill the same rule
     */
    public PricingTable applyInitBilling() {
        InitBillingChange change = initBilling().orElseThrow(() -> new IllegalStateException(
                "both tables bill the same Lambda INIT rule, " + from.lambdaInitBilling().id()));
        return from.applyInitBilling(to, "the Lambda INIT rule " + change.after().id() + " of " + to.version());
    }

    /**
     * A change of the Lambda INIT rule between two tables.
     *
     * @param before the rule of the older table
     * @param after the rule of the newer table
     */
    public record InitBillingChange(LambdaInitBilling before, LambdaInitBilling after) {

        /**
         * Creates the change.
         *
         * @param before the older rule
         * @param after the newer rule
         */
        public InitBillingChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /**
         * Outputs the change, such as {@code Lambda INIT billing managedZipFree -> billed (INIT of on-demand ZIP
         * functions on managed runtimes is billed)}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "Lambda INIT billing " + before.id() + " -> " + after.id() + " (INIT of on-demand ZIP functions on"
                    + " managed runtimes is " + (after == LambdaInitBilling.BILLED ? "billed" : "not billed") + ")";
        }
    }

    /**
     * Gets how many changes are of one kind; the counts of the three kinds add up to the size of
     * {@link #changes()}.
     *
     * @param kind added, removed or changed
     * @return the number of changes of that kind, of rates, allowances and instance types together
     */
    public int count(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return (int) changes.stream().filter(change -> change.kind() == kind).count();
    }

    /**
     * Returns a copy of the older table with one change applied: the newer table's rate, allowance or
     * instance type put in (with its source), or a removed one taken out. Pricing a scenario on it
     * shows what that one change does.
     * <p>
     * The copy keeps the older table's version and has no checksum; its title and origin name the change.
     *
     * @param change one of this diff's changes
     * @return the older table with that change
     * @throws IllegalArgumentException if the change is not one of this diff's
     */
    public PricingTable apply(Change change) {
        if (!changes.contains(change)) {
            throw new IllegalArgumentException("change must be one of the " + changes.size() + " changes from "
                    + from.version() + " to " + to.version() + " but was: " + change);
        }
        return apply(from, change, change.label() + " from " + to.version());
    }

    /**
     * Returns the newer table as this diff sees it: the older table's entries with every change applied,
     * under the newer table's version and title. In every usage it charges what the newer table charges,
     * yet it differs from the older table by exactly the changes that this diff counts (a rate whose tiers
     * were only cut differently keeps the older table's tiers). Pricing a scenario on it shows what all the
     * changes do together.
     * <p>
     * The copy has no checksum; its origin is the newer table's, saying the changes were applied to the older.
     *
     * @return the older table with every change, under the newer table's version
     */
    public PricingTable applyAll() {
        PricingTable table = from;
        for (Change change : changes) {
            table = apply(table, change, null);
        }
        return table.versionedAs(to, "as " + from.version() + " with " + (changes.size() == 1 ? "its 1 change"
                : "its " + changes.size() + " changes"));
    }

    private PricingTable apply(PricingTable table, Change change, String label) {
        if (change instanceof RateChange c) {
            return table.applyRate(c.id(), c.after(), c.after() == null ? null : to.sources().get(c.after().source()),
                    label);
        } else if (change instanceof AllowanceChange c) {
            return table.applyAllowance(c.id(), c.after(),
                    c.after() == null ? null : to.sources().get(c.after().source()), label);
        }
        InstanceChange c = (InstanceChange) change;
        return table.applyInstance(c.name(), c.after(), c.after() == null ? null : to.sources().get(c.after().source()),
                label);
    }

    /**
     * Outputs a summary line and one line per change, such as
     * {@code changed rate dynamodb.readRequestUnit (USD per read request unit): 0.00000025 -> 0.000000125
     * (-0.000000125, -50%)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("PricingDiff ").append(from.version()).append(" -> ")
                .append(to.version()).append(": ");
        if (changes.isEmpty()) {
            return text.append(initBilling().map(Object::toString).orElse("no changes")).toString();
        }
        List<String> parts = new ArrayList<>();
        count("rates", rates(), parts);
        count("allowances", allowances(), parts);
        count("instance types", instances(), parts);
        text.append(String.join("; ", parts));
        for (Change change : changes) {
            text.append(System.lineSeparator()).append("  ").append(change);
        }
        return text.toString();
    }

    private static void count(String what, List<? extends Change> list, List<String> out) {
        if (list.isEmpty()) {
            return;
        }
        List<String> counts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            long n = list.stream().filter(c -> c.kind() == kind).count();
            if (n > 0) {
                counts.add(n + " " + kind.label);
            }
        }
        out.add(what + " " + String.join(", ", counts));
    }

    /** Whether an entry was added, removed or changed. */
    public enum Kind {
        /** Only the newer table has it. */
        ADDED("added"),
        /** Only the older table has it. */
        REMOVED("removed"),
        /** Both have it, priced differently. */
        CHANGED("changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Finds the kind from the entry in each table, null where a table lacks it. */
        static Kind of(Object before, Object after) {
            return before == null ? ADDED : after == null ? REMOVED : CHANGED;
        }

        /** Checks that at least one table has the entry. */
        static void requireEither(String what, Object before, Object after) {
            if (before == null && after == null) {
                throw new IllegalArgumentException(what + " must be in at least one of the tables");
            }
        }
    }

    /** One change between two tables: of a rate, an allowance or an instance type. */
    public sealed interface Change permits RateChange, AllowanceChange, InstanceChange {

        /**
         * Gets the key of the entry that changed.
         *
         * @return the key, such as {@code dynamodb.readRequestUnit} or {@code t3.medium}
         */
        String key();

        /**
         * Gets whether the entry was added, removed or changed.
         *
         * @return the kind
         */
        Kind kind();

        /**
         * Gets what changed, such as {@code rate dynamodb.readRequestUnit}.
         *
         * @return the label
         */
        String label();

        /**
         * Checks if both tables have the entry but in different units, so that its numbers are not
         * compared: a price per gateway-hour is not a price per NAT gateway-hour.
         *
         * @return true for a changed rate or allowance whose unit changed; false for an instance type,
         *     whose price is always per instance-hour
         */
        boolean unitChanged();
    }

    /**
     * A number before and after, with its exact change.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param before the older value
     * @param after the newer value
     */
    public record Delta(BigDecimal before, BigDecimal after) {

        /**
         * Creates a delta.
         *
         * @param before the older value
         * @param after the newer value
         */
        public Delta {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /**
         * Gets the exact change, {@code after - before}.
         *
         * @return the change, negative for a fall
         */
        public BigDecimal absolute() {
            return after.subtract(before);
        }

        /**
         * Gets the change in percent of the older value, {@code (after - before) * 100 / before}: exact
         * when the quotient has a finite decimal expansion (as for {@code -50}), otherwise rounded
         * half-even to 34 significant digits ({@link MathContext#DECIMAL128}).
         *
         * @return the percentage, empty when the older value is zero
         */
        public Optional<BigDecimal> percent() {
            if (before.signum() == 0) {
                return Optional.empty();
            }
            BigDecimal hundredfold = absolute().multiply(BigDecimal.valueOf(100));
            BigDecimal percent;
            try {
                percent = hundredfold.divide(before);
            } catch (ArithmeticException nonTerminating) {
                percent = hundredfold.divide(before, MathContext.DECIMAL128);
            }
            return Optional.of(percent.stripTrailingZeros());
        }

        /**
         * Checks if the value did not change.
         *
         * @return true if before and after are numerically equal
         */
        public boolean isZero() {
            return before.compareTo(after) == 0;
        }

        /**
         * Outputs {@code 0.00000025 -> 0.000000125 (-0.000000125, -50%)}, the percentage rounded
         * half-up to two decimals.
         *
         * @return the text
         */
        @Override
        public String toString() {
            String percent = percent().map(p -> ", " + signed(p.setScale(2, RoundingMode.HALF_UP)) + "%").orElse("");
            return Decimals.plain(before) + " -> " + Decimals.plain(after) + " (" + signed(absolute()) + percent + ")";
        }

        private static String signed(BigDecimal value) {
            return (value.signum() > 0 ? "+" : "") + Decimals.plain(value);
        }
    }

    /**
     * The change of price in one band of usage of a tiered rate.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param fromInclusive where the band starts, in the rate's usage unit per month
     * @param toExclusive where it ends, or null for the open-ended last band
     * @param price the price per unit in the band, before and after
     */
    public record TierChange(BigDecimal fromInclusive, BigDecimal toExclusive, Delta price) {

        /**
         * Creates a band's change.
         *
         * @param fromInclusive the start
         * @param toExclusive the end, or null
         * @param price the prices
         */
        public TierChange {
            Objects.requireNonNull(fromInclusive, "fromInclusive");
            Objects.requireNonNull(price, "price");
        }

        /**
         * Outputs {@code 0 to 6000000000: 0.0000166667 -> 0.000015 (-0.0000016667, -10%)}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            String band = toExclusive == null ? "above " + Decimals.plain(fromInclusive)
                    : Decimals.plain(fromInclusive) + " to " + Decimals.plain(toExclusive);
            return band + ": " + price;
        }
    }

    /**
     * The change of one rate.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param id the rate's key
     * @param before the rate in the older table, or null if it was added
     * @param after the rate in the newer table, or null if it was removed
     * @param tiers the bands of usage whose price changed, empty unless the rate changed in one unit
     */
    public record RateChange(String id, Rate before, Rate after, List<TierChange> tiers) implements Change {

        /**
         * Creates a rate change.
         *
         * @param id the key
         * @param before the older rate, or null
         * @param after the newer rate, or null
         * @param tiers the changed bands
         */
        public RateChange {
            Objects.requireNonNull(id, "id");
            Kind.requireEither("rate " + id, before, after);
            tiers = List.copyOf(tiers);
        }

        static Optional<RateChange> of(Rate before, Rate after) {
            String id = (before == null ? after : before).id();
            if (before == null || after == null) {
                return Optional.of(new RateChange(id, before, after, List.of()));
            }
            if (!before.unit().equals(after.unit())) {
                return Optional.of(new RateChange(id, before, after, List.of()));
            }
            List<TierChange> bands = bands(before, after);
            return bands.isEmpty() ? Optional.empty() : Optional.of(new RateChange(id, before, after, bands));
        }

        /**
         * Compares the two rates as functions of usage, {@link Rate#priceAt}: over the union of both rates'
         * tier starts, where each is constant, merging neighbours that agree. A rate whose tiers are only cut
         * differently gives no band.
         */
        private static List<TierChange> bands(Rate before, Rate after) {
            TreeSet<BigDecimal> starts = new TreeSet<>();
            before.tiers().forEach(t -> starts.add(t.fromInclusive()));
            after.tiers().forEach(t -> starts.add(t.fromInclusive()));
            List<BigDecimal> cuts = new ArrayList<>(starts);
            List<TierChange> merged = new ArrayList<>();
            for (int i = 0; i < cuts.size(); i++) {
                BigDecimal start = cuts.get(i);
                BigDecimal end = i + 1 < cuts.size() ? cuts.get(i + 1) : null;
                Delta price = new Delta(before.priceAt(start), after.priceAt(start));
                int last = merged.size() - 1;
                if (last >= 0 && merged.get(last).price().before().compareTo(price.before()) == 0
                        && merged.get(last).price().after().compareTo(price.after()) == 0) {
                    merged.set(last, new TierChange(merged.get(last).fromInclusive(), end, merged.get(last).price()));
                } else {
                    merged.add(new TierChange(start, end, price));
                }
            }
            return merged.stream().filter(band -> !band.price().isZero()).toList();
        }

        @Override
        public String key() {
            return id;
        }

        @Override
        public Kind kind() {
            return Kind.of(before, after);
        }

        @Override
        public String label() {
            return "rate " + id;
        }

        @Override
        public boolean unitChanged() {
            return kind() == Kind.CHANGED && !before.unit().equals(after.unit());
        }

        /**
         * Outputs the change on one line, such as {@code changed rate dynamodb.readRequestUnit (USD per
         * read request unit): 0.00000025 -> 0.000000125 (-0.000000125, -50%)}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return switch (kind()) {
                case ADDED -> "added rate " + after;
                case REMOVED -> "removed rate " + before;
                case CHANGED -> "changed rate " + id + (!unitChanged()
                        ? " (" + after.unit() + "): " + bandsText(tiers)
                        : ": unit " + before.unit() + " -> " + after.unit() + " (prices not compared)");
            };
        }

        private static String bandsText(List<TierChange> tiers) {
            if (tiers.size() == 1 && tiers.get(0).fromInclusive().signum() == 0 && tiers.get(0).toExclusive() == null) {
                return tiers.get(0).price().toString();
            }
            return String.join("; ", tiers.stream().map(TierChange::toString).toList());
        }
    }

    /**
     * The change of one allowance.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param id the allowance's key
     * @param before the allowance in the older table, or null if it was added
     * @param after the allowance in the newer table, or null if it was removed
     */
    public record AllowanceChange(String id, Allowance before, Allowance after) implements Change {

        /**
         * Creates an allowance change.
         *
         * @param id the key
         * @param before the older allowance, or null
         * @param after the newer allowance, or null
         */
        public AllowanceChange {
            Objects.requireNonNull(id, "id");
            Kind.requireEither("allowance " + id, before, after);
        }

        static Optional<AllowanceChange> of(Allowance before, Allowance after) {
            String id = (before == null ? after : before).id();
            boolean same = before != null && after != null && before.unit().equals(after.unit())
                    && before.quantity().compareTo(after.quantity()) == 0;
            return same ? Optional.empty() : Optional.of(new AllowanceChange(id, before, after));
        }

        /**
         * Gets the change of quantity, when both tables have the allowance in one unit.
         *
         * @return the quantities before and after, if comparable
         */
        public Optional<Delta> quantity() {
            return kind() == Kind.CHANGED && !unitChanged()
                    ? Optional.of(new Delta(before.quantity(), after.quantity())) : Optional.empty();
        }

        @Override
        public String key() {
            return id;
        }

        @Override
        public Kind kind() {
            return Kind.of(before, after);
        }

        @Override
        public String label() {
            return "allowance " + id;
        }

        @Override
        public boolean unitChanged() {
            return kind() == Kind.CHANGED && !before.unit().equals(after.unit());
        }

        /**
         * Outputs the change on one line, such as {@code changed allowance lambda.freeTier.requests
         * (requests per month): 1000000 -> 2000000 (+1000000, +100%)}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return switch (kind()) {
                case ADDED -> "added allowance " + after;
                case REMOVED -> "removed allowance " + before;
                case CHANGED -> "changed allowance " + id + quantity().map(q -> " (" + after.unit() + "): " + q)
                        .orElse(": " + before + " -> " + after);
            };
        }
    }

    /**
     * The change of one instance type.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param name the type's name
     * @param before the type in the older table, or null if it was added
     * @param after the type in the newer table, or null if it was removed
     */
    public record InstanceChange(String name, InstanceType before, InstanceType after) implements Change {

        /**
         * Creates an instance type change.
         *
         * @param name the name
         * @param before the older type, or null
         * @param after the newer type, or null
         */
        public InstanceChange {
            Objects.requireNonNull(name, "name");
            Kind.requireEither("instance type " + name, before, after);
        }

        static Optional<InstanceChange> of(InstanceType before, InstanceType after) {
            String name = (before == null ? after : before).name();
            boolean same = before != null && after != null && before.vcpu() == after.vcpu()
                    && before.memoryGib().compareTo(after.memoryGib()) == 0
                    && before.architecture().equals(after.architecture())
                    && before.hourlyPrice().compareTo(after.hourlyPrice()) == 0;
            return same ? Optional.empty() : Optional.of(new InstanceChange(name, before, after));
        }

        /**
         * Gets the change of the hourly price, when both tables have the type.
         *
         * @return the prices per instance-hour before and after, if the type changed
         */
        public Optional<Delta> hourlyPrice() {
            return kind() == Kind.CHANGED ? Optional.of(new Delta(before.hourlyPrice(), after.hourlyPrice()))
                    : Optional.empty();
        }

        @Override
        public String key() {
            return name;
        }

        @Override
        public Kind kind() {
            return Kind.of(before, after);
        }

        @Override
        public String label() {
            return "instance type " + name;
        }

        @Override
        public boolean unitChanged() {
            return false;
        }

        /**
         * Outputs the change on one line, such as {@code changed instance type m5.large (per instance-hour):
         * 0.096 -> 0.107 (+0.011, +11.46%)}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return switch (kind()) {
                case ADDED -> "added instance type " + after;
                case REMOVED -> "removed instance type " + before;
                case CHANGED -> "changed instance type " + name + (sameSize() ? " (per instance-hour): " + hourlyPrice().get()
                        : ": " + before + " -> " + after);
            };
        }

        private boolean sameSize() {
            return before.vcpu() == after.vcpu() && before.memoryGib().compareTo(after.memoryGib()) == 0
                    && before.architecture().equals(after.architecture());
        }
    }
}
