package org.breakeven.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code solve}, {@code compare}, {@code sweep}, {@code chart} and {@code pricing}.
 * With no command, or a scenario file as the first argument, it runs {@code solve}.
 * <pre>
 * mvn -q compile exec:java
 * mvn -q compile exec:java -Dexec.args="compare examples/arm64-graviton.yaml"
 * java -jar target/breakeven-0.1.0-SNAPSHOT-cli.jar chart examples/default.json -o breakeven.svg
 * </pre>
 * Exit codes: 0 done, 1 a check failed ({@code --fail-if-below}, {@code --fail-if-above}), 2 bad input or
 * output that cannot be written (one line on standard error; the stack trace too with {@code --verbose}),
 * 3 an internal error. Every message escapes control characters ({@link org.breakeven.bill.Format#printable}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Main {

    /** The exit code of a run that did what was asked. */
    public static final int OK = 0;
    /** The exit code of a check that failed, such as {@code solve --fail-if-below}. */
    public static final int CHECK_FAILED = 1;
    /**
     * The exit code of bad input (an unknown option, a malformed or out-of-range scenario, a missing file) or
     * of output that cannot be written (a full disk, a closed standard output, a folder that does not exist).
     */
    public static final int BAD_INPUT = 2;
    /** The exit code of an error in breakeven itself. */
    public static final int INTERNAL_ERROR = 3;

    private static final Set<String> COMMANDS = Set.of("solve", "compare", "sweep", "chart", "pricing", "check", "help");
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    /**
     * Runs the program and exits with its exit code, unless that is 0.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        // Standard output as a file stream, not System.out: a PrintStream hides why a write failed.
        int code = run(args, new FileOutputStream(FileDescriptor.out), System.err, System.console() != null,
                Output.FILES);
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * Runs the program with the given streams, without a progress bar.
     *
     * @param args the command and its arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * Runs the program with the given streams.
     *
     * @param args the command and its arguments
     * @param out standard output
     * @param err standard error
     * @param terminal true if standard error is a terminal, which shows a progress bar for slow work
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, out, err, terminal, Output.FILES);
    }

    /**
     * Runs the program, then checks that everything it wrote to {@code out} was written: if not, it says what
     * could not be written on standard error and returns {@link #BAD_INPUT}, whatever the command returned.
     */
    static int run(String[] args, OutputStream out, PrintStream err, boolean terminal, Output files) {
        String[] effective = withDefaultCommand(args);
        boolean verbose = Arrays.asList(effective).contains("--verbose");
        Root root = new Root(err, terminal, files);
        Output.Standard standard = new Output.Standard(out);
        CommandLine line = new CommandLine(root);
        line.setOut(new PrintWriter(new OutputStreamWriter(standard, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.registerConverter(Integer.class, Main::wholeNumber);
        line.registerConverter(Integer.TYPE, Main::wholeNumber);
        line.setParameterExceptionHandler((e, arguments) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            e.getCommandLine().getErr().println(command + ": " + Messages.line(e.getMessage()) + " (see " + command
                    + " --help)");
            if (verbose) {
                e.printStackTrace(e.getCommandLine().getErr());
            }
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter error = commandLine.getErr();
            int code = badInput(e) ? BAD_INPUT : INTERNAL_ERROR;
            error.println("breakeven: " + (code == INTERNAL_ERROR ? "internal error: " + e.getClass().getName() + ": " : "")
                    + Messages.line(message(e)));
            if (verbose) {
                e.printStackTrace(error);
            } else if (code == INTERNAL_ERROR) {
                error.println("breakeven: run again with --verbose for the stack trace");
            }
            return code;
        });
        int code = line.execute(effective);
        line.getOut().flush();
        Optional<Output.Failure> failure = standard.failure();
        if (failure.isPresent()) {
            line.getErr().println("breakeven: " + Messages.line(failure.get().getMessage()));
            if (verbose) {
                failure.get().printStackTrace(line.getErr());
            }
            code = BAD_INPUT;
        }
        line.getErr().flush();
        return code;
    }

    /** Reads a whole number option such as {@code --points}, quoting a bad value briefly. */
    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(Messages.quote(text) + " is not a whole number such as 200");
        }
    }

    /** Runs {@code solve} when no command is given, so that a bare run or a bare file name still works. */
    static String[] withDefaultCommand(String[] args) {
        int first = 0;
        while (first < args.length && "--verbose".equals(args[first])) {
            first++;
        }
        if (first < args.length && (COMMANDS.contains(args[first]) || TOP_LEVEL_OPTIONS.contains(args[first]))) {
            return args.clone();
        }
        String[] result = new String[args.length + 1];
        result[0] = "solve";
        System.arraycopy(args, 0, result, 1, args.length);
        return result;
    }

    /**
     * Tells bad input from a fault of ours: a value out of range, a malformed scenario or pricing table
     * (their exceptions are {@link IllegalArgumentException}s), a file that cannot be read, or output that
     * cannot be written, is the caller's to fix; anything else is an internal error.
     */
    static boolean badInput(Exception e) {
        return e instanceof IllegalArgumentException || e instanceof UncheckedIOException || e instanceof IOException;
    }

    /** The message of an error, naming the file for the usual file system failures. */
    static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && !(e instanceof Output.Failure) ? e.getCause() : e;
        if (cause instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (cause instanceof AccessDeniedException denied) {
            return "cannot read " + denied.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The top command, which holds what every command shares. */
    @Command(name = "breakeven", mixinStandardHelpOptions = true, versionProvider = Version.class,
            subcommands = {SolveCommand.class, CompareCommand.class, SweepCommand.class, ChartCommand.class,
                PricingCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
            description = {"At how many requests per month does an AWS Lambda bill overtake the same service on an"
                + " EKS cluster, and why.", "", "With no command, runs solve."},
            footerHeading = "%nExamples:%n",
            footer = {"  breakeven                                  the built-in default scenario",
                "  breakeven solve examples/arm64-graviton.yaml",
                "  breakeven solve scenario.json --fail-if-below 20M   exit 1 if the break-even drops below 20M",
                "  breakeven compare scenario.yaml --from 1M --to 1B",
                "  breakeven sweep scenario.yaml --points 500 > sweep.csv",
                "  breakeven chart scenario.yaml --html -o report.html",
                "  breakeven pricing list",
                "", "Exit codes: 0 done, 1 a check failed, 2 bad input or output not written,", "3 internal error.",
                "Scenario fields: docs/scenario-format.md."})
    static final class Root implements Runnable {

        @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
                description = "Print the stack trace of an error as well as its message.")
        boolean verbose;

        final PrintStream progressStream;
        final boolean terminal;
        final Output files;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Root(PrintStream progressStream, boolean terminal, Output files) {
            this.progressStream = progressStream;
            this.terminal = terminal;
            this.files = files;
        }

        /** Starts a progress bar on standard error that shows only on a terminal, after a second. */
        Progress progress(String label, int total) {
            return new Progress(label, total, progressStream, terminal, System::nanoTime);
        }

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** The version from the jar's manifest, or a development build's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"breakeven " + (version == null ? "(development build)" : version)};
        }
    }
}
