package org.breakeven;


import org.breakeven.bill.Format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Optional;
import java.util.OptionalLong;
import org.breakeven.pricing.PricingDiff;
import org.breakeven.pricing.PricingTable;

/**
 * How far each change between a scenario's pricing table and another table moves the scenario's
 * break-even and its two bills: each change on its own, and all of them together.
 * <pre>{@code
 * jshell> Scenario s = Breakeven.defaultScenario().withPricing(PricingTables.version("aws", "us-east-1", "2024-07-01"));
 * jshell> PricingImpact.of(s, PricingTables.latest("aws", "us-east-1"))
 * $2 ==> PricingImpact aws/us-east-1@2024-07-01 -> aws/us-east-1@2024-11-01 at 1,000,000 requests/month
 *   before: break-even at 52.4M requests/month; Lambda USD 3.53/month, cluster USD 180.62/month
 *   all 2 changes: no effect on this scenario
 * }</pre>
 * For each change of the {@link PricingDiff} from the scenario's table to the other, the scenario is
 * solved again on its own table with only that change applied ({@link PricingDiff#apply}); the total
 * is the scenario solved on its own table with every change of the diff applied
 * ({@link PricingDiff#applyAll}), which charges what the other table charges, so that "all N changes" are
 * the N changes the diff counts and lists (a tier cut in two at the same price is none of them). Changes
 * that the scenario does not price (an instance type it does not run, a rate of a service it does not
 * call) leave it where it was.
 * <p>
 * A change can make the scenario impossible to price, such as a table that lacks a rate the scenario
 * needs; that effect then carries the model's message instead of a result.
 * <p>
 * A rate whose unit changed is not priced as is: a price per gateway-hour and a price per NAT
 * gateway-hour are different quantities, and the bill models read every rate in the unit they price in.
 * A scenario that uses the rate therefore cannot be priced with the change, and the effect says so,
 * naming both units; for a scenario that does not use it, the text still lists the unit change, saying
 * that it has no effect because the scenario does not use the rate. (Allowances are read by quantity
 * alone, so a changed allowance unit is priced as is.)
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PricingImpact {

    private final Scenario scenario;
    private final PricingDiff diff;
    private final BreakevenResult before;
    private final List<Effect> effects;
    private final Effect initBilling;
    private final Effect total;

    private PricingImpact(Scenario scenario, PricingDiff diff, BreakevenResult before, List<Effect> effects,
            Effect initBilling, Effect total) {
        this.scenario = scenario;
        this.diff = diff;
        this.before = before;
        this.effects = List.copyOf(effects);
        this.initBilling = initBilling;
        this.total = total;
    }

    /**
     * Obtains the impact of moving a scenario from its pricing table to another, change by change.
     *
     * @param scenario the scenario, priced on the older table
     * @param newer the other table, such as a later version of the same region
     * @return the impact
     * @throws IllegalArgumentException if the tables have different currencies
     */
    public static PricingImpact of(Scenario scenario, PricingTable newer) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(newer, "newer");
        PricingDiff diff = PricingDiff.between(scenario.pricing(), newer);
        BreakevenResult before = scenario.solve();
        List<Effect> effects = new ArrayList<>();
        for (PricingDiff.Change change : diff.changes()) {
            effects.add(effect(change.label(), scenario, diff.apply(change), before));
        }
        Effect rule = diff.initBilling().map(change -> effect(change.toString(), scenario, diff.applyInitBilling(),
                before)).orElse(null);
        String all = diff.changes().size() == 1 ? "the 1 change" : "all " + diff.changes().size() + " changes";
        if (rule != null) {
            all += " and the INIT rule";
        }
        return new PricingImpact(scenario, diff, before, effects, rule, effect(all, scenario, diff.applyAll(), before));
    }

    private static Effect effect(String label, Scenario scenario, PricingTable table, BreakevenResult before) {
        try {
            return new Effect(label, before, scenario.withPricing(table).solve(), null);
        } catch (IllegalArgumentException e) {
            return new Effect(label, before, null, e.getMessage());
        }
    }

    /**
     * Gets the scenario, priced on the older table.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * Gets the changes from the scenario's table to the other.
     *
     * @return the diff
     */
    public PricingDiff diff() {
        return diff;
    }

    /**
     * Gets the scenario's result on its own table.
     *
     * @return the result before any change
     */
    public BreakevenResult before() {
        return before;
    }

    /**
     * Gets the effect of each change on its own, in the order of {@link PricingDiff#changes()}.
     *
     * @return one effect per change, unmodifiable
     */
    public List<Effect> effects() {
        return effects;
    }

    /**
     * Gets the effect of one change on its own.
     *
     * @param label the change's label, such as {@code rate dynamodb.readRequestUnit}
     * @return the effect, if the diff has that change
     */
    public Optional<Effect> effect(String label) {
        Objects.requireNonNull(label, "label");
        return effects.stream().filter(e -> e.change().equals(label)).findFirst();
    }

    /**
     * Gets the effect of the change of the Lambda INIT rule on its own ({@link PricingDiff#initBilling()}).
     *
     * @return the effect, or empty if both tables bill the same rule
     */
    public Optional<Effect> initBilling() {
        return Optional.ofNullable(initBilling);
    }

    /**
     * Gets the effect of all changes together: the scenario on its own table with every change applied,
     * which charges what the other table charges.
     *
     * @return the total effect
     */
    public Effect total() {
        return total;
    }

    /**
     * Outputs the result before, each change that moves the scenario, and the total.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder("PricingImpact ").append(diff.from().version()).append(" -> ")
                .append(diff.to().version()).append(" at ").append(Format.whole(scenario.workload().requestsPerMonth()))
                .append(" requests/month").append(nl).append("  before: ").append(Effect.state(before));
        long still = 0;
        if (initBilling != null) {
            text.append(nl).append("  ").append(initBilling.moves() ? initBilling
                    : initBilling.change() + ": no effect on this scenario");
        }
        for (int i = 0; i < effects.size(); i++) {
            Effect effect = effects.get(i);
            PricingDiff.Change change = diff.changes().get(i);
            if (effect.moves()) {
                text.append(nl).append("  ").append(effect);
            } else if (change instanceof PricingDiff.RateChange rate && rate.unitChanged()) {
                text.append(nl).append("  ").append(rate.label()).append(": unit ").append(rate.before().unit())
                        .append(" -> ").append(rate.after().unit())
                        .append("; no effect on this scenario, which does not use the rate");
            } else {
                still++;
            }
        }
        text.append(nl).append("  ").append(total);
        if (still > 0 && total.moves()) {
            text.append(nl).append("  ").append(still).append(still == 1 ? " other change does" : " other changes do")
                    .append(" not move this scenario");
        }
        return text.toString();
    }

    /**
     * What one change, or all of them, does to the scenario: the break-even and both bills at the
     * workload's requests, before and after.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param change what changed, such as {@code rate dynamodb.readRequestUnit} or {@code all 2 changes}
     * @param before the scenario's result on its own table
     * @param after the result with the change, or null if the scenario cannot be priced with it
     * @param failure why the scenario cannot be priced with the change, or null if it can
     */
    public record Effect(String change, BreakevenResult before, BreakevenResult after, String failure) {

        /**
         * Creates an effect: exactly one of {@code after} and {@code failure} is given.
         *
         * @param change the label
         * @param before the result before
         * @param after the result after, or null
         * @param failure the reason there is no result after, or null
         */
        public Effect {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(before, "before");
            if ((after == null) == (failure == null)) {
                throw new IllegalArgumentException("an effect must have either a result after the change or a failure,"
                        + " not " + (after == null ? "neither" : "both"));
            }
        }

        /**
         * Checks if the scenario could be priced with the change.
         *
         * @return true if there is a result after the change
         */
        public boolean isPriced() {
            return after != null;
        }

        /**
         * Gets the break-even before the change.
         *
         * @return the break-even
         */
        public BreakEven breakEvenBefore() {
            return before.breakEven();
        }

        /**
         * Gets the break-even with the change.
         *
         * @return the break-even, empty if the change cannot be priced
         */
        public Optional<BreakEven> breakEvenAfter() {
            return after == null ? Optional.empty() : Optional.of(after.breakEven());
        }

        /**
         * Gets how far the first break-even moves: after minus before, positive when it moves to more
         * requests (Lambda stays cheaper for longer).
         *
         * @return the shift in whole requests per month, empty unless there is a break-even both before and after
         */
        public OptionalLong breakEvenShift() {
            OptionalLong from = breakEvenBefore().asOptional();
            OptionalLong to = breakEvenAfter().map(BreakEven::asOptional).orElse(OptionalLong.empty());
            return from.isPresent() && to.isPresent() ? OptionalLong.of(to.getAsLong() - from.getAsLong())
                    : OptionalLong.empty();
        }

        /**
         * Gets both bills at the workload's requests before the change.
         *
         * @return the bills
         */
        public Comparison billsBefore() {
            return before.current();
        }

        /**
         * Gets both bills at the workload's requests with the change.
         *
         * @return the bills, empty if the change cannot be priced
         */
        public Optional<Comparison> billsAfter() {
            return after == null ? Optional.empty() : Optional.of(after.current());
        }

        /**
         * Checks if the change moves the break-even or either bill, or makes the scenario impossible to price.
         *
         * @return true if anything the result reports changed
         */
        public boolean moves() {
            if (after == null) {
                return true;
            }
            return !before.crossings().stream().map(Crossing::requestsPerMonth).toList()
                    .equals(after.crossings().stream().map(Crossing::requestsPerMonth).toList())
                    || !before.current().serverless().exactTotal().equals(after.current().serverless().exactTotal())
                    || !before.current().cluster().exactTotal().equals(after.current().cluster().exactTotal());
        }

        /**
         * Outputs {@code rate dynamodb.readRequestUnit: break-even 54.2M -> 58.0M requests/month (+3.8M);
         * Lambda USD 19.08 -> USD 17.83/month, cluster USD 103.37 -> USD 103.37/month}. Lambda's bill is
         * the part the cluster does not pay too, as the comparison counts it.
         *
         * @return the text
         */
        @Override
        public String toString() {
            if (after == null) {
                return change + ": cannot be priced: " + failure;
            }
            if (!moves()) {
                return change + ": no effect on this scenario";
            }
            Comparison was = before.current();
            Comparison now = after.current();
            String shift = breakEvenShift().isPresent()
                    ? " (" + (breakEvenShift().getAsLong() > 0 ? "+" : "") + Format.brief(breakEvenShift().getAsLong())
                    + ")" : "";
            return change + ": break-even " + breakEven(before) + " -> " + breakEven(after) + " requests/month" + shift
                    + "; Lambda " + was.serverless().comparableTotal() + " -> " + now.serverless().comparableTotal()
                    + "/month, cluster " + was.cluster().total() + " -> " + now.cluster().total() + "/month";
        }

        static String state(BreakevenResult result) {
            return result.breakEven().summary() + "; Lambda "
                    + result.current().serverless().comparableTotal() + "/month, cluster "
                    + result.current().cluster().total() + "/month";
        }

        private static String breakEven(BreakevenResult result) {
            return result.crosses() ? Format.brief(result.breakEven().requestsPerMonth()) : "none";
        }
    }
}
