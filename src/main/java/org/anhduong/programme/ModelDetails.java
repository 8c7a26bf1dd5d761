package org.anhduong.programme;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A model as a programme officer describes it.
 *
 * @param kind             a code of the {@link CodeList#MODEL_KIND} list
 * @param pilot            a pilot model (counted among the pilots of the summary whatever its kind)
 * @param programmePeriod  as the programme names it, e.g. "2016–2020" or "thí điểm 2021–2023"
 * @param communes         commune codes where it runs, at least one
 * @param status           its status from {@code statusFrom}; a change appends to its history, closing the previous
 *                         status the day before
 */
public record ModelDetails(@Nullable String name, @Nullable String kind, @Nullable Boolean pilot,
                           @Nullable String programmePeriod, @Nullable Long leadOrganisationId,
                           @Nullable String partners, @Nullable String funders, @Nullable String objectives,
                           @Nullable String description, @Nullable List<String> communes,
                           @Nullable ModelStatus status, @Nullable LocalDate statusFrom) {
}
