package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An event recorded and committed but not yet sealed into the chain: its content, without a place in the chain.
 *
 * @param id the row of {@code audit_pending}; it only orders the pending events, the chain gives its own ids
 */
record PendingEvent(long id, Instant occurredAt, @Nullable Long actorUserId, @Nullable String actorUsername,
                    String action, String recordType, @Nullable String recordId, AuditOutcome outcome,
                    @Nullable String clientAddress) {

    /** The event as the chain's next link after {@code head}, hashed exactly as events appended directly were. */
    ChainedEvent sealedAfter(ChainHead head) {
        return ChainedEvent.after(head, occurredAt, new AuditEntry(action, recordType, recordId, outcome, null, null),
                new Actor(actorUserId, actorUsername), clientAddress);
    }
}
