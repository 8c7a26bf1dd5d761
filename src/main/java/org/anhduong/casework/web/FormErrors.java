package org.anhduong.casework.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The problems of a re-rendered casework form, one per field, keyed by the form's input ids (the module's field names
 * such as {@code client.phones[0]} are mapped to them), so the error summary links straight to each input.
 */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    public FormErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    static FormErrors of(List<FieldProblem> problems, UnaryOperator<String> inputId, Function<FieldProblem, String> text) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.putIfAbsent(inputId.apply(problem.field()), text.apply(problem));
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
