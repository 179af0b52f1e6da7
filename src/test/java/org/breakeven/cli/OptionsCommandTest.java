package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The commands on a scenario with options: examples/four-ways.yaml. */
class OptionsCommandTest {

    private static final String file = "examples/four-ways.yaml";

    @Test
    void solve_text_givesBandsAndSwitchPointsFirst() {
        MainTest.Run run = MainTest.run("solve", file);

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("breakeven: the cheapest of 4 options by traffic\n");
        assertThat(run.out().indexOf("Cheapest option by traffic")).isLessThan(run.out().indexOf("Switch points"));
        assertThat(run.out().indexOf("Switch points")).isLessThan(run.out().indexOf("Each option's bill"));
        assertThat(run.out()).contains("  ecs-fargate cheaper than lambda-http from 40,036,895 requests/month\n",
                "  Total compared                                                   USD 698.80\n");
    }

    @Test
    void solve_json_hasBandsSwitchesAndEachTotal() throws IOException {
        JsonNode root = new ObjectMapper().readTree(MainTest.run("solve", file, "--format", "json").out());

        assertThat(root.get("options")).hasSize(4);
        assertThat(root.get("switches").get(0).get("requestsPerMonth").asLong()).isEqualTo(40_036_895L);
        assertThat(root.get("current").get("comparedTotals").get("eks-m7g").asText()).isEqualTo("792.68");
        assertThat(root.get("current").get("cheapest").asText()).isEqualTo("ecs-fargate");
    }

    @Test
    void compare_csv_hasAColumnPerOption() {
        MainTest.Run run = MainTest.run("compare", file, "--format", "csv", "--from", "10M", "--to", "3B",
                "--points", "2");

        assertThat(run.out().lines().toList()).containsExactly(
                "requestsPerMonth,lambda-http,lmi-alb,ecs-fargate,eks-m7g,cheapest",
                "10000000,18.67,429.85,74.26,208.73,lambda-http",
                "3000000000,5330.00,1558.47,698.80,792.68,ecs-fargate");
    }

    @Test
    void sweep_text_marksTheSwitchPoint() {
        MainTest.Run run = MainTest.run("sweep", file, "--format", "text", "--from", "10M", "--to", "100M", "--points", "3");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("-- ecs-fargate cheaper than lambda-http from 40,036,895 requests/month");
    }

    @Test
    void chart_drawsOneCurvePerOptionAndMarksTheSwitch() {
        MainTest.Run run = MainTest.run("chart", file, "-o", "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("<svg").contains("id=\"option-1\"", "id=\"option-4\"", "id=\"switch-1\"",
                ">ecs-fargate from 40.0M<").doesNotContain("id=\"option-5\"");
    }

    @Test
    void solve_failIfBelow_isRefusedWithOptions() {
        MainTest.Run run = MainTest.run("solve", file, "--fail-if-below", "10M");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--fail-if-below and --fail-if-above check a two-way break-even");
    }
}
