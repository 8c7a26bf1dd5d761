package org.anhduong.reporting.internal.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of records for export (the anonymised incident dataset): column headers in the reader's language and one
 * row per record. Cells are String, Long or Integer (written as numbers), or null (an empty cell).
 *
 * @param name e.g. "incidents-2026-01-01-2026-06-30", for the sheet and file name
 */
public record Dataset(String name, List<String> headers, List<List<@Nullable Object>> rows) {

    public Dataset {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
