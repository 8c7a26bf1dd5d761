package org.anhduong.casework.web;

import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/** Reads times typed dd/MM/yyyy HH:mm in Vietnam's time, collecting a problem for each that is no such time. */
final class DateTimeValues {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<FieldProblem> problems = new ArrayList<>();

    @Nullable Instant at(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), MINUTE).atZone(Ui.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "casework.protection.dateTime"));
            return null;
        }
    }

    static String shown(@Nullable Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(Ui.ZONE));
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }
}
