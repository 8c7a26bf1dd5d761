package org.anhduong.shelter.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/** Days typed as dd/MM/yyyy on shelter's forms; a problem on the field for anything else. */
final class FormDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<FieldProblem> problems = new ArrayList<>();

    @Nullable LocalDate day(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "shelter.date.invalid"));
            return null;
        }
    }

    @Nullable Long id(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "shelter.choice.invalid"));
            return null;
        }
    }

    void problem(String field, String messageKey) {
        problems.add(new FieldProblem(field, messageKey));
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    static String text(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
