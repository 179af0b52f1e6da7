package org.breakeven.cli;

import org.breakeven.bill.Format;

/**
 * Makes what the command prints about its input safe to print: one line, of bounded length, with the
 * control characters of a terminal escape sequence shown as text ({@link Format#printable(String, int)}).
 * <p>
 * This class is immutable and thread-safe.
 */
final class Messages {

    /** The longest message printed in full; a longer one is cut, saying how long it was. */
    static final int MAX_LENGTH = 1000;

    /** The longest value quoted in full in a message; a longer one shows its start and its length. */
    static final int MAX_QUOTED = 40;

    private Messages() {
    }

    /**
     * Folds a message onto one line, escapes its control characters and cuts it at {@link #MAX_LENGTH}
     * characters.
     *
     * @param message the message, or null
     * @return the line, empty for null
     */
    static String line(String message) {
        if (message == null) {
            return "";
        }
        return Format.printable(message.strip().replaceAll("\\s*\\R\\s*", " "), MAX_LENGTH);
    }

    /**
     * Quotes a value from the command line for a message, {@code 'lots'}, showing only the start of a
     * long one, {@code '9999999999999999999999999999999999999999... (2,000 characters)'}, and its control
     * characters escaped.
     *
     * @param value the value
     * @return the quoted value
     */
    static String quote(String value) {
        return "'" + Format.printable(value, MAX_QUOTED) + "'";
    }
}
