package org.anhduong.shelter.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Who is a child for shelter: under 18 (as for trafficking and GBVIMS), judged by birth year because that is what
 * shelter keeps; an unknown birth year is not a child.
 */
final class CareRules {

    static final int ADULT_AT = 18;

    private CareRules() {
    }

    static boolean child(@Nullable Integer birthYear, LocalDate on) {
        return birthYear != null && on.getYear() - birthYear < ADULT_AT;
    }
}
