package org.breakeven.issues;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.breakeven.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, as a new user tried it: take the shipped 2024-11-01 table, drop its checksum, split
 * {@code lambda.requests} into two tiers at 1B at the same price and change the unit of {@code nat.hour}
 * ({@link Issue8Tables}). {@code pricing diff} listed the split as a change and missed the unit change, and
 * {@code --scenario} said "the 1 change: break-even 52.4M -> 52.4M (0)". Now both count one change, the unit
 * of nat.hour, and the split is none; the default scenario has no NAT gateway, so nothing moves.
 */
class Issue8Test {

    @TempDir
    Path dir;

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isEqualTo(Main.OK);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pricingDiff_andPricingDiffScenario_agree() throws Exception {
        String table = Issue8Tables.write(dir).toString();

        String diff = run("pricing", "diff", Issue8Tables.SHIPPED, table);
        String impact = run("pricing", "diff", Issue8Tables.SHIPPED, table, "--scenario", "default");

        assertThat(diff).startsWith("From aws/us-east-1@2024-11-01 to aws/us-east-1@2024-11-01: 1 change (1 changed)\n")
                .contains("  changed  rate nat.hour         USD per gateway-hour -> USD per NAT gateway-hour   0.045  0.045"
                        + "  unit changed; not compared\n")
                .doesNotContain("lambda.requests");
        assertThat(diff.lines()).hasSize(4);
        assertThat(impact).startsWith(diff + "\n")
                .endsWith("  rate nat.hour: unit USD per gateway-hour -> USD per NAT gateway-hour; no effect on this"
                        + " scenario, which does not use the rate\n  the 1 change: no effect on this scenario\n")
                .doesNotContain("lambda.requests", "52.4M -> 52.4M");
    }

    /** The machine formats count the same one change. */
    @Test
    void pricingDiff_jsonAndCsv() throws Exception {
        String table = Issue8Tables.write(dir).toString();

        JsonNode json = new ObjectMapper().readTree(run("pricing", "diff", Issue8Tables.SHIPPED, table, "-f", "json"));
        String csv = run("pricing", "diff", Issue8Tables.SHIPPED, table, "-f", "csv");

        assertThat(json.at("/counts/total").asInt()).isEqualTo(1);
        assertThat(json.at("/counts/changed").asInt()).isEqualTo(1);
        assertThat(json.get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("key").asText()).isEqualTo("nat.hour");
            assertThat(change.get("unitChanged").asBoolean()).isTrue();
            assertThat(change.at("/after/unit").asText()).isEqualTo(Issue8Tables.NAT_UNIT);
        });
        assertThat(csv.lines().skip(1)).containsExactly(
                "changed,rate,nat.hour,,,USD per gateway-hour,USD per NAT gateway-hour,0.045,0.045,,");
    }
}
