package org.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.breakeven.pricing.PricingTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line names a pricing table: a version label, latest, or a file. */
class TablesTest {

    @Test
    void load_label() {
        assertThat(Tables.load("aws/us-east-1@2024-07-01")).isSameAs(PricingTables.version("aws", "us-east-1", "2024-07-01"));
        assertThat(Tables.load("aws/eu-west-1@latest")).isSameAs(PricingTables.latest("aws", "eu-west-1"));
        assertThat(Tables.load("latest")).isSameAs(PricingTables.latest("aws", "us-east-1"));
    }

    @Test
    void load_malformedLabel() {
        assertThatThrownBy(() -> Tables.load("aws/us-east-1@2024-13-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("effectiveDate of version \"aws/us-east-1@2024-13-01\" must be a date such as 2024-11-01 but"
                        + " was: \"2024-13-01\"");
        assertThatThrownBy(() -> Tables.load("aws-us-east-1@2024-11-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must be <provider>/<region>@<effectiveDate>, such as aws/us-east-1@2024-11-01, but"
                        + " was: \"aws-us-east-1@2024-11-01\"");
    }

    @Test
    void load_file(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of("pricing/aws/us-east-1/2024-07-01.json"), dir.resolve("t@1.json"));

        assertThat(Tables.load(file.toString()).origin()).isEqualTo(file.toString());
    }

    @Test
    void load_neither(@TempDir Path dir) {
        String missing = dir.resolve("missing.json").toString();

        assertThatThrownBy(() -> Tables.load(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pricing table must be a shipped version such as aws/us-east-1@2024-11-01 or latest (see"
                        + " 'breakeven pricing list'), or an existing file, but was: " + missing);
    }
}
