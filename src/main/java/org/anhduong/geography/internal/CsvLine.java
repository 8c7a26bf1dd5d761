package org.anhduong.geography.internal;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line. Spreadsheets quote fields that hold commas, so RFC 4180 quoting is understood. */
final class CsvLine {

    private CsvLine() {
    }

    /** The fields of the line, or null when a quote is left open (a field spanning lines is not supported). */
    static @Nullable List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return quoted ? null : fields;
    }
}
