package org.anhduong.casework.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads typed form values into domain values, collecting a problem for each that is not one of the choices. */
final class FormValues {

    private final List<FieldProblem> problems = new ArrayList<>();

    <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.format"));
            return null;
        }
    }

    /** A problem the form itself finds, such as two choices that exclude each other. */
    void problem(String field, String messageKey) {
        problems.add(new FieldProblem(field, messageKey));
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }
}
