package org.breakeven;

import java.util.Objects;
import org.breakeven.bill.BillModel;
import org.breakeven.bill.Format;

/**
 * One way of running the service, named, with its bill: Lambda behind an HTTP API, an EKS cluster on m7g
 * nodes, containers on Fargate, and so on. An {@link Envelope} compares several.
 * <pre>{@code
 * jshell> Scenario s = Breakeven.defaultScenario();
 * jshell> Option.of("lambda", s.serverlessModel())
 * $1 ==> lambda (Lambda bill model with 3 lines)
 * }</pre>
 * <p>
 * What counts in a comparison is the model's {@link BillModel#comparableCost comparable cost}: lines that
 * every option pays too (downstream services) are left out the same way for each.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name the name reports use, 1 to 40 characters of letters, digits, '-', '_' and '.'
 * @param model the bill
 */
public record Option(String name, BillModel model) {

    /** The longest option name, so that a column per option stays readable. */
    public static final int MAX_NAME_LENGTH = 40;

    /**
     * Creates an option.
     *
     * @param name the name, 1 to {@value #MAX_NAME_LENGTH} characters of letters, digits, '-', '_' and '.'
     * @param model the bill model
     * @throws IllegalArgumentException if the name is empty, too long or holds another character
     */
    public Option {
        checkName(name);
        Objects.requireNonNull(model, "model");
    }

    /**
     * Checks an option's name: 1 to {@value #MAX_NAME_LENGTH} characters of letters, digits, '-', '_' and '.'.
     *
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException if it is not
     */
    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("an option name must be 1 to " + MAX_NAME_LENGTH
                    + " characters of letters, digits, '-', '_' and '.' (it names a column in CSV and JSON) but was: '"
                    + Format.printable(name, 60) + "'");
        }
        return name;
    }

    /**
     * Obtains an option.
     *
     * @param name the name, as in {@link #Option(String, BillModel)}
     * @param model the bill model
     * @return the option
     */
    public static Option of(String name, BillModel model) {
        return new Option(name, model);
    }

    /**
     * Outputs {@code lambda (Lambda bill model with 3 lines)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return name + " (" + model + ")";
    }
}
