package org.anhduong.reporting.internal;

import java.time.LocalDate;
import java.util.List;

import org.anhduong.hotline.Sex;
import org.jspecify.annotations.Nullable;

/** Shelter's facts as reporting counts them, with the case each belongs to so the report's scope can be applied. */
final class ShelterRows {

    private ShelterRows() {
    }

    /** An emergency support episode and the persons it supported. */
    record Episode(long caseId, LocalDate startedOn, List<Person> persons) {

        Episode {
            persons = List.copyOf(persons);
        }
    }

    /** @param accompanyingChild a child who came with the client (shelter's rule, by age at the episode's start) */
    record Person(long personId, boolean accompanyingChild) {
    }

    /** An emergency stay in a facility, [admittedOn, dischargedOn). */
    record Stay(long caseId, long personId, LocalDate admittedOn, @Nullable LocalDate dischargedOn) {
    }

    /** A child in residential care. */
    record Care(long caseId, Sex sex, boolean trafficked) {
    }
}
