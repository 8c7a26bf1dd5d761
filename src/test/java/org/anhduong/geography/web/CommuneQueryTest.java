package org.anhduong.geography.web;

import org.anhduong.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommuneQueryTest {

    @ParameterizedTest
    @CsvSource({
            "Móng Cái, mong cai",
            "MONG   cai, mong cai",
            "Đầm Hà, dam ha",
            "đông triều, dong trieu",
            "'  Hạ Long ', ha long"
    })
    void theWordsTypedAreFoldedWhateverTheirAccentsAndCase(String typed, String folded) {
        assertThat(CommuneQuery.fold(typed)).isEqualTo(folded);
    }

    @Test
    void nothingTypedIsNoSearch() {
        assertThat(CommuneQuery.fold(null)).isEmpty();
        assertThat(CommuneQuery.fold("   ")).isEmpty();
    }

    @Test
    void aLongTextIsCutToWhatANameCanBe() {
        assertThat(CommuneQuery.fold("Xã ".repeat(100))).hasSizeLessThanOrEqualTo(CommuneQuery.MAX_LENGTH)
                .startsWith("xa xa").doesNotEndWith(" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"communeCode", "localityCode", "code2"})
    void aPlainFieldIdIsKept(String field) {
        assertThat(CommuneQuery.field(field)).isEqualTo(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1code", "a\"b", "x y", "<script>"})
    void anythingElseIsRefused(String field) {
        assertThatThrownBy(() -> CommuneQuery.field(field)).isInstanceOf(InvalidInputException.class);
    }
}
