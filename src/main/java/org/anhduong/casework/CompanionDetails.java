package org.anhduong.casework;

import org.anhduong.hotline.Sex;
import org.jspecify.annotations.Nullable;

/**
 * Someone who came with the client, typically her child; each companion is a person supported.
 *
 * @param dateOfBirth a year, month or day as for {@link ClientDetails#dateOfBirth()}; a year is usually enough
 * @param name        optional; encrypted
 */
public record CompanionDetails(@Nullable CompanionRelation relation, @Nullable Sex sex, @Nullable String dateOfBirth,
                               @Nullable String name) {

    @Override
    public String toString() {
        return "CompanionDetails[relation=" + relation + ", sex=" + sex + "]";
    }
}
