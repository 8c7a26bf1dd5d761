package org.anhduong.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "022190001234", "001 301 012 345", "096099123456", " 079 2 05 000123 " })
    void acceptsTwelveDigitsWithAKnownProvinceCode(String typed) {
        assertThat(CitizenIds.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "000190001234", "097190001234", "99919000123", "02219000123", "0221900012345",
            "02219000123A", "022-190-001-234", "123456789" })
    void rejectsOtherShapes(String typed) {
        assertThat(CitizenIds.isValid(typed)).isFalse();
    }

    @Test
    void normaliseStripsSpacesOnly() {
        assertThat(CitizenIds.normalise(" 022 190\t001 234 ")).isEqualTo("022190001234");
        assertThat(CitizenIds.normalise("022-190")).isEqualTo("022-190");
    }
}
