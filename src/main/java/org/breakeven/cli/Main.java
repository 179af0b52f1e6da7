package org.breakeven.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.breakeven.Breakeven;
import org.breakeven.Scenario;
import org.breakeven.ScenarioFile;
import org.breakeven.report.TextReport;

/**
 * The command line: prints the break-even report of the built-in default scenario, or of a scenario file.
 * <pre>
 * mvn -q compile exec:java
 * mvn -q compile exec:java -Dexec.args="examples/default.json"
 * </pre>
 * Exit codes: 0 done, 2 bad input.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the program.
     *
     * @param args an optional scenario file
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the program with the given streams.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length > 1 || args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
                err.println("usage: breakeven [scenario.json]   (no argument: the built-in default scenario)");
                return args.length == 1 ? 0 : 2;
            }
            Scenario scenario = args.length == 0 ? Breakeven.defaultScenario() : ScenarioFile.read(Path.of(args[0]));
            out.print(TextReport.of(scenario));
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("breakeven: " + e.getMessage());
            return 2;
        }
    }
}
