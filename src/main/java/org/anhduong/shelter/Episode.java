package org.anhduong.shelter;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An emergency support episode of a case.
 *
 * @param version    optimistic-locking version; give it back to {@link EmergencySupport#update}
 * @param persons    the persons supported, each once, the client first
 * @param placements the episode's placements, by admission
 */
public record Episode(long id, int version, long caseId, LocalDate startedOn, @Nullable LocalDate endedOn,
                      Set<SupportType> support, List<SupportedPerson> persons, List<Placement> placements) {

    public Episode {
        support = Set.copyOf(support);
        persons = List.copyOf(persons);
        placements = List.copyOf(placements);
    }

    /** How many persons the episode supports. */
    @JsonProperty("personCount")
    public int personCount() {
        return persons.size();
    }
}
