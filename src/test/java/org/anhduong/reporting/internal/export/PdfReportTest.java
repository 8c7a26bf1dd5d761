package org.anhduong.reporting.internal.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {

    static byte[] pdf(org.anhduong.reporting.internal.document.ReportDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        PdfReport.write(document, out);
        return out.toByteArray();
    }

    @Test
    void vietnameseIsWrittenExactlyWithDejaVuEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(SampleDocuments.vietnamese()))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Báo cáo số liệu 6 tháng đầu năm 2026", "Bạo lực trên cơ sở giới",
                    "Cuộc gọi đến Đường dây 1800 1769", "Đường dây nóng", "trẻ em gái", "1 trẻ em gái, 3 trẻ em trai",
                    "2.134", "1.234.567", "<5", "Đoạn thứ hai <b>&amp;</b> 'x'.", "Chỉ tiêu", "Số liệu",
                    "Trang 1/1");
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
            assertThat(fonts).anyMatch(font -> font.getName().contains("Bold"));
            // No form, so no form fonts either: every font of the file is DejaVu, embedded.
            assertThat(pdf.getDocumentCatalog().getAcroForm()).isNull();
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Báo cáo số liệu 6 tháng đầu năm 2026");
        }
    }

    @Test
    void numbersAreRightAligned() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(SampleDocuments.vietnamese()))) {
            var positions = new Positions();
            positions.getText(pdf);
            // Right-aligned: the last digits of numbers of different lengths end at the same x.
            float endOfBig = positions.endOf("1.234.567");
            float endOfSmall = positions.endOf("71");
            assertThat(endOfBig).isCloseTo(endOfSmall, org.assertj.core.data.Offset.offset(1.5f));
        }
    }

    @Test
    void manySectionsRunOnOverPagesWithTheirNumbers() throws IOException {
        var sections = new ArrayList<org.anhduong.reporting.internal.document.ReportDocument.Section>();
        for (int s = 0; s < 8; s++) {
            var rows = new ArrayList<org.anhduong.reporting.internal.document.ReportDocument.Row>();
            for (int r = 0; r < 20; r++) {
                rows.add(SampleDocuments.row("k" + r, "Dòng " + r, r % 2, r * 1000L));
            }
            sections.add(new org.anhduong.reporting.internal.document.ReportDocument.Section("s" + s, "Mục " + s, rows));
        }
        var document = SampleDocuments.withSections(sections.toArray(
                org.anhduong.reporting.internal.document.ReportDocument.Section[]::new));

        try (PDDocument pdf = Loader.loadPDF(pdf(document))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages(), "Indicator", "Value");
        }
    }

    @Test
    void markupInTextsIsEscapedAndNothingIsFetched() throws IOException {
        var document = SampleDocuments.withSections(new org.anhduong.reporting.internal.document.ReportDocument.Section(
                "x", "<img src=\"http://127.0.0.1:9/x.png\"/> & <script>", List.of(
                        SampleDocuments.row("x", "</td></tr></table><link rel=\"stylesheet\" href=\"http://127.0.0.1:9/\"/>",
                                0, 5), SampleDocuments.row("y", "control \u0001 char \uD800 end", 0, 6))));

        try (PDDocument pdf = Loader.loadPDF(pdf(document))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("<img src=\"http://127.0.0.1:9/x.png\"/> & <script>",
                    "</td></tr></table><link", "control char");
        }
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        var fonts = new ArrayList<PDFont>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    static final class Positions extends PDFTextStripper {
        private final java.util.Map<String, Float> ends = new java.util.HashMap<>();

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                var last = positions.getLast();
                ends.putIfAbsent(text.strip(), last.getXDirAdj() + last.getWidthDirAdj());
            }
            super.writeString(text, positions);
        }

        float endOf(String text) {
            assertThat(ends).containsKey(text);
            return ends.get(text);
        }
    }
}
