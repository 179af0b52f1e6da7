package org.breakeven.pricing;

import java.util.Collection;
import java.util.Locale;

/**
 * How this package shows text from a file in a message: every character that is not printable (control
 * characters such as ESC, which starts a terminal escape sequence, line breaks, DEL, the C1 controls,
 * invisible format characters and unpaired surrogates) as a Java escape such as <code>&#92;u001B</code>, and a
 * value longer than a message can hold cut short, saying how long it was. The bill kernel has the same
 * helper; this package depends on nothing of ours, so it keeps its own small copy.
 */
final class Text {

    /** The most characters of one value that a message shows. */
    static final int SHOWN = 100;

    /** The most names that a message lists. */
    static final int LISTED = 50;

    private Text() {
    }

    /**
     * Escapes the characters of a text that are not printable; everything else, a backslash included, is kept.
     *
     * @param text the text
     * @return the text, safe to print on one line of a terminal or a log
     */
    static String printable(String text) {
        int i = 0;
        while (i < text.length() && isPrintable(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isPrintable(c)) {
                out.appendCodePoint(c);
                i += Character.charCount(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(i)));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Escapes a text as {@link #printable(String)} does and cuts it to its first {@value #SHOWN} characters
     * when it is longer, followed by how long it was: {@code 1111... (2,000 characters)}.
     *
     * @param text the text
     * @return the text, escaped and shortened
     */
    static String shown(String text) {
        if (text.length() <= SHOWN) {
            return printable(text);
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return printable(text.substring(0, end)) + "... (" + String.format(Locale.ROOT, "%,d", text.length())
                + " characters)";
    }

    /**
     * Lists names for a message, each as {@link #shown(String)} gives it, separated by commas: at most
     * {@value #LISTED} of them, then how many there are in all.
     *
     * @param names the names, in the order to list them
     * @return the list, such as {@code lambda.requests, s3.get}
     */
    static String list(Collection<String> names) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String name : names) {
            if (n == LISTED) {
                return out.append(", ... (").append(String.format(Locale.ROOT, "%,d", names.size())).append(" in all)")
                        .toString();
            }
            out.append(n++ == 0 ? "" : ", ").append(shown(name));
        }
        return out.toString();
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> true;
        };
    }
}
