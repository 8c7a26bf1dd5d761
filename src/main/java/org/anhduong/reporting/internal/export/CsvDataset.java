package org.anhduong.reporting.internal.export;

import org.anhduong.reporting.internal.document.Dataset;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset as CSV: the header line, then one line per record. Long and Integer cells are plain numbers, null cells
 * empty, any other cell its text guarded against formula injection. UTF-8 with a byte order mark, RFC 4180 quoting.
 */
public final class CsvDataset {

    private CsvDataset() {
    }

    /** Writes and flushes {@code out}, leaving it open. */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        var csv = Csv.to(out);
        csv.record(dataset.headers().stream().map(Csv::text).toList());
        for (List<@Nullable Object> row : dataset.rows()) {
            var fields = new ArrayList<String>(row.size());
            for (Object cell : row) {
                fields.add(field(cell));
            }
            csv.record(fields);
        }
        csv.flush();
    }

    private static String field(@Nullable Object cell) {
        return switch (cell) {
            case null -> "";
            case Long number -> Csv.number(number);
            case Integer number -> Csv.number(number);
            default -> Csv.text(cell.toString());
        };
    }
}
