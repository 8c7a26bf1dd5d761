package org.anhduong.reporting.internal.export;

import org.anhduong.reporting.internal.document.ReportDocument.Section;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import static org.anhduong.reporting.internal.export.SampleDocuments.row;
import static org.assertj.core.api.Assertions.assertThat;

class XlsxReportTest {

    static Workbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static byte[] xlsx(org.anhduong.reporting.internal.document.ReportDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        XlsxReport.write(document, out);
        return out.toByteArray();
    }

    @Test
    void aSummarySheetThenASheetPerSectionWithNumbersAsNumbers() throws IOException {
        try (Workbook workbook = read(xlsx(SampleDocuments.vietnamese()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("Tổng hợp");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo số liệu 6 tháng đầu năm 2026");
            assertThat(texts(summary)).contains("Từ 01/01/2026 đến 30/06/2026 · Toàn tỉnh", "Đếm tất cả các trường hợp.",
                    "Kết quả thực hiện", "Đoạn thứ hai <b>&amp;</b> 'x'.");

            Sheet contacts = workbook.getSheetAt(1);
            assertThat(contacts.getSheetName()).isEqualTo("Cuộc gọi đến Đường dây 1800 176"); // 31 characters
            assertThat(contacts.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cuộc gọi đến Đường dây 1800 1769");
            assertThat(contacts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(contacts.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Số liệu");
            assertThat(workbook.getFontAt(contacts.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            var total = contacts.getRow(2).getCell(1);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(2134.0);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(contacts.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(71.0);
            assertThat(contacts.getRow(4).getCell(0).getCellStyle().getIndention()).isPositive();
            assertThat(contacts.getRow(2).getCell(0).getCellStyle().getIndention()).isZero();
            var zalo = contacts.getRow(5).getCell(1);
            assertThat(zalo.getCellType()).isEqualTo(CellType.STRING);
            assertThat(zalo.getStringCellValue()).isEqualTo("<5");
            assertThat(contacts.getColumnWidth(0)).isGreaterThan(contacts.getColumnWidth(1));

            Sheet children = workbook.getSheetAt(2);
            assertThat(children.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1234567.0);
            assertThat(children.getRow(3).getCell(1).getStringCellValue()).isEqualTo("<5");
        }
    }

    @Test
    void sheetNamesAreValidAndUniqueForLongDuplicateAndForbiddenTitles() throws IOException {
        var sections = new ArrayList<Section>();
        String longTitle = "Số trường hợp được mở mới theo loại hình bạo lực trên cơ sở giới";
        for (String title : List.of(longTitle, longTitle, longTitle, "A/B: [x]*?\\", "a-b- -x----", "Summary",
                "'quoted'", "   ", "History", "Cases", "CASES")) {
            sections.add(new Section("k", title, List.of(row("x", "x", 0, 1))));
        }

        try (Workbook workbook = read(xlsx(SampleDocuments.withSections(sections.toArray(Section[]::new))))) {
            var names = new ArrayList<String>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).hasSize(12);
            var lowerCase = new HashSet<String>();
            for (String name : names) {
                assertThat(name).hasSizeBetween(1, 31).doesNotContainPattern("[\\[\\]:*?/\\\\]")
                        .doesNotStartWith("'").doesNotEndWith("'").isNotEqualToIgnoringCase("History");
                WorkbookUtil.validateSheetName(name);
                assertThat(lowerCase.add(name.toLowerCase(Locale.ROOT))).as(name).isTrue();
            }
            assertThat(names.get(0)).isEqualTo("Summary");
            assertThat(names.get(1)).isEqualTo(longTitle.substring(0, 31).strip());
            assertThat(names.get(2)).endsWith(" (2)").hasSize(31);
            assertThat(names.get(3)).endsWith(" (3)");
            assertThat(names.get(4)).isEqualTo("A-B- -x----");
            assertThat(names.get(5)).isEqualTo("a-b- -x---- (2)");
            assertThat(names.get(6)).isEqualTo("Summary (2)");
            assertThat(names.get(7)).isEqualTo("quoted");
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        var out = new ClosingWatch();
        XlsxReport.write(SampleDocuments.vietnamese(), out);
        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    static final class ClosingWatch extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    static List<String> texts(Sheet sheet) {
        var texts = new ArrayList<String>();
        sheet.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                texts.add(c.getStringCellValue());
            }
        }));
        return texts;
    }
}
