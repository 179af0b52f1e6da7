package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final long[] now = {0};

    private Progress progress(boolean terminal) {
        return new Progress("sweep", 200, new PrintStream(err, true, StandardCharsets.UTF_8), terminal, () -> now[0]);
    }

    @Test
    void accept_notATerminal_drawsNothing() {
        try (Progress p = progress(false)) {
            now[0] = 5_000_000_000L;
            p.accept(100);
        }
        assertThat(err.size()).isZero();
    }

    @Test
    void accept_underOneSecond_drawsNothing() {
        try (Progress p = progress(true)) {
            now[0] = 999_000_000L;
            p.accept(199);
        }
        assertThat(err.size()).isZero();
    }

    @Test
    void accept_afterOneSecond_drawsABarAndClearsIt() {
        Progress p = progress(true);
        now[0] = 1_500_000_000L;
        p.accept(100);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("\rsweep [###############---------------]  50% 100/200");
        now[0] += 10_000_000L;
        p.accept(101);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("101/200");
        p.close();
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("\r" + " ".repeat("sweep [###############---------------]  50% 100/200".length()) + "\r");
    }
}
