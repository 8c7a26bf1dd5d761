package org.anhduong.referral.internal;

import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of an input, so that all are reported at once, on their field names. */
final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
    }

    /** Text stripped and in NFC; null when blank; a problem when longer than {@code max}. */
    @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = VietnameseText.nfc(value.strip());
        if (text.length() > max) {
            add(field, "validation.tooLong", max);
        }
        return text;
    }

    /** The same, and a problem when blank. */
    @Nullable String requiredText(String field, @Nullable String value, int max) {
        String text = text(field, value, max);
        if (text == null) {
            add(field, "validation.required");
        }
        return text;
    }

    <T> @Nullable T required(String field, @Nullable T value) {
        if (value == null) {
            add(field, "validation.required");
        }
        return value;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
