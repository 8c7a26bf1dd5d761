package org.anhduong.hotline.internal;

import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** Collects the field problems of one input, so the caller hears about every bad field at once. */
final class Check {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The text in NFC without surrounding blanks, or null when blank; a problem when longer than {@code max}. */
    @Nullable String text(String field, @Nullable String value, int max) {
        String text = value == null ? "" : VietnameseText.nfc(value.strip());
        if (text.length() > max) {
            problem(field, "validation.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }

    String requiredText(String field, @Nullable String value, int max) {
        String text = text(field, value, max);
        if (text == null) {
            problem(field, "validation.required");
            return "";
        }
        return text;
    }

    <T> @Nullable T required(String field, @Nullable T value) {
        if (value == null) {
            problem(field, "validation.required");
        }
        return value;
    }

    void problem(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
    }

    boolean failed(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
