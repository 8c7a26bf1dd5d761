package org.anhduong.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One stored audit event, as administrators see it. It names people by user id and username and records by type
 * and id; it never holds their content.
 *
 * @param id            position in the chain, given when the event was sealed into it (ids rise in the order of
 *                      sealing, which is not always the order of {@code occurredAt})
 * @param occurredAt    when it was recorded, to the microsecond
 * @param clientAddress the address of the HTTP client, null for events recorded outside a request
 */
public record AuditEvent(long id, Instant occurredAt, @Nullable Long actorUserId, @Nullable String actorUsername,
                         String action, String recordType, @Nullable String recordId, AuditOutcome outcome,
                         @Nullable String clientAddress) {
}
