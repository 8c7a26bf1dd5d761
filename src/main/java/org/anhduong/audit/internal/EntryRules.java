package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keeps free text, and with it personal data, out of the audit trail: actions and record types are code-like names,
 * record ids are short tokens. A violation is a programming error, so the messages never repeat the value.
 */
final class EntryRules {

    static final int MAX_RECORD_ID = 64;
    static final int MAX_USERNAME = 100;
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9._-]{1,63}");

    private EntryRules() {
    }

    static void check(AuditEntry entry) {
        Objects.requireNonNull(entry.outcome(), "outcome");
        name("action", entry.action());
        name("recordType", entry.recordType());
        token("recordId", entry.recordId(), MAX_RECORD_ID);
        token("actorUsername", entry.actorUsername(), MAX_USERNAME);
    }

    private static void name(String field, @Nullable String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must match " + NAME.pattern());
        }
    }

    private static void token(String field, @Nullable String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.isEmpty() || value.length() > maxLength || value.codePoints().anyMatch(EntryRules::blankOrControl)) {
            throw new IllegalArgumentException(field + " must be 1-" + maxLength + " characters without whitespace");
        }
    }

    private static boolean blankOrControl(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint);
    }
}
