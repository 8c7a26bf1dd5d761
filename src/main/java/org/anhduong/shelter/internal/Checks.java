package org.anhduong.shelter.internal;

import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The problems of one request to shelter, all reported at once on their field names. */
final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
    }

    <T> @Nullable T required(String field, @Nullable T value) {
        if (value == null) {
            add(field, "validation.required");
        }
        return value;
    }

    /** Stripped, in NFC, null when blank. */
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

    void notAfter(String field, @Nullable LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            add(field, "shelter.date.future");
        }
    }

    void notBefore(String field, @Nullable LocalDate day, @Nullable LocalDate earliest) {
        if (day != null && earliest != null && day.isBefore(earliest)) {
            add(field, "shelter.date.beforeStart");
        }
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
