package org.anhduong.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsPlaceNames() {
        assertThat(VietnameseText.fold("Phường Móng Cái 1")).isEqualTo("phuong mong cai 1");
        assertThat(VietnameseText.fold("Xã Đầm Hà")).isEqualTo("xa dam ha");
    }

    @Test
    void foldsUpperCaseNames() {
        assertThat(VietnameseText.fold("NGUYỄN THỊ ĐÀO")).isEqualTo("nguyen thi dao");
    }

    @Test
    void decomposedAndComposedInputFoldAlike() {
        String composed = "Nguyễn Thị Đào";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed));
    }

    @Test
    void collapsesAndTrimsWhitespace() {
        assertThat(VietnameseText.fold("  Trần\t\tVăn\u00A0 Nam \n")).isEqualTo("tran van nam");
    }

    @Test
    void blankFoldsToEmptyAndNullIsRejected() {
        assertThat(VietnameseText.fold("   ")).isEmpty();
        assertThat(VietnameseText.fold("")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.fold(null));
    }

    @Test
    void nfcComposesForStorage() {
        String decomposed = Normalizer.normalize("Quảng Ninh", Normalizer.Form.NFD);
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Quảng Ninh").hasSize(10);
    }

    @Test
    void tokensAreFoldedWords() {
        assertThat(VietnameseText.tokens(" Lê-Thị  Hồng, Nhung ")).containsExactly("le", "thi", "hong", "nhung");
        assertThat(VietnameseText.tokens("  ")).isEmpty();
    }
}
