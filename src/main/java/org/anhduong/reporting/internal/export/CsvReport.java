package org.anhduong.reporting.internal.export;

import org.anhduong.reporting.internal.document.ReportDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A report as CSV for other tools: header {@code section,key,label,value}, then one line per row of every section
 * in order; the value is the plain number (no grouping) or {@code <5} when it is suppressed. UTF-8 with a byte order
 * mark, RFC 4180 quoting, text guarded against formula injection. Title, notes and narrative are not written.
 */
public final class CsvReport {

    private CsvReport() {
    }

    /** Writes and flushes {@code out}, leaving it open. */
    public static void write(ReportDocument document, OutputStream out) throws IOException {
        var csv = Csv.to(out);
        csv.record(List.of("section", "key", "label", "value"));
        for (var section : document.sections()) {
            for (var row : section.rows()) {
                Long value = row.value();
                csv.record(List.of(Csv.text(section.key()), Csv.text(row.key()), Csv.text(row.label()),
                        value == null ? "<5" : Csv.number(value)));
            }
        }
        csv.flush();
    }
}
