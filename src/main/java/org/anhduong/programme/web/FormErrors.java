package org.anhduong.programme.web;

import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The problems of a re-rendered programme form, one per input id, in the user's language. */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    public FormErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    static FormErrors of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String input = switch (p.field()) {
                case "communes" -> "communeCode";
                case "participants.female" -> "female";
                case "participants.male" -> "male";
                case "participants.otherOrUnknown" -> "otherOrUnknown";
                default -> p.field().replaceAll("\\[\\d+]$", "");
            };
            byField.putIfAbsent(input, messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale));
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

    public @Nullable String error(String field) {
        return byField.get(field);
    }
}
