package org.breakeven;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.breakeven.bill.Format;
import org.breakeven.cluster.OpsHeadcount;

/**
 * How one change to a scenario moves its break-even: the change in words, the break-even before and after,
 * and why the answer after is what it is. Computed by the library; reports only print it.
 * <pre>{@code
 * jshell> WhatIf.oneMoreOpsEngineer(Breakeven.defaultScenario())
 * $1 ==> With 1 ops FTE at USD 150,000/year: break-even at 3.7B requests/month (was 52.4M).
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param change the change, in words, such as {@code With 1 ops FTE at USD 150,000/year}
 * @param before the break-even of the scenario as it is
 * @param after the break-even with the change
 */
public record WhatIf(String change, BreakEven before, BreakEven after) {

    /**
     * Creates a what-if.
     *
     * @param change the change, not blank
     * @param before the break-even before
     * @param after the break-even after
     */
    public WhatIf {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (change.isBlank()) {
            throw new IllegalArgumentException("a what-if needs its change in words, such as \"With 512 MB\", but it"
                    + " was blank");
        }
    }

    /**
     * Solves a scenario as it is and with one change.
     *
     * @param scenario the scenario
     * @param change the change in words
     * @param apply makes the changed scenario
     * @return the what-if
     */
    public static WhatIf of(Scenario scenario, String change, UnaryOperator<Scenario> apply) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(apply, "apply");
        return new WhatIf(change, scenario.solve().breakEven(), apply.apply(scenario).solve().breakEven());
    }

    /**
     * Solves a scenario with one more operations FTE, at the scenario's own loaded yearly cost or, when it
     * has no ops headcount, at {@link OpsHeadcount#ARTICLE_LOADED_YEARLY_COST}.
     *
     * @param scenario the scenario
     * @return the what-if
     */
    public static WhatIf oneMoreOpsEngineer(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        OpsHeadcount more = scenario.cluster().ops().plusOneFte();
        String change = "With " + Format.plain(BigDecimal.valueOf(more.fte())) + " ops FTE at "
                + scenario.pricing().currency() + " " + Format.whole(more.loadedYearlyCost().doubleValue()) + "/year";
        return of(scenario, change, s -> s.withCluster(s.cluster().withOps(more)));
    }

    /**
     * Gets how far the break-even moved, in whole requests, when there is one before and after.
     *
     * @return after minus before, positive when Lambda stays cheaper for longer, or empty
     */
    public OptionalLong shift() {
        return before.exists() && after.exists()
                ? OptionalLong.of(after.requestsPerMonth() - before.requestsPerMonth())
                : OptionalLong.empty();
    }

    /**
     * Outputs {@code With 1 ops FTE at USD 150,000/year: break-even at 3.7B requests/month (was 52.4M).},
     * followed, when the change leaves no break-even in the range, by why.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String text = change + ": " + BreakEven.moved(before, after) + ".";
        return after.exists() ? text : text + " " + after.why();
    }
}
