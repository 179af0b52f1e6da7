package org.breakeven.pricing.pricelist;

/**
 * Thrown when an AWS Price List offer file is malformed: it names the file and where in it the fault
 * is, a JSON path for a JSON offer or a line for a CSV offer, such as
 * {@code index.json at $.terms.OnDemand.ABC['ABC.JRTCKXETXF'].priceDimensions['ABC.JRTCKXETXF.6YS6EN2CT7'].pricePerUnit.USD:
 * a price must be a decimal number such as "0.0000166667" but was: "free"}.
 * <p>
 * A well-formed offer that lacks one of our products is not an error of this kind: the
 * {@link ImportReport} says which keys were not found and why.
 * <p>
 * The message is one line that is safe to print: characters that are not printable (such as ESC, which
 * starts a terminal escape sequence) are written as Java escapes, and values from the file are shortened.
 */
public final class OfferFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file. */
    private final String file;
    /** Where in the file. */
    private final String location;

    /**
     * Creates the exception.
     *
     * @param file the offer file that was read
     * @param location the JSON path (such as {@code $.products.ABC}) or CSV line (such as {@code line 7})
     * @param problem what is wrong, as a sentence
     */
    public OfferFormatException(String file, String location, String problem) {
        this(file, location, problem, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param file the offer file that was read
     * @param location the JSON path or CSV line
     * @param problem what is wrong, as a sentence
     * @param cause the underlying exception, may be null
     */
    public OfferFormatException(String file, String location, String problem, Throwable cause) {
        super(Text.printable(file + " at " + location + ": " + problem), cause);
        this.file = file;
        this.location = location;
    }

    /**
     * Gets the offer file that was read.
     *
     * @return the file
     */
    public String file() {
        return file;
    }

    /**
     * Gets where in the file the fault is: a JSON path such as {@code $.terms.OnDemand} or a CSV line
     * such as {@code line 7}.
     *
     * @return the location
     */
    public String location() {
        return location;
    }
}
