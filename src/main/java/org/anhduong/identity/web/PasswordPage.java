package org.anhduong.identity.web;

import java.util.Map;

/** View model of the change-password page: field errors as message keys, and whether the change is forced. */
public record PasswordPage(boolean forced, boolean changed, Map<String, String> errors) {

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }
}
