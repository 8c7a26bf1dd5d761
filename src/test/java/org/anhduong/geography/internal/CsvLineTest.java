package org.anhduong.geography.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLineTest {

    @Test
    void splitsOnCommas() {
        assertThat(CsvLine.fields("commune,06895,Xã Đầm Hà,22")).containsExactly("commune", "06895", "Xã Đầm Hà", "22");
    }

    @Test
    void keepsEmptyLastField() {
        assertThat(CsvLine.fields("province,22,Tỉnh Quảng Ninh,")).containsExactly("province", "22", "Tỉnh Quảng Ninh", "");
    }

    @Test
    void understandsQuotes() {
        assertThat(CsvLine.fields("commune,1,\"Xã A, \"\"B\"\"\",2")).containsExactly("commune", "1", "Xã A, \"B\"", "2");
    }

    @Test
    void openQuoteIsNoLine() {
        assertThat(CsvLine.fields("commune,1,\"Xã A,2")).isNull();
    }
}
