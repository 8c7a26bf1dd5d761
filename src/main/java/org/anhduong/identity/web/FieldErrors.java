package org.anhduong.identity.web;

import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field errors of a re-rendered form, already in the user's language, in the order the fields were checked
 * (the order of the error summary). Only the first problem of a field is shown: one thing to fix at a time.
 */
public record FieldErrors(Map<String, String> messages) {

    public static final FieldErrors NONE = new FieldErrors(Map.of());

    static FieldErrors of(InvalidInputException e, MessageSource source) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            messages.putIfAbsent(p.field(), source.getMessage(p.messageKey(), p.args(), p.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return new FieldErrors(Collections.unmodifiableMap(messages));
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public int count() {
        return messages.size();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String message(String field) {
        return messages.getOrDefault(field, "");
    }

    /** What an input's {@code aria-describedby} names: its error first, then its hint; null when neither exists. */
    public @Nullable String describedBy(String field, @Nullable String hintId) {
        String error = has(field) ? field + "-error" : null;
        if (error != null && hintId != null) {
            return error + " " + hintId;
        }
        return error != null ? error : hintId;
    }
}
