package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.breakeven.serverless.Packaging;
import org.junit.jupiter.api.Test;

/** Bad values of the fields issue 10 added fail with the file, the line and the field. */
class NewScenarioFieldsErrorsTest {

    private static final String CLUSTER = "\"cluster\": {\"instanceType\": \"t3.medium\", \"nodes\": {\"fixed\": 3}}";

    private static Scenario read(String text) {
        return ScenarioFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.json", Path.of("."));
    }

    @Test
    void packaging_readAndBadValue() {
        assertThat(read("{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200, \"packaging\": \"image\"}, " + CLUSTER
                + "}").function().packaging()).isEqualTo(Packaging.IMAGE);
        assertThatThrownBy(() -> read("{" + CLUSTER + ",\n\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,"
                + " \"packaging\": \"jar\"}}"))
                .isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("s.json:2: at lambda.packaging: packaging must be zip")
                .hasMessageContaining("but was: jar");
    }

    @Test
    void platformLogs_bytesNeedTheSwitchAndABound() {
        assertThat(read("{\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200, \"downstream\": {\"platformLogs\": true,"
                + " \"platformLogBytesPerInvocation\": 250}}, " + CLUSTER + "}").function().downstream()
                .platformLogBytesPerInvocation()).isEqualTo(250);
        assertThatThrownBy(() -> read("{" + CLUSTER + ",\n\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,\n"
                + " \"downstream\": {\"platformLogBytesPerInvocation\": 250}}}"))
                .isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("s.json:3: at lambda.downstream: platformLogBytesPerInvocation sizes the"
                        + " platform log lines, which are billed only with platformLogs: true");
        assertThatThrownBy(() -> read("{" + CLUSTER + ",\n\"lambda\": {\"memoryMb\": 256, \"durationMs\": 200,\n"
                + " \"downstream\": {\"platformLogs\": true, \"platformLogBytesPerInvocation\": 1e6}}}"))
                .isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("s.json:3: at lambda.downstream.platformLogBytesPerInvocation:")
                .hasMessageContaining("bytes per invocation");
    }

    @Test
    void dataTransferOut_negativeSize() {
        assertThatThrownBy(() -> read("{" + CLUSTER + ", \"lambda\": {\"memoryMb\": 256, \"durationMs\": 200},\n"
                + "\"dataTransferOut\": {\"kilobytesPerRequest\": -1}}"))
                .isExactlyInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("s.json:2: at dataTransferOut.kilobytesPerRequest: kilobytesPerRequest must be")
                .hasMessageContaining("KB per request");
    }
}
