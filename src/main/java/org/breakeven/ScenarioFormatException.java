package org.breakeven;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a scenario file cannot be read into a {@link Scenario}: it names the file, the line and the
 * path of the field at fault, and says what is wrong, in the words of the type that checked the value.
 * <pre>{@code
 * my-scenario.yaml:3: at lambda.memoryMb: memoryMb must be between 128 and 10240 MB but was: 20000
 * my-scenario.yaml:4: at lambda: unknown field 'memoryMB'; known fields here: architecture, coldStartRatio, ...
 * }</pre>
 * The path is empty for the file as a whole, which the message shows as {@code (top level)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

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
        super(Objects.requireNonNull(file, "file") + (line > 0 ? ":" + line : "") + ": at "
                + (Objects.requireNonNull(path, "path").isEmpty() ? "(top level)" : path) + ": "
                + Objects.requireNonNull(problem, "problem"), cause);
        if (line < 0) {
            throw new IllegalArgumentException("line must be at least 0 (0 if unknown) but was: " + line);
        }
        this.file = file;
        this.line = line;
        this.path = path;
        this.problem = problem;
    }

    /**
     * Gets the file that was read, or the name given for a stream.
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
     * @return the path, empty for the file as a whole
     */
    public String path() {
        return path;
    }

    /**
     * Gets what is wrong, without the file, line and path: the message of the type that rejected the
     * value, such as {@code memoryMb must be between 128 and 10240 MB but was: 20000}.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
