package org.anhduong.casework.internal;

import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.text.VietnameseText;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a form or document, so that all are reported at once, on their field names. */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public void add(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
    }

    /** Text stripped and in NFC; null when blank; a problem when longer than {@code max}. */
    public @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = VietnameseText.nfc(value.strip());
        if (text.length() > max) {
            add(field, "validation.tooLong", max);
        }
        return text;
    }

    public <T> @Nullable T required(String field, @Nullable T value) {
        if (value == null) {
            add(field, "validation.required");
        }
        return value;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
