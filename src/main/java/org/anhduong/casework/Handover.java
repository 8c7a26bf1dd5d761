package org.anhduong.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.List;

/**
 * A recorded hand-over with its follow-up visits (oldest first), decrypted for the case's team.
 *
 * @param version optimistic-locking version; give it back to {@link Handovers#update}
 */
public record Handover(long id, long caseId, int version, @JsonUnwrapped HandoverDetails details,
                       List<HandoverVisit> visits, long recordedBy, Instant recordedAt, Instant updatedAt) {

    public Handover {
        visits = List.copyOf(visits);
    }
}
