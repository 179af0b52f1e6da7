package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The exception's message puts the file, the line (when known) and the path before the problem. */
class ScenarioFormatExceptionTest {

    @Test
    void new_withLineAndPath() {
        IllegalArgumentException cause = new IllegalArgumentException("nodes.minimum must be between 1 and 10000 nodes"
                + " but was: 0");

        ScenarioFormatException e = new ScenarioFormatException("s.yaml", 7, "cluster.nodes.minimum", cause.getMessage(),
                cause);

        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("s.yaml:7: at cluster.nodes.minimum:"
                + " nodes.minimum must be between 1 and 10000 nodes but was: 0").hasCause(cause);
        assertThat(e.file()).isEqualTo("s.yaml");
        assertThat(e.line()).isEqualTo(OptionalInt.of(7));
        assertThat(e.path()).isEqualTo("cluster.nodes.minimum");
        assertThat(e.problem()).isEqualTo(cause.getMessage());
    }

    @Test
    void new_lineUnknownAndWholeFile() {
        ScenarioFormatException e = new ScenarioFormatException("<stdin>", 0, "", "the file is empty", null);

        assertThat(e).hasMessage("<stdin>: at (top level): the file is empty").hasNoCause();
        assertThat(e.line()).isEmpty();
        assertThat(e.path()).isEmpty();
    }

    @Test
    void new_negativeLine() {
        assertThatThrownBy(() -> new ScenarioFormatException("s.json", -1, "lambda", "x", null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must be at least 0 (0 if unknown) but was: -1");
    }
}
