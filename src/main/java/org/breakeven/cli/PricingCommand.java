package org.breakeven.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.breakeven.Breakeven;
import org.breakeven.PricingImpact;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.breakeven.pricing.PricingDiff;
import org.breakeven.pricing.PricingTable;
import org.breakeven.pricing.PricingTables;
import org.breakeven.report.OutputFormat;
import org.breakeven.report.PricingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pricing list|show|diff}: the rate tables that bills are priced with.
 * <p>
 * This class is mutable: picocli fills it from the arguments of one run.
 */
@Command(name = "pricing", mixinStandardHelpOptions = true,
        description = "List the shipped pricing tables, show one, or show what changed between two.",
        subcommands = {PricingCommand.ListTables.class, PricingCommand.Show.class, PricingCommand.Diff.class},
        footerHeading = "%nExamples:%n",
        footer = {"  breakeven pricing list", "  breakeven pricing show aws/us-east-1@2024-11-01",
            "  breakeven pricing diff aws/us-east-1@2024-11-01 my-table.json",
            "  breakeven pricing diff aws/us-east-1@2024-07-01 latest --scenario examples/default.json"})
final class PricingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The format option of the pricing commands. */
    static final class FormatOption {
        @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
                description = "text (the default), json or csv.")
        OutputFormat format;
    }

    /** {@code pricing list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the pricing table versions shipped in"
            + " the jar.")
    static final class ListTables implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            print(spec, PricingReport.versions(PricingTables.versions(), format.format));
            return Main.OK;
        }
    }

    /** {@code pricing show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one table's rates, free allowances,"
            + " instance types and sources.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", defaultValue = "latest", paramLabel = "TABLE",
                description = "A shipped version such as aws/us-east-1@2024-11-01, latest, or a pricing table file."
                    + " Default: latest.")
        String table;

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            print(spec, PricingReport.show(Tables.load(table), format.format));
            return Main.OK;
        }
    }

    /** {@code pricing diff}. */
    @Command(name = "diff", mixinStandardHelpOptions = true, description = "Show the rates, allowances and instance"
            + " types that differ between two tables: each changed band of usage with its exact difference; a tier cut"
            + " in two at the same price is no change, a changed unit is one.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLDER", description = "A shipped version, latest, or a file.")
        String older;

        @Parameters(index = "1", paramLabel = "NEWER", description = "A shipped version, latest, or a file.")
        String newer;

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Option(names = "--scenario", paramLabel = "SCENARIO", description = "Also show how far each change moves this"
                + " scenario's break-even and both bills (priced with OLDER before, with the change after): a scenario"
                + " file, or 'default' for the built-in scenario. Text format only.")
        String scenario;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PricingTable from = Tables.load(older);
            PricingTable to = Tables.load(newer);
            if (scenario != null && format.format != OutputFormat.TEXT) {
                throw new IllegalArgumentException("--scenario works with --format text only but the format was: "
                        + format.format.name().toLowerCase(java.util.Locale.ROOT));
            }
            if (scenario == null) {
                print(spec, PricingReport.diff(PricingDiff.between(from, to), format.format));
            } else {
                Scenario base = "default".equals(scenario) ? Breakeven.defaultScenario() : ScenarioFile.read(Path.of(scenario));
                print(spec, PricingReport.impact(PricingImpact.of(base.withPricing(from), to)));
            }
            return Main.OK;
        }
    }

    private static void print(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
