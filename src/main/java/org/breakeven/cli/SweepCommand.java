package org.breakeven.cli;

import java.util.concurrent.Callable;
import org.breakeven.report.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: both monthly bills at many numbers of requests, as CSV for a spreadsheet or a plot.
 * <p>
 * This class is mutable: picocli fills it from the arguments of one run.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Write both monthly bills at log-spaced whole numbers of requests as CSV: requestsPerMonth,"
            + " lambdaMonthly (the lines the cluster does not pay too), lambdaMonthlyWithShared, clusterMonthly, nodes,"
            + " cheaper, currency."},
        footerHeading = "%nExamples:%n",
        footer = {"  breakeven sweep > sweep.csv", "  breakeven sweep scenario.yaml --from 1 --to 10B --points 1000",
            "  breakeven sweep scenario.yaml --format json"})
final class SweepCommand extends PointsCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv (the default), json, text, or focus (every point's line items as FOCUS rows).")
    OutputFormat format;

    @Option(names = "--points", defaultValue = "200", paramLabel = "N",
            description = "How many points, 2 to 100000. Default: ${DEFAULT-VALUE}.")
    int points;

    @Override
    OutputFormat format() {
        return format;
    }

    @Override
    int points() {
        return points;
    }

    @Override
    int significantDigits() {
        return 15;
    }

    @Override
    public Integer call() {
        return run("sweep");
    }
}
