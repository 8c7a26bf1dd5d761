package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A transfer of a case to another organisation, as the sending team reads it.
 *
 * @param consentId   the consent it rests on
 * @param declineNote the receiver's reason for declining
 */
public record Transfer(long id, long caseId, long fromOrganisationId, long toOrganisationId, TransferState state,
                       String reason, long consentId, long requestedBy, Instant requestedAt, @Nullable Long decidedBy,
                       @Nullable Instant decidedAt, @Nullable String declineNote) {
}
