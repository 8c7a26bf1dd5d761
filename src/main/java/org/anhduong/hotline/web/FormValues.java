package org.anhduong.hotline.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.Function;

/** Reading the texts of a posted form: blank means absent, and a value that cannot be read is a field problem. */
final class FormValues {

    private FormValues() {
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /**
     * The value read, or null when blank or unreadable. A choice the screen never offered (a tampered form) is a format
     * problem; it is never echoed back.
     */
    static <T> @Nullable T read(String field, @Nullable String value, Function<String, T> parse, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.format"));
            return null;
        }
    }
}
