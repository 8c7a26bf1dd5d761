package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A case without its client's details.
 *
 * @param version          optimistic-locking version; give it back to {@link CaseManagement#update}
 * @param assignedWorkerId the case worker in charge; null for an intake not yet assigned
 * @param supervisorId     the supervisor on the team; null until one assigns or takes the case
 * @param contactIds       linked hotline contacts
 */
public record CaseRecord(long id, String caseNumber, int version, long clientId, String survivorCode,
                         long organisationId, CaseType type, CaseSource source, @Nullable String referringReference,
                         CaseStatus status, Priority priority, RiskLevel riskLevel, @Nullable String communeCode,
                         @Nullable Long assignedWorkerId, @Nullable Long supervisorId, Instant openedAt, long openedBy,
                         @Nullable Instant closedAt, Instant updatedAt, List<Long> contactIds) {

    public CaseRecord {
        contactIds = List.copyOf(contactIds);
    }
}
