package org.anhduong.casework.internal.work;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.List;

/** Free text as stored: stripped, NFC (DESIGN.md §4), empty as null; checked for presence and length. */
final class Prose {

    static final int MAX = 10_000;

    private Prose() {
    }

    static @Nullable String clean(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** A problem for the field when the text is too long, or missing though required; else nothing. */
    static List<FieldProblem> check(String field, @Nullable String cleaned, boolean required, int max) {
        if (cleaned == null) {
            return required ? List.of(new FieldProblem(field, "validation.required")) : List.of();
        }
        return cleaned.length() > max ? List.of(new FieldProblem(field, "validation.tooLong", max)) : List.of();
    }
}
