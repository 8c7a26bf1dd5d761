package org.anhduong.referral.web;

import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form's problems by field, in the user's language, for the error summary and the fields. */
public record Problems(Map<String, String> byField) {

    public Problems {
        byField = Map.copyOf(byField);
    }

    public static Problems none() {
        return new Problems(Map.of());
    }

    static Problems of(List<FieldProblem> problems, Ui ui) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), ui.t(p.messageKey(), p.args())));
        return new Problems(byField);
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

    /** The ids describing the field: its error and its hint, when it has them. */
    public @Nullable String describedBy(String field, @Nullable String hintId) {
        String ids = ((has(field) ? field + "-error " : "") + (hintId == null ? "" : hintId)).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** The summary lists each field once, in order; a map keeps JTE templates simple. */
    public Map<String, String> summary() {
        return byField;
    }
}
