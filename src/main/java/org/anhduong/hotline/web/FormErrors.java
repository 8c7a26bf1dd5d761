package org.anhduong.hotline.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a re-rendered hotline form, in the user's language and in the order the fields were checked, one per
 * field (the first: one thing to fix at a time). Field names are those of {@link org.anhduong.hotline.ContactDraft},
 * which are also the inputs' ids, so the error summary links straight to the field.
 */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    public FormErrors {
        byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    static FormErrors of(List<FieldProblem> problems, MessageSource messages) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.computeIfAbsent(problem.field(), field -> messages.getMessage(problem.messageKey(), problem.args(),
                    problem.messageKey(), LocaleContextHolder.getLocale()));
        }
        return new FormErrors(byField);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    /** The ids an input's {@code aria-describedby} lists: its error, then its hint; null when it has neither. */
    public @Nullable String describedBy(String field, @Nullable String hintId) {
        String ids = (has(field) ? field + "-error " : "") + (hintId == null ? "" : hintId);
        return ids.isBlank() ? null : ids.strip();
    }
}
