package org.anhduong.casework.web;

import org.jspecify.annotations.Nullable;

/** The form that adds a companion. */
public record CompanionForm(@Nullable String relation, @Nullable String sex, @Nullable String dateOfBirth,
                            @Nullable String name) {

    static final CompanionForm EMPTY = new CompanionForm(null, null, null, null);

    @Override
    public String toString() {
        return "CompanionForm[relation=" + relation + "]";
    }
}
