package org.anhduong.casework.internal.incident;

import java.time.Instant;
import java.util.List;

/** An incident row with its children, decrypted, before anything is derived from it. */
record StoredIncident(long id, long caseId, int version, ValidIncident incident, List<Long> perpetratorIds,
                      Instant createdAt, Instant updatedAt) {

    StoredIncident {
        perpetratorIds = List.copyOf(perpetratorIds);
    }
}
