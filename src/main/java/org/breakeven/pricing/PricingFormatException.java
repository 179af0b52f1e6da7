package org.breakeven.pricing;

/**
 * Thrown when a pricing table file is malformed: it names the file and the JSON path of the value
 * at fault, such as {@code pricing/aws/us-east-1/2024-11-01.json at $.rates['lambda.requests'].price:
 * price must be a decimal number but was: "abc"}.
 * <p>
 * The message is one line that is safe to print: a character of the file name, the path or the problem
 * that is not printable (such as ESC, which starts a terminal escape sequence) is written as a Java escape.
 * The table reader quotes values from a file only once the file says it is a pricing table, and then
 * shortened; a file that is not valid JSON, or not a {@code breakeven-pricing/1} table, is described by the
 * position of the fault, never by its content, so that a secret given by mistake as a table is not echoed
 * into a log.
 */
public final class PricingFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file. */
    private final String file;
    /** The JSON path. */
    private final String jsonPath;

    /**
     * Creates the exception.
     *
     * @param file the file or resource that was read
     * @param jsonPath the JSON path of the offending value, such as {@code $.rates['x'].price}
     * @param problem what is wrong, as a sentence; characters that are not printable are escaped
     * @param cause the underlying exception, may be null
     */
    public PricingFormatException(String file, String jsonPath, String problem, Throwable cause) {
        super(Text.printable(file + " at " + jsonPath + ": " + problem), cause);
        this.file = file;
        this.jsonPath = jsonPath;
    }

    /**
     * Gets the file or resource that was read.
     *
     * @return the file
     */
    public String file() {
        return file;
    }

    /**
     * Gets the JSON path of the offending value.
     *
     * @return the path, {@code $} for the whole document
     */
    public String jsonPath() {
        return jsonPath;
    }
}
