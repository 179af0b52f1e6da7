package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/scenario-format.md names every field that ScenarioFile reads, so the page cannot fall behind. */
class ScenarioFormatDocTest {

    @Test
    void scenarioFormat_documentsEveryField() throws IOException {
        String doc = Files.readString(Path.of("docs", "scenario-format.md"));
        List<String> fields = new ArrayList<>();
        for (Class<?> type : ScenarioFile.class.getDeclaredClasses()) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (!component.getName().equals("value")) {
                        fields.add(component.getName());
                    }
                }
            }
        }
        // ConventionsJson is a class with a creator rather than a record.
        fields.add("hoursPerMonth");
        fields.add("billingGranularityMs");
        assertThat(fields).hasSizeGreaterThan(40);
        assertThat(fields).allSatisfy(field -> assertThat(doc).contains("`" + field + "`"));
    }
}
