package org.anhduong.geography.internal;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {

    @Test
    void dropsAccentsAndCase() {
        assertThat(Folding.fold("Phường Móng Cái 1")).isEqualTo("phuong mong cai 1");
        assertThat(Folding.fold("Xã ĐẦM HÀ")).isEqualTo("xa dam ha");
    }

    @Test
    void decomposedInputFoldsTheSame() {
        assertThat(Folding.fold(Normalizer.normalize("Tỉnh Quảng Ninh", Normalizer.Form.NFD))).isEqualTo("tinh quang ninh");
    }

    @Test
    void collapsesWhitespace() {
        assertThat(Folding.fold("  Đặc khu\u00A0 Cô   Tô ")).isEqualTo("dac khu co to");
    }
}
