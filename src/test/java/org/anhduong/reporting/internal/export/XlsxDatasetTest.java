package org.anhduong.reporting.internal.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxDatasetTest {

    @Test
    void oneSheetWithAHeaderAndNumbersAsNumbers() throws IOException {
        var out = new ByteArrayOutputStream();
        XlsxDataset.write(SampleDocuments.incidents(), out);

        try (Workbook workbook = XlsxReportTest.read(out.toByteArray())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("incidents-2026-01-01-2026-06-30");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Nhóm tuổi");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isZero();
            // A string in a workbook is never a formula, so it is kept as written.
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("-5");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void manyRowsAreStreamed() throws IOException {
        var rows = new java.util.ArrayList<java.util.List<@org.jspecify.annotations.Nullable Object>>();
        for (long i = 0; i < 2500; i++) {
            rows.add(java.util.List.of("S-" + i, i));
        }
        var out = new ByteArrayOutputStream();
        XlsxDataset.write(new org.anhduong.reporting.internal.document.Dataset("big", java.util.List.of("Mã", "Số"),
                rows), out);

        try (Workbook workbook = XlsxReportTest.read(out.toByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2500);
            assertThat(sheet.getRow(2500).getCell(1).getNumericCellValue()).isEqualTo(2499.0);
        }
    }
}
