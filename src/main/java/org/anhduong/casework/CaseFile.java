package org.anhduong.casework;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A case as its team reads it: the case, the client (names hidden), the companions and who is on the team.
 *
 * @param worker     the assigned case worker, when there is one
 * @param supervisor the team's supervisor, when there is one
 */
public record CaseFile(@JsonProperty("case") CaseRecord caseRecord, Client client, List<Companion> companions, @Nullable TeamMember worker,
                       @Nullable TeamMember supervisor) {

    public CaseFile {
        companions = List.copyOf(companions);
    }
}
