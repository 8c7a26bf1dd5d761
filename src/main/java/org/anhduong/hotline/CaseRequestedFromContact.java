package org.anhduong.hotline;

import java.time.Instant;

/**
 * A counsellor asked for a case to be opened from a contact (when recording it, or later). Casework listens, opens
 * the case pre-filled through {@link Hotline#find}, and calls {@link Hotline#linkToCase} with the new case's reference.
 */
public record CaseRequestedFromContact(long contactId, long organisationId, long requestedBy, Instant requestedAt) {
}
