package org.anhduong.reporting.internal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break quoted, quotes doubled), in UTF-8
 * with a byte order mark so that Excel reads Vietnamese correctly. Text that a spreadsheet would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return) is written after an apostrophe.
 */
final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer writer;

    private Csv(Writer writer) {
        this.writer = writer;
    }

    /** Writes the byte order mark; the stream is flushed by {@link #flush()} and left open. */
    static Csv to(OutputStream out) throws IOException {
        out.write(BOM);
        return new Csv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** One record; each cell is already a field's text (see {@link #text(String)} and {@link #number(long)}). */
    void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write("\r\n");
    }

    void flush() throws IOException {
        writer.flush();
    }

    /** A text cell, guarded against formula injection. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String number(long value) {
        return Long.toString(value);
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
