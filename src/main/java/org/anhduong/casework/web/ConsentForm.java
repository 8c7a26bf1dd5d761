package org.anhduong.casework.web;

import org.jspecify.annotations.Nullable;

/** The "record a consent" form as posted: texts, so a refused form comes back as typed. */
public record ConsentForm(@Nullable String purpose, @Nullable String recipient, @Nullable String givenBy,
                          @Nullable String guardianName, @Nullable String guardianRelation,
                          @Nullable Boolean childAgreed, @Nullable String givenOn, @Nullable String validUntil) {

    static ConsentForm empty(String today) {
        return new ConsentForm("", "", "CLIENT", "", "", null, today, "");
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean agreed() {
        return Boolean.TRUE.equals(childAgreed);
    }
}
