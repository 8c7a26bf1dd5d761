package org.anhduong.casework.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/** Reads the days and numbers of the consent, closure, transfer and trafficking forms, collecting problems. */
final class ConsentFormValues {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A day written dd/MM/yyyy; null when blank, a problem when it is no such day. */
    @Nullable LocalDate day(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.date"));
            return null;
        }
    }

    @Nullable Long id(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.format"));
            return null;
        }
    }

    static String shown(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }
}
