package org.anhduong.casework;

import java.time.Instant;

/**
 * A transfer waiting for the receiving organisation: the minimum to decide on (survivor code, case type, the reason),
 * nothing of the file until it is accepted.
 */
public record IncomingTransfer(long transferId, long fromOrganisationId, String survivorCode, CaseType type,
                               String reason, Instant requestedAt) {
}
