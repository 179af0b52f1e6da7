package org.breakeven;

import java.util.Objects;
import java.util.OptionalInt;
import org.breakeven.bill.Format;

/**
 * Thrown when a scenario file cannot be read into a {@link Scenario}: it names the file, the line and the
 * path of the field at fault, and says what is wrong, in the words of the type that checked the value.
 * <pre>{@code
 * my-scenario.yaml:3: at lambda.memoryMb: memoryMb must be between 128 and 10240 MB but was: 20000
 * my-scenario.yaml:4: at lambda: unknown field 'memoryMB'; known fields here: architecture, coldStartRatio, ...
 * }</pre>
 * The path is empty for the file as a whole, which the message shows as {@code (top level)}.
 * <p>
 * The message is one line that is safe to print: every control character in the file name, the path or the
 * problem (a terminal escape in a value, a line break in a field name) is escaped by
 * {@link Format#printable(String)}, as are the values the getters return, and a path is shown up to 200
 * characters.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    /** The longest path a message shows. */
    private static final int MAX_PATH = 200;

    /** The file. */
    private final String file;
    /** The line, 0 if unknown. */
    private final int line;
    /** The path of the field. */
    private final String path;
    /** What is wrong. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file the file that was read, or the name given for a stream
     * @param line the line of the field at fault, counted from 1, or 0 if unknown
     * @param path the path of the field at fault, such as {@code cluster.nodes.minimum} or
     *     {@code lambda.downstream.items[1].kind}, or empty for the file as a whole
     * @param problem what is wrong, as a sentence, such as
     *     {@code memoryMb must be between 128 and 10240 MB but was: 20000}
     * @param cause the exception of the type that rejected the value, may be null
     */
    public ScenarioFormatException(String file, int line, String path, String problem, Throwable cause) {
        super(Format.printable(Objects.requireNonNull(file, "file")) + (line > 0 ? ":" + line : "") + ": at "
                + (Objects.requireNonNull(path, "path").isEmpty() ? "(top level)" : Format.printable(path, MAX_PATH))
                + ": " + Format.printable(Objects.requireNonNull(problem, "problem")), cause);
        if (line < 0) {
            throw new IllegalArgumentException("line must be at least 0 (0 if unknown) but was: " + line);
        }
        this.file = Format.printable(file);
        this.line = line;
        this.path = Format.printable(path, MAX_PATH);
        this.problem = Format.printable(problem);
    }

    /**
     * Gets the file that was read, or the name given for a stream, with control characters escaped.
     *
     * @return the file
     */
    public String file() {
        return file;
    }

    /**
     * Gets the line of the field at fault, counted from 1.
     *
     * @return the line, or empty if it is not known
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Gets the path of the field at fault, such as {@code cluster.nodes.minimum} or
     * {@code lambda.downstream.items[1].kind}.
     *
     * @return the path, empty for the file as a whole, with control characters escaped
     */
    public String path() {
        return path;
    }

    /**
     * Gets what is wrong, without the file, line and path: the message of the type that rejected the
     * value, such as {@code memoryMb must be between 128 and 10240 MB but was: 20000}.
     *
     * @return the problem, with control characters escaped
     */
    public String problem() {
        return problem;
    }
}
