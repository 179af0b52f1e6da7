package org.breakeven.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attribute names and CSV columns compare in one spelling: lower-case letters and digits only. */
class AttrTest {

    /** AWS's CSV header "Pre Installed S/W" is the JSON attribute preInstalledSw; every letter and digit is kept. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Pre Installed S/W|preinstalledsw", "preInstalledSw|preinstalledsw",
        "vCPU|vcpu", "AZaz09|azaz09", "@[`{/:|''"})
    void normalize_lowerCaseLettersAndDigits(String name, String expected) {
        assertThat(Attr.normalize(name)).isEqualTo(expected);
    }
}
