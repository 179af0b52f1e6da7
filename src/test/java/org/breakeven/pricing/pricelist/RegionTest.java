package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage-type prefixes and locations per region (aws-ec2-rates.md §7: eu-west-1 is EU-, not EUW1-). */
class RegionTest {

    @ParameterizedTest
    @CsvSource({
        "us-east-1, Request, true",
        "us-east-1, USE1-Request, true",
        "us-east-1, Global-Request, false",
        "us-east-1, EU-Request, false",
        "us-east-1, Request-ARM, false",
        "eu-west-1, EU-Request, true",
        "eu-west-1, EUW1-Request, false",
        "eu-west-1, Request, false",
        "eu-west-1, APS3-Request, false",
        "ap-south-1, APS3-Request, true",
    })
    void isUsagetype_prefixes(String region, String usagetype, boolean expected) {
        assertThat(Region.of(region).isUsagetype(usagetype, "Request")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "us-east-1, null, US East (N. Virginia), HERE",
        "us-east-1, null, US East (Northern Virginia), HERE",
        "us-east-1, eu-west-1, US East (N. Virginia), ELSEWHERE",
        "eu-west-1, null, EU (Ireland), HERE",
        "eu-west-1, null, Europe (Ireland), HERE",
        "eu-west-1, null, EU (London), ELSEWHERE",
        "eu-west-1, null, Any, ANY",
        "eu-west-1, null, null, NOWHERE",
        "eu-west-1, eu-west-1, null, HERE",
    })
    void place_byRegionCodeElseLocation(String region, String regionCode, String location, Region.Place expected) {
        assertThat(Region.of(region).place(regionCode, location)).isEqualTo(expected);
    }
}
