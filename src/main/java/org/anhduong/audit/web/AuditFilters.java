package org.anhduong.audit.web;

import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditQuery;
import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads an {@link AuditFilterForm} into an {@link AuditQuery}, collecting a problem for each field it cannot read. */
final class AuditFilters {

    /** What people type: 05/03/2025 or 5/3/2025; STRICT refuses 31/02. */
    static final Dates SCREEN = new Dates(DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            "validation.date");
    static final Dates API = new Dates(DateTimeFormatter.ISO_LOCAL_DATE, "audit.error.isoDate");

    /** A date format and the message key that explains it. */
    record Dates(DateTimeFormatter format, String messageKey) {
    }

    /** The query, or the problems that prevent it. */
    record Result(@Nullable AuditQuery query, List<FieldProblem> problems) {
    }

    private final Dates dates;
    private final List<FieldProblem> problems = new ArrayList<>();

    private AuditFilters(Dates dates) {
        this.dates = dates;
    }

    static Result read(AuditFilterForm form, Dates dates) {
        return new AuditFilters(dates).read(form);
    }

    private Result read(AuditFilterForm form) {
        Long userId = parse("userId", form.userId(), Long::valueOf, "audit.error.userId");
        AuditOutcome outcome = parse("outcome", form.outcome(), AuditOutcome::valueOf, "validation.format");
        LocalDate from = parse("from", form.from(), text -> LocalDate.parse(text, dates.format()), dates.messageKey());
        LocalDate to = parse("to", form.to(), text -> LocalDate.parse(text, dates.format()), dates.messageKey());
        Integer page = parse("page", form.page(), AuditFilters::pageNumber, "validation.format");
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "audit.error.range"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new AuditQuery(text(form.user()), userId, text(form.recordType()), text(form.recordId()),
                text(form.action()), outcome, from, to, page == null ? 1 : page), List.of());
    }

    /** The value read by {@code parser}, or null when empty; a value it refuses becomes a problem of the field. */
    private <T> @Nullable T parse(String field, @Nullable String value, Function<String, T> parser, String messageKey) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.add(new FieldProblem(field, messageKey));
            return null;
        }
    }

    private static int pageNumber(String text) {
        int page = Integer.parseInt(text);
        if (page < 1) {
            throw new IllegalArgumentException("pages start at 1");
        }
        return page;
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
