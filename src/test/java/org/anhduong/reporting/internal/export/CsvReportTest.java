package org.anhduong.reporting.internal.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportTest {

    @Test
    void aLinePerRowWithNumbersPlainAndSmallCountsSuppressed() throws IOException {
        var bytes = new ByteArrayOutputStream();
        CsvReport.write(SampleDocuments.vietnamese(), bytes);

        byte[] written = bytes.toByteArray();
        assertThat(Arrays.copyOf(written, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(written, 3, written.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("""
                section,key,label,value\r
                contacts,contacts.total,Tổng số cuộc gọi,2134\r
                contacts,contacts.gbvRelated,Bạo lực trên cơ sở giới,71\r
                contacts,HOTLINE,Đường dây nóng,1900\r
                contacts,ZALO,Zalo,<5\r
                residentialCare.children.bySex,FEMALE,trẻ em gái,1234567\r
                residentialCare.children.bySex,MALE,trẻ em trai,<5\r
                """);
    }

    @Test
    void datasetsQuoteAsRfc4180AndGuardAgainstFormulas() throws IOException {
        var bytes = new ByteArrayOutputStream();
        CsvDataset.write(SampleDocuments.incidents(), bytes);

        byte[] written = bytes.toByteArray();
        assertThat(Arrays.copyOf(written, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8)).isEqualTo("""
                Mã,Nhóm tuổi,Số dịch vụ,Tháng\r
                S-001,18-25,3,2026-01\r
                "'=HYPERLINK(""x"")",,12,2026-02\r
                "Lê, ""Thị""
                B",'-5,0,\r
                """);
    }

    @Test
    void everyFormulaStartIsGuarded() {
        assertThat(Csv.text("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.text("+84 912")).isEqualTo("'+84 912");
        assertThat(Csv.text("-2")).isEqualTo("'-2");
        assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.text("\tx")).isEqualTo("'\tx");
        assertThat(Csv.text("\rx")).isEqualTo("'\rx");
        assertThat(Csv.text("a=b")).isEqualTo("a=b");
        assertThat(Csv.text("")).isEmpty();
    }
}
