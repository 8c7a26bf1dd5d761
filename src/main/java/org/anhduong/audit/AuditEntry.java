package org.anhduong.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing to audit. {@code action} is a dotted verb such as {@code user.create} or {@code login.failure};
 * {@code recordType} and {@code recordId} name the record touched (never its content).
 *
 * @param actorUserId   who did it, when not the signed-in user (e.g. a login attempt); null otherwise
 * @param actorUsername the actor's username, stored with the id because users can be renamed
 */
public record AuditEntry(String action, String recordType, @Nullable String recordId, AuditOutcome outcome,
                         @Nullable Long actorUserId, @Nullable String actorUsername) {

    public static AuditEntry success(String action, String recordType, @Nullable Object recordId) {
        return new AuditEntry(action, recordType, recordId == null ? null : recordId.toString(), AuditOutcome.SUCCESS, null, null);
    }

    public static AuditEntry of(String action, String recordType, @Nullable Object recordId, AuditOutcome outcome) {
        return new AuditEntry(action, recordType, recordId == null ? null : recordId.toString(), outcome, null, null);
    }

    public AuditEntry by(@Nullable Long userId, @Nullable String username) {
        return new AuditEntry(action, recordType, recordId, outcome, userId, username);
    }
}
