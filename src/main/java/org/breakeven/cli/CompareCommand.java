package org.breakeven.cli;

import java.util.concurrent.Callable;
import org.breakeven.report.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code compare}: both monthly bills across a range of traffic, as a table for people.
 * <p>
 * This class is mutable: picocli fills it from the arguments of one run.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Show both monthly bills at log-spaced numbers of requests (rounded to three significant"
            + " digits), with the node count and the cheaper side, and a line where the bills cross."},
        footerHeading = "%nExamples:%n",
        footer = {"  breakeven compare", "  breakeven compare examples/webhook-processor-spiky.yaml --from 1M --to 10B",
            "  breakeven compare scenario.yaml --points 25 --format csv"})
final class CompareCommand extends PointsCommand implements Callable<Integer> {

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (the default), json, csv, or focus (every point's line items as FOCUS rows).")
    OutputFormat format;

    @Option(names = "--points", defaultValue = "11", paramLabel = "N",
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
        return 3;
    }

    @Override
    public Integer call() {
        return run("compare");
    }
}
