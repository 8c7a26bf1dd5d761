package org.anhduong.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A recorded prohibition of contact, decrypted for the case's team, with what is derived from it.
 *
 * @param version    optimistic-locking version; give it back to {@link ProtectionOrders#update} and
 *                   {@link ProtectionOrders#revoke}
 * @param status     where it stands now
 * @param target     whether the 12-hour decision target was met
 * @param revocation the revocation, once revoked
 */
public record ProtectionOrder(long id, long caseId, int version, @JsonUnwrapped ProtectionOrderDetails details,
                              OrderStatus status, DecisionTarget target, @Nullable OrderRevocation revocation,
                              long recordedBy, Instant recordedAt, Instant updatedAt) {
}
