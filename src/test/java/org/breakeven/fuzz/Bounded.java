package org.breakeven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs one fuzz try within a time bound and a memory bound, and checks the message of what it throws.
 * <p>
 * The time bound is preemptive ({@code assertTimeoutPreemptively}): a try that hangs fails after
 * {@link #TIME}, on a thread of its own. The memory bound counts the bytes the try's thread allocates
 * ({@code com.sun.management.ThreadMXBean.getCurrentThreadAllocatedBytes}, which HotSpot, and so OpenJDK 17,
 * supports): everything it allocates, garbage included, so that a reader that builds and drops a gigabyte
 * {@code BigInteger} fails even if the heap was large enough to survive it. It is checked when the try ends;
 * a try that would exhaust the heap fails on its {@link OutOfMemoryError}, which is not one of the outcomes
 * allowed. Both bounds are far above what a valid or malformed file of a few kilobytes needs (a scenario try takes
 * milliseconds and allocates about 1.5 MB, 10 MB for the first, which loads the shipped tables; a pricing table
 * try at most 2.5 MB); they catch the
 * hostile cases of issue 14, which took seconds and gigabytes.
 */
final class Bounded {

    /** The longest one try may take. */
    static final Duration TIME = Duration.ofSeconds(5);
    /** The most one try may allocate: 200 MB. */
    static final long BYTES = 200L << 20;
    /** The longest message: a file name, a path and a problem, with every value in it shortened. */
    static final int MAX_MESSAGE_CHARS = 1_000;

    private Bounded() {
    }

    /**
     * What a try gave: an answer, or the exception it threw.
     *
     * @param answer the answer, null if it threw
     * @param thrown the exception, null if it answered
     * @param allocatedBytes the bytes its thread allocated
     */
    record Outcome(String answer, RuntimeException thrown, long allocatedBytes) {
    }

    /**
     * Runs a try: it must end within {@link #TIME} and allocate less than {@link #BYTES}.
     *
     * @param work the try, which returns an answer or throws
     * @param input what was read, for the failure message
     * @return the outcome; an {@link Error} (out of memory, a stack overflow) fails the try
     */
    static Outcome run(Supplier<String> work, Object input) {
        Outcome outcome = assertTimeoutPreemptively(TIME, () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                    .getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            String answer = null;
            RuntimeException thrown = null;
            try {
                answer = work.get();
            } catch (RuntimeException e) {
                thrown = e;
            }
            return new Outcome(answer, thrown, threads.getCurrentThreadAllocatedBytes() - before);
        }, () -> "took more than " + TIME.toSeconds() + " s reading " + input);
        assertThat(outcome.allocatedBytes()).as("bytes allocated reading %s", input).isLessThan(BYTES);
        return outcome;
    }

    /**
     * Checks that a message is one line that is safe to print and says nothing of the code: no line break, no
     * control or invisible character, at most {@link #MAX_MESSAGE_CHARS} characters, and no Java class or
     * package named.
     *
     * @param e the exception whose message to check
     * @param input what was read, for the failure message
     */
    static void assertOneLine(RuntimeException e, Object input) {
        String message = e.getMessage();
        assertThat(message).as("message of %s reading %s", e, input).isNotBlank()
                .doesNotContain("\n", "\r", "org.breakeven", "com.fasterxml", "Exception", "java.");
        assertThat(message.length()).as("length of the message %s reading %s", message, input)
                .isLessThanOrEqualTo(MAX_MESSAGE_CHARS);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            int type = Character.getType(c);
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 == message.length() || !Character.isLowSurrogate(message.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(message.charAt(i - 1)));
            assertThat(Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || unpaired)
                    .as("character U+%04X at %d of the message %s reading %s", (int) c, i, message, input).isFalse();
        }
    }
}
