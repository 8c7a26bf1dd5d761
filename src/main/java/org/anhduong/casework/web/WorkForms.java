package org.anhduong.casework.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Form values of the case-work screens: days typed "dd/MM/yyyy" (one-digit day and month accepted), ids. */
final class WorkForms {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private WorkForms() {
    }

    /** The day, or null with a problem when it is typed but not a day; null without one when empty. */
    static @Nullable LocalDate day(@Nullable String typed, String field, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), DAY);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.date"));
            return null;
        }
    }

    static String shown(@Nullable LocalDate day) {
        return day == null ? "" : SHOWN.format(day);
    }

    static @Nullable Long id(@Nullable String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.format"));
            return null;
        }
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
