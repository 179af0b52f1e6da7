package org.breakeven.report;

import java.math.BigDecimal;
import java.util.Objects;
import org.breakeven.Bill;
import org.breakeven.BreakevenResult;
import org.breakeven.Crossing;
import org.breakeven.Format;
import org.breakeven.Interval;
import org.breakeven.LineItem;
import org.breakeven.Scenario;
import org.breakeven.cluster.OpsHeadcount;

/**
 * A plain-text report of a scenario's break-even for people: the answer, both bills line by line, the
 * intervals, why, and how one more operations engineer moves the answer.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TextReport {

    /** The loaded yearly cost of one ops FTE used for the sensitivity line: the low end of "$150,000 to
     * $350,000/year" for 1 to 2 engineers in Laquis, "Kubernetes vs Serverless: When to Use What in 2026". */
    public static final long ARTICLE_FTE_YEARLY_COST = 150_000;

    private TextReport() {
    }

    /**
     * Writes the report of a scenario.
     *
     * @param scenario the scenario
     * @return the report text, lines separated by {@code \n}
     */
    public static String of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        BreakevenResult result = scenario.solve();
        StringBuilder out = new StringBuilder();
        out.append("breakeven: Lambda vs EKS cluster\n");
        out.append("Scenario: ").append(scenario).append('\n');
        out.append("Pricing:  ").append(scenario.pricing().version()).append(" (").append(scenario.pricing().title())
                .append(")\n\n");
        out.append(result).append("\n\n");
        bill(out, result.current().serverless());
        bill(out, result.current().cluster());
        out.append("\nCheaper side by traffic:\n");
        for (Interval interval : result.intervals()) {
            out.append("  ").append(interval).append('\n');
        }
        if (result.crosses()) {
            out.append("\nCrossings:\n");
            for (Crossing crossing : result.crossings()) {
                out.append("  ").append(crossing).append(": ").append(crossing.bills()).append('\n');
            }
        }
        out.append("\nWhy: ").append(result.explanation()).append('\n');
        out.append("\nWhat moves it:\n  ").append(withOneMoreEngineer(scenario)).append('\n');
        return out.toString();
    }

    /**
     * Describes how one more operations FTE at the article's USD 150,000 a year moves the break-even.
     *
     * @param scenario the scenario
     * @return one sentence
     */
    public static String withOneMoreEngineer(Scenario scenario) {
        OpsHeadcount ops = scenario.cluster().ops();
        OpsHeadcount more = new OpsHeadcount(ops.fte() + 1,
                ops.fte() > 0 ? ops.loadedYearlyCost() : BigDecimal.valueOf(ARTICLE_FTE_YEARLY_COST));
        BreakevenResult before = scenario.solve();
        BreakevenResult after = scenario.withCluster(scenario.cluster().withOps(more)).solve();
        String what = "With " + Format.plain(BigDecimal.valueOf(more.fte())) + " ops FTE at "
                + scenario.pricing().currency() + " " + Format.whole(more.loadedYearlyCost().doubleValue()) + "/year: ";
        if (after.crosses()) {
            return what + "break-even at " + Format.brief(after.breakEven().getAsDouble()) + " requests/month"
                    + (before.crosses() ? " (was " + Format.brief(before.breakEven().getAsDouble()) + ")" : "") + ".";
        }
        return what + "no break-even in " + scenario.range() + ". " + after.explanation();
    }

    private static void bill(StringBuilder out, Bill bill) {
        out.append(bill.side().label()).append(" bill at ").append(Format.whole(bill.requestsPerMonth().doubleValue()))
                .append(" requests/month:\n");
        for (LineItem item : bill.items()) {
            out.append(String.format(java.util.Locale.ROOT, "  %-48s %18s %s%n", item.name(),
                    item.rounded().toString(), item.paidByClusterToo() ? "(cluster pays too)" : ""));
        }
        out.append(String.format(java.util.Locale.ROOT, "  %-48s %18s%n", "Total", bill.total()));
        if (!bill.comparableTotal().equals(bill.total())) {
            out.append(String.format(java.util.Locale.ROOT, "  %-48s %18s%n", "Total not paid by the cluster too",
                    bill.comparableTotal()));
        }
    }
}
