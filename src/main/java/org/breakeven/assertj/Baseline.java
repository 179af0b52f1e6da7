package org.breakeven.assertj;

import java.util.Objects;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;

/**
 * The pricing table a break-even is compared with: the latest shipped version of the scenario's own provider and
 * region, a shipped version by label, or a given table.
 * <pre>{@code
 * jshell> BreakevenAssertions.latest()
 * $1 ==> the latest shipped table of the scenario's region
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Baseline {

    private final String label;
    private final PricingTable table;

    private Baseline(String label, PricingTable table) {
        this.label = label;
        this.table = table;
    }

    /**
     * Obtains the latest shipped table of whichever provider and region the scenario is priced in.
     *
     * @return the baseline
     */
    public static Baseline latest() {
        return new Baseline(null, null);
    }

    /**
     * Obtains a shipped table by its label.
     *
     * @param label the label, such as {@code aws/us-east-1@2024-11-01} or {@code aws/us-east-1@latest}
     * @return the baseline
     * @throws IllegalArgumentException if that version is not shipped
     */
    public static Baseline version(String label) {
        Objects.requireNonNull(label, "label");
        return new Baseline(label, PricingTables.version(label));
    }

    /**
     * Obtains a given table, such as one read from a file.
     *
     * @param table the table
     * @return the baseline
     */
    public static Baseline table(PricingTable table) {
        Objects.requireNonNull(table, "table");
        return new Baseline(table.version(), table);
    }

    /**
     * Gets the table to compare with for a scenario priced on a table.
     *
     * @param current the table the scenario is priced on
     * @return the baseline's table
     */
    PricingTable resolve(PricingTable current) {
        Objects.requireNonNull(current, "current");
        return table != null ? table : PricingTables.latest(current.provider(), current.region());
    }

    /**
     * Outputs {@code the latest shipped table of the scenario's region} or the table's version.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return label == null ? "the latest shipped table of the scenario's region" : label;
    }
}
