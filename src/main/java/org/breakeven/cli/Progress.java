package org.breakeven.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for work that takes more than a second, drawn only when standard
 * error is a terminal: {@code sweep [##########----------]  50% 100/200}. It redraws at most ten times a
 * second and clears itself when closed.
 * <p>
 * This class is mutable and not thread-safe: one per piece of work.
 */
final class Progress implements IntConsumer, AutoCloseable {

    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final String label;
    private final int total;
    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int drawnWidth;

    Progress(String label, int total, PrintStream err, boolean terminal, LongSupplier nanoClock) {
        this.label = label;
        this.total = Math.max(1, total);
        this.err = err;
        this.terminal = terminal;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** Reports that {@code done} of the total are done. */
    @Override
    public void accept(int done) {
        if (!terminal) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || drawnWidth > 0 && now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
        String bar = "\r" + label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format(java.util.Locale.ROOT, "%3d%% %d/%d", 100L * Math.min(done, total) / total, done, total);
        drawnWidth = bar.length() - 1;
        err.print(bar);
        err.flush();
    }

    /** Clears the bar, if one was drawn. */
    @Override
    public void close() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
