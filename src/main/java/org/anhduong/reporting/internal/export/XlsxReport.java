package org.anhduong.reporting.internal.export;

import org.anhduong.reporting.internal.document.ReportDocument;
import org.anhduong.reporting.internal.document.ReportDocument.Section;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A report as XLSX: a first sheet "Tổng hợp" / "Summary" with the title, subtitle, notes and narrative, then one
 * sheet per section (named from its title, made valid and unique) with the columns label | value. Numbers are
 * numeric cells (shown with thousands grouping in the reader's Excel); suppressed values are the text "<5".
 */
public final class XlsxReport {

    private static final int SUMMARY_WIDTH = 110;

    private XlsxReport() {
    }

    /** Writes the whole workbook to {@code out}; the stream is finished but left open. */
    public static void write(ReportDocument document, OutputStream out) throws IOException {
        var texts = Texts.of(document.locale());
        var names = new SheetNames();
        var workbook = new Workbook(out, "AnhDuong", "1.0");
        summary(workbook.newWorksheet(names.unique(texts.get("export.summary"))), document, texts);
        for (Section section : document.sections()) {
            section(workbook.newWorksheet(names.unique(section.title())), section, texts);
        }
        workbook.finish();
    }

    private static void summary(Worksheet sheet, ReportDocument document, Texts texts) {
        sheet.width(0, SUMMARY_WIDTH);
        int r = 0;
        sheet.value(r, 0, document.title());
        sheet.style(r, 0).bold().fontSize(14).set();
        sheet.value(++r, 0, document.subtitle());
        r++;
        for (String note : document.notes()) {
            wrapped(sheet, ++r, note);
        }
        if (!document.narrative().isEmpty()) {
            r += 2;
            sheet.value(r, 0, texts.get("export.narrative"));
            sheet.style(r, 0).bold().set();
            for (String paragraph : document.narrative()) {
                wrapped(sheet, ++r, paragraph);
            }
        }
        sheet.pageOrientation("portrait");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
    }

    /** Excel does not grow a row for wrapped text by itself: the height follows the text's estimated lines. */
    private static void wrapped(Worksheet sheet, int r, String text) {
        sheet.value(r, 0, text);
        sheet.style(r, 0).wrapText(true).verticalAlignment("top").set();
        int lines = Math.max(1, (int) Math.ceil(text.length() / (SUMMARY_WIDTH * 0.95)));
        sheet.rowHeight(r, lines * 15.0 + 2);
    }

    private static void section(Worksheet sheet, Section section, Texts texts) {
        int labelWidth = section.rows().stream().mapToInt(row -> row.label().length() + 3 * row.depth()).max().orElse(0);
        sheet.width(0, Math.clamp(labelWidth + 4, 24, 80));
        sheet.width(1, 14);
        sheet.value(0, 0, section.title());
        sheet.style(0, 0).bold().fontSize(12).set();
        sheet.value(1, 0, texts.get("export.column.indicator"));
        sheet.value(1, 1, texts.get("export.column.value"));
        sheet.style(1, 0).bold().fillColor("DDEBF7").borderStyle("thin").set();
        sheet.style(1, 1).bold().fillColor("DDEBF7").borderStyle("thin").horizontalAlignment("right").set();
        int r = 2;
        for (var row : section.rows()) {
            sheet.value(r, 0, row.label());
            if (row.depth() > 0) {
                sheet.style(r, 0).indent(2 * row.depth()).set();
            }
            Long value = row.value();
            if (value != null) {
                sheet.value(r, 1, value);
                sheet.style(r, 1).format("#,##0").set();
            } else {
                sheet.value(r, 1, row.shown());
                sheet.style(r, 1).horizontalAlignment("right").set();
            }
            r++;
        }
        sheet.freezePane(0, 2);
        sheet.repeatRows(0, 1);
    }
}
