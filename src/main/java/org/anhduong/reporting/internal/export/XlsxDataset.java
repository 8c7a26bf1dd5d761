package org.anhduong.reporting.internal.export;

import org.anhduong.reporting.internal.document.Dataset;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A dataset as XLSX: one sheet named from the dataset, a styled header row with a filter, then one row per record.
 * Long and Integer cells are numeric, null cells empty, any other cell its text. Rows are streamed, so a large
 * dataset does not sit in memory twice.
 */
public final class XlsxDataset {

    private static final int FLUSH_EVERY = 1000;

    private XlsxDataset() {
    }

    /** Writes the whole workbook to {@code out}; the stream is finished but left open. */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "AnhDuong", "1.0");
        Worksheet sheet = workbook.newWorksheet(new SheetNames().unique(dataset.name()));
        int columns = dataset.headers().size();
        // Widths first: fastexcel writes them before the rows.
        for (int c = 0; c < columns; c++) {
            sheet.width(c, width(dataset, c));
        }
        for (int c = 0; c < columns; c++) {
            sheet.value(0, c, dataset.headers().get(c));
        }
        if (columns > 0) {
            sheet.range(0, 0, 0, columns - 1).style().bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).set();
            sheet.freezePane(0, 1);
            sheet.setAutoFilter(0, 0, columns - 1);
        }
        int r = 1;
        for (List<@Nullable Object> row : dataset.rows()) {
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, row.get(c));
            }
            if (r++ % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, @Nullable Object value) {
        switch (value) {
            case null -> {
            }
            case Long number -> sheet.value(r, c, number);
            case Integer number -> sheet.value(r, c, number);
            default -> sheet.value(r, c, value.toString());
        }
    }

    private static int width(Dataset dataset, int column) {
        int widest = dataset.headers().get(column).length();
        for (List<@Nullable Object> row : dataset.rows()) {
            Object value = column < row.size() ? row.get(column) : null;
            if (value != null) {
                widest = Math.max(widest, value.toString().length());
            }
        }
        return Math.clamp(widest + 2, 8, 50);
    }
}
