package org.anhduong.casework.internal.closure;

import org.anhduong.casework.internal.FieldChecks;
import org.jspecify.annotations.Nullable;

/** Reasons and notes people must give (reopening, sending back, declining): long enough to act on. */
public final class Notes {

    public static final int MIN = 5;
    public static final int MAX = 2000;

    private Notes() {
    }

    /** The text stripped and in NFC, of {@value #MIN} to {@value #MAX} characters; otherwise a problem on the field. */
    public static String required(String field, @Nullable String text) {
        var checks = new FieldChecks();
        String note = checks.text(field, text, MAX);
        if (note == null || note.length() < MIN) {
            checks.add(field, "casework.closure.noteTooShort", MIN);
        }
        checks.throwIfAny();
        return note == null ? "" : note;
    }
}
