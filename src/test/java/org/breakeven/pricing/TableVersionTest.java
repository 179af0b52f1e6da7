package org.breakeven.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A table version prints as {@code provider/region@date}, and {@code parse} reads exactly that. */
class TableVersionTest {

    @ParameterizedTest
    @CsvSource({
        "aws/us-east-1@2024-11-01, aws, us-east-1, 2024-11-01, aws/us-east-1/2024-11-01.json",
        "aws/eu-west-1@2026-10-01, aws, eu-west-1, 2026-10-01, aws/eu-west-1/2026-10-01.json",
        "gcp/europe-west4@2025-02-28, gcp, europe-west4, 2025-02-28, gcp/europe-west4/2025-02-28.json",
        "a/b@2024-02-29, a, b, 2024-02-29, a/b/2024-02-29.json"})
    void parse_valid(String text, String provider, String region, LocalDate date, String path) {
        TableVersion version = TableVersion.parse(text);

        assertThat(version).isEqualTo(new TableVersion(provider, region, date, path));
        assertThat(version).hasToString(text);
        assertThat(version.label()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "aws/us-east-1|version must be <provider>/<region>@<effectiveDate>, such as aws/us-east-1@2024-11-01, but was:"
            + " \"aws/us-east-1\"",
        "''|version must be <provider>/<region>@<effectiveDate>, such as aws/us-east-1@2024-11-01, but was: \"\"",
        "aws@2024-11-01|version must be <provider>/<region>@<effectiveDate>, such as aws/us-east-1@2024-11-01, but was:"
            + " \"aws@2024-11-01\"",
        "AWS/us-east-1@2024-11-01|version must be <provider>/<region>@<effectiveDate>, such as"
            + " aws/us-east-1@2024-11-01, but was: \"AWS/us-east-1@2024-11-01\"",
        "aws/us/east-1@2024-11-01|version must be <provider>/<region>@<effectiveDate>, such as"
            + " aws/us-east-1@2024-11-01, but was: \"aws/us/east-1@2024-11-01\"",
        "' aws/us-east-1@2024-11-01'|version must be <provider>/<region>@<effectiveDate>, such as"
            + " aws/us-east-1@2024-11-01, but was: \" aws/us-east-1@2024-11-01\"",
        "aws/us-east-1@latest|effectiveDate of version \"aws/us-east-1@latest\" must be a date such as 2024-11-01 but"
            + " was: \"latest\"",
        "aws/us-east-1@2024-13-01|effectiveDate of version \"aws/us-east-1@2024-13-01\" must be a date such as"
            + " 2024-11-01 but was: \"2024-13-01\"",
        "aws/us-east-1@2024-11-1|effectiveDate of version \"aws/us-east-1@2024-11-1\" must be a date such as 2024-11-01"
            + " but was: \"2024-11-1\"",
        "aws/us-east-1@2024-11-01.json|effectiveDate of version \"aws/us-east-1@2024-11-01.json\" must be a date such"
            + " as 2024-11-01 but was: \"2024-11-01.json\""})
    void parse_invalid(String text, String message) {
        assertThatThrownBy(() -> TableVersion.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    /** Every shipped version reads back from what it prints. */
    @ParameterizedTest
    @MethodSource("org.breakeven.pricing.PricingTablesTest#shipped")
    void parse_whatToStringPrints(TableVersion version) {
        assertThat(TableVersion.parse(version.toString())).isEqualTo(version);
    }

    @Test
    void of_givesThePath() {
        assertThat(TableVersion.of("aws", "us-east-1", LocalDate.of(2024, 11, 1)).path())
                .isEqualTo("aws/us-east-1/2024-11-01.json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Aws|us-east-1|aws/us-east-1/2024-11-01.json|provider|provider must be lowercase letters and digits in words"
            + " joined by hyphens, such as aws, but was: \"Aws\"",
        "aws|us-east-1-|aws/us-east-1-/2024-11-01.json|region|region must be lowercase letters and digits in words"
            + " joined by hyphens, such as us-east-1, but was: \"us-east-1-\"",
        "aws|us@east|aws/us@east/2024-11-01.json|region|region must be lowercase letters and digits in words joined by"
            + " hyphens, such as us-east-1, but was: \"us@east\"",
        "aws|''|aws//2024-11-01.json|region|region must be lowercase letters and digits in words joined by hyphens,"
            + " such as us-east-1, but was: \"\"",
        "aws|us-east-1|aws/us-east-1/old/2024-11-01.json|path|path of aws/us-east-1@2024-11-01 must be"
            + " <provider>/<region>/<effectiveDate>.json, here \"aws/us-east-1/2024-11-01.json\", but was:"
            + " \"aws/us-east-1/old/2024-11-01.json\""})
    void constructor_invalid(String provider, String region, String path, String field, String message) {
        assertThatThrownBy(() -> new TableVersion(provider, region, LocalDate.of(2024, 11, 1), path))
                .isInstanceOfSatisfying(PricingValueException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(message);
    }
}
