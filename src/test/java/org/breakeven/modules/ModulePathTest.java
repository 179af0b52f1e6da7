package org.breakeven.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer on the module path: a module that {@code requires org.breakeven} compiles and runs with nothing but
 * the library and Jackson on its module path, and no {@code --add-modules} or other flag.
 */
class ModulePathTest {

    private static final String MAIN = """
            package demo;

            import org.breakeven.Breakeven;

            public class Main {
                public static void main(String[] args) {
                    System.out.println(Breakeven.defaultScenario().solve().breakEven());
                }
            }
            """;

    /** The library's classes and the jars it requires: Jackson's databind, core and annotations. */
    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        entries.add(Path.of("target", "classes").toAbsolutePath().toString());
        Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> Arrays.stream(p.split(File.pathSeparator)))
                .filter(e -> e.matches(".*jackson-(databind|core|annotations)-[^" + File.separator + "]*\\.jar"))
                .distinct()
                .forEach(entries::add);
        assertThat(entries).as("the library and three Jackson jars").hasSize(4);
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void consumerModule_compilesAndRunsWithNoExtraFlags(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("src");
        Files.createDirectories(source.resolve("demo"));
        Files.writeString(source.resolve("module-info.java"), "module demo { requires org.breakeven; }\n");
        Files.writeString(source.resolve("demo").resolve("Main.java"), MAIN);
        Path out = dir.resolve("out");
        String modulePath = modulePath();

        StringWriter errors = new StringWriter();
        int status = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(errors), new PrintWriter(errors),
                "--module-path", modulePath, "-d", out.toString(), source.resolve("module-info.java").toString(),
                source.resolve("demo").resolve("Main.java").toString());
        assertThat(status).as("javac: %s", errors).isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "--module-path", modulePath + File.pathSeparator + out, "-m",
                "demo/demo.Main").redirectErrorStream(true).start();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("finished in 60 s").isTrue();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(output).isZero();
        // The default scenario's answer (README, "The answer").
        assertThat(output.strip()).isEqualTo("52.4M requests/month (52,411,544)");
    }

    /** Only the command line's package is left out of the API (the build runs its tests inside the module). */
    @Test
    void module_exportsEveryPackageButTheCommandLine() {
        Module module = org.breakeven.Breakeven.class.getModule();
        assertThat(module.isNamed()).as("the tests run on the module path").isTrue();
        assertThat(module.getDescriptor().exports().stream().map(e -> e.source()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.breakeven", "org.breakeven.bill", "org.breakeven.workload",
                        "org.breakeven.serverless", "org.breakeven.cluster", "org.breakeven.pricing",
                        "org.breakeven.pricing.pricelist", "org.breakeven.report", "org.breakeven.assertj", "org.breakeven.junit");
    }
}
