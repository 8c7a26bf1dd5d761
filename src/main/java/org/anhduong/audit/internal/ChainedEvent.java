package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditEvent;
import org.anhduong.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An audit event exactly as stored: its content, the hash of its predecessor and its own hash over both. */
record ChainedEvent(long id, Instant occurredAt, @Nullable Long actorUserId, @Nullable String actorUsername,
                    @Nullable String actorUsernameKey, String action, String recordType, @Nullable String recordId,
                    AuditOutcome outcome, @Nullable String clientAddress, String prevHash, String hash) {

    /**
     * The event that follows {@code head}. The time is cut to microseconds, PostgreSQL's precision, so that the stored
     * value and the hashed value are the same.
     */
    static ChainedEvent after(ChainHead head, Instant now, AuditEntry entry, Actor actor, @Nullable String clientAddress) {
        var unsealed = new ChainedEvent(head.lastId() + 1, now.truncatedTo(ChronoUnit.MICROS), actor.userId(),
                actor.username(), Actor.key(actor.username()), entry.action(), entry.recordType(), entry.recordId(),
                entry.outcome(), clientAddress, head.lastHash(), "");
        return unsealed.withHash(EventHash.of(unsealed));
    }

    /** True when the stored hash still matches the stored content. */
    boolean sealIntact() {
        return hash.equals(EventHash.of(this));
    }

    AuditEvent toEvent() {
        return new AuditEvent(id, occurredAt, actorUserId, actorUsername, action, recordType, recordId, outcome, clientAddress);
    }

    private ChainedEvent withHash(String newHash) {
        return new ChainedEvent(id, occurredAt, actorUserId, actorUsername, actorUsernameKey, action, recordType, recordId,
                outcome, clientAddress, prevHash, newHash);
    }
}
