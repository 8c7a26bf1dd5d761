package org.anhduong.identity.internal;

import org.anhduong.geography.Localities;
import org.anhduong.platform.text.PhoneNumbers;
import org.anhduong.platform.text.VietnameseText;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects field problems of one input, so a form shows every error at once and nothing is half-saved. */
final class InputCheck {

    private static final Pattern SERVICE_NUMBER = Pattern.compile("^1[0-9]{2,9}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final List<FieldProblem> problems = new ArrayList<>();

    String required(String field, @Nullable String value, int max) {
        String text = value == null ? "" : VietnameseText.nfc(value.strip());
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong", max));
        }
        return text;
    }

    @Nullable String optional(String field, @Nullable String value, int max) {
        String text = value == null ? "" : VietnameseText.nfc(value.strip());
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong", max));
        }
        return text.isEmpty() ? null : text;
    }

    @Nullable String email(String field, @Nullable String value) {
        String text = optional(field, value, 200);
        if (text != null && !EMAIL.matcher(text).matches()) {
            problems.add(new FieldProblem(field, "validation.email"));
        }
        return text;
    }

    @Nullable String phone(String field, @Nullable String value) {
        String text = optional(field, value, 40);
        if (text == null) {
            return null;
        }
        var normalised = PhoneNumbers.normalise(text);
        if (normalised.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.phone"));
            return null;
        }
        return normalised.get();
    }

    /**
     * An organisation's contact number: a personal-style number (normalised to E.164) or a service number such as the
     * free hotline 1800 1769 or the national child line 111, kept as digits.
     */
    @Nullable String contactNumber(String field, @Nullable String value) {
        String text = optional(field, value, 40);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s.\\-]", "");
        if (SERVICE_NUMBER.matcher(digits).matches()) {
            return digits;
        }
        return phone(field, text);
    }

    Set<String> localities(String field, @Nullable List<String> codes, Localities localities) {
        Set<String> result = new LinkedHashSet<>();
        if (codes == null) {
            return result;
        }
        for (String raw : codes) {
            for (String code : raw.split("[,\\s]+")) {
                if (code.isBlank()) {
                    continue;
                }
                if (!localities.exists(code)) {
                    problems.add(new FieldProblem(field, "identity.locality.unknown"));
                } else {
                    result.add(code);
                }
            }
        }
        return result;
    }

    void problem(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
