package org.anhduong.platform.web;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the days and record numbers a screen's form posts as text, collecting a problem per field that is not one,
 * so that a form shows every mistake at once and keeps what was typed. Days are shown dd/MM/yyyy.
 */
public final class FormFields {

    /** Typed: one-digit days and months are accepted too ("5/3/2026"), as people write them. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A day written dd/MM/yyyy; null when blank, a problem when it is no such day. */
    public @Nullable LocalDate day(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), TYPED);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.date"));
            return null;
        }
    }

    /** A record's number chosen in a form; null when blank, a problem when it is not a number. */
    public @Nullable Long id(@Nullable String text, String field) {
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

    /** A problem the form itself finds, such as two answers that exclude each other. */
    public void problem(String field, String messageKey) {
        problems.add(new FieldProblem(field, messageKey));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** A day as a form shows it, dd/MM/yyyy; empty for none. */
    public static String shown(@Nullable LocalDate day) {
        return day == null ? "" : SHOWN.format(day);
    }
}
