package org.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Test;

/** The README's examples run as written: the JShell session and the scenario file. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    private static String block(String readme, String language) {
        int start = readme.indexOf("```" + language + "\n");
        assertThat(start).as("README has a ```%s block", language).isNotNegative();
        int from = start + language.length() + 4;
        return readme.substring(from, readme.indexOf("```", from));
    }

    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(Breakeven.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonParser.class, com.fasterxml.jackson.annotation.JsonProperty.class,
                org.apache.commons.math3.analysis.UnivariateFunction.class, org.assertj.core.api.Assertions.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    @Test
    void readme_jshellSessionRunsAsWritten() throws Exception {
        List<String[]> steps = new ArrayList<>(); // {input, expected output or null}
        for (String line : block(readme(), "jshell").split("\n")) {
            if (line.startsWith("jshell> ")) {
                steps.add(new String[] {line.substring("jshell> ".length()), null});
            } else if (!line.isBlank()) {
                steps.get(steps.size() - 1)[1] = line;
            }
        }
        assertThat(steps).hasSizeGreaterThanOrEqualTo(4);
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(classPath());
            for (String[] step : steps) {
                // Complete the line as the jshell tool does (it adds a missing semicolon).
                String source = shell.sourceCodeAnalysis().analyzeCompletion(step[0]).source();
                List<SnippetEvent> events = shell.eval(source);
                assertThat(events).as(step[0]).isNotEmpty();
                SnippetEvent event = events.get(0);
                assertThat(event.exception()).as(step[0]).isNull();
                assertThat(event.status()).as(step[0] + " " + shell.diagnostics(event.snippet())
                        .map(d -> d.getMessage(java.util.Locale.ROOT)).toList())
                        .isEqualTo(Snippet.Status.VALID);
                if (step[1] != null) {
                    // jshell numbers temporary variables ($2) from its own snippet count, and shortens long values
                    // with " ... "; compare the name where it is a real one and the value as jshell shows it.
                    String name = ((VarSnippet) event.snippet()).name();
                    String[] expected = step[1].split(" ==> ", 2);
                    if (!expected[0].startsWith("$")) {
                        assertThat(name).isEqualTo(expected[0]);
                    }
                    String[] shown = expected[1].split(" \\.\\.\\. ", 2);
                    if (shown.length == 2) {
                        assertThat(event.value()).startsWith(shown[0]).endsWith(shown[1]);
                    } else {
                        assertThat(event.value()).isEqualTo(expected[1]);
                    }
                }
            }
        }
    }

    /** Every ```java block of the README runs on its own, as written, without an error. */
    @Test
    void readme_javaExamplesRun() throws Exception {
        String readme = readme();
        List<String> blocks = new ArrayList<>();
        for (int at = readme.indexOf("```java\n"); at >= 0; at = readme.indexOf("```java\n", at + 1)) {
            blocks.add(block(readme.substring(at), "java"));
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        for (String block : blocks) {
            try (JShell shell = JShell.builder().executionEngine("local").build()) {
                shell.addToClasspath(classPath());
                String rest = block;
                while (!rest.isBlank()) {
                    jdk.jshell.SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
                    assertThat(info.completeness().isComplete()).as("complete snippet in: %s", rest).isTrue();
                    for (SnippetEvent event : shell.eval(info.source())) {
                        assertThat(event.exception()).as(info.source()).isNull();
                        assertThat(event.status()).as(info.source() + " " + shell.diagnostics(event.snippet())
                                .map(d -> d.getMessage(java.util.Locale.ROOT)).toList())
                                .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
                    }
                    rest = info.remaining();
                }
            }
        }
    }

    @Test
    void readme_scenarioFileIsTheDefaultScenario() throws Exception {
        byte[] json = block(readme(), "json").getBytes(StandardCharsets.UTF_8);

        Scenario scenario = ScenarioFile.read(new ByteArrayInputStream(json), "README.md", null);

        Scenario expected = Breakeven.defaultScenario();
        assertThat(scenario.toString()).isEqualTo(expected.toString());
        assertThat(scenario.solve().toString()).isEqualTo(expected.solve().toString());
        assertThat(scenario.solve().current().serverless().toString())
                .isEqualTo(expected.solve().current().serverless().toString());
        assertThat(scenario.solve().current().cluster().toString())
                .isEqualTo(expected.solve().current().cluster().toString());
    }
}
