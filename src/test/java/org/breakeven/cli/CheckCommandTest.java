package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code breakeven check}: 0 when every assumption holds, 1 with a report of what broke, 2 on bad input.
 * <p>
 * Expected values: the default scenario breaks even at 52,411,544 requests/month on every us-east-1 table (README,
 * "The answer"); at 20M Lambda costs USD 70.67 against the cluster's USD 182.31 (CommandOutputTest's default
 * report), and the cluster USD 180.62 at 1M (README).
 */
class CheckCommandTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("assumptions.yaml"), yaml.replace("SCENARIO",
                Path.of("examples", "default.json").toAbsolutePath().toString()));
    }

    @Test
    void check_exampleHolds() {
        assertThat(run("check", "examples/ci/assumptions.yaml")).as(err).isZero();
        assertThat(out).contains("holds   checkout stays on Lambda below 40M requests a month: break-even between 40M"
                + " and 65M requests/month on aws/us-east-1@2026-10-01").endsWith("all 4 checks hold\n");
    }

    /** The README shows the example as it is, without its comments. */
    @Test
    void readme_showsTheExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("```yaml\nassumptions:") + "```yaml\n".length();
        String example = Files.readString(Path.of("examples", "ci", "assumptions.yaml")).lines()
                .filter(line -> !line.startsWith("#")).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        assertThat(readme.substring(from, readme.indexOf("```", from))).isEqualTo(example);
    }

    @Test
    void check_broken_exits1WithAReport() throws IOException {
        Path broken = file("assumptions:\n  - name: too optimistic\n    scenario: SCENARIO\n"
                + "    breakEvenBetween: [10M, 20M]\n    cheaper: { side: cluster, at: 20M }\n");
        assertThat(run("check", broken.toString())).isEqualTo(1);
        assertThat(out).isEqualTo("BROKEN  too optimistic: break-even between 10M and 20M requests/month on"
                + " aws/us-east-1@2026-10-01, but found break-even 52.4M requests/month (52,411,544)\n"
                + "BROKEN  too optimistic: cluster cheaper at 20M requests/month on aws/us-east-1@2026-10-01, but found"
                + " Lambda USD 70.67/month vs cluster USD 182.31/month\n"
                + "2 of 2 checks broken\n");
        assertThat(run("check", broken.toString(), "--format", "junit")).isEqualTo(1);
        assertThat(out).contains("<testsuite name=\"breakeven check\" tests=\"2\" failures=\"2\">")
                .contains("<failure message=\"found break-even 52.4M requests/month (52,411,544)\"/>");
        assertThat(run("check", broken.toString(), "--format", "markdown")).isEqualTo(1);
        assertThat(out).startsWith("| | Assumption | Check | Pricing | Found |\n| --- | --- | --- | --- | --- |\n"
                + "| ❌ | too optimistic | break-even between 10M and 20M requests/month | aws/us-east-1@2026-10-01 |");
        assertThat(run("check", broken.toString(), "--format", "json")).isEqualTo(1);
        assertThat(out).contains("\"holds\" : false").contains("\"found\" : \"Lambda USD 70.67/month vs cluster"
                + " USD 182.31/month\"");
    }

    @Test
    void check_moved_andBill() throws IOException {
        Path f = file("assumptions:\n  - name: a\n    scenario: SCENARIO\n    pricing: aws/us-east-1@2024-07-01\n"
                + "    moved: { lessThanPercent: 0.001, baseline: latest }\n"
                + "    monthlyBill: { side: cluster, at: 1M, below: USD 180.62 }\n");
        assertThat(run("check", f.toString())).isEqualTo(1);
        // No rate the default scenario uses changed: moved 0%. The bill is USD 180.62, not below it.
        assertThat(out).contains("holds   a: break-even moved less than 0.001% from latest on aws/us-east-1@2024-07-01")
                .contains("BROKEN  a: cluster bill at 1M requests/month below USD 180.62/month on"
                        + " aws/us-east-1@2024-07-01, but found USD 180.62/month");
    }

    @Test
    void check_badInput_exits2NamingTheField() throws IOException {
        assertThat(run("check", file("assumptions:\n  - name: a\n    scenario: SCENARIO\n    cheap: 1\n").toString()))
                .isEqualTo(2);
        assertThat(err).contains("assumptions[0]: unknown field 'cheap'");
        assertThat(run("check", file("assumptions:\n  - name: a\n    scenario: SCENARIO\n").toString())).isEqualTo(2);
        assertThat(err).contains("(a): states no bound");
        assertThat(run("check", file("assumptions:\n  - name: a\n    scenario: SCENARIO\n"
                + "    cheaper: { side: fargate, at: 1M }\n").toString())).isEqualTo(2);
        assertThat(err).contains("cheaper.side must be lambda or cluster but was: 'fargate'");
        assertThat(run("check", dir.resolve("missing.yaml").toString())).isEqualTo(2);
    }
}
