package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A hand-over as other sections show it (the trafficking record): no personal data, the details are read at
 * {@code /api/v1/cases/{id}/handovers/{handoverId}}.
 *
 * @param receivingOrganisationName the organisation's name when it was handed over to one not in the system
 */
public record HandoverSummary(long id, HandoverTo to, LocalDate handedOverOn, @Nullable Long receivingOrganisationId,
                              @Nullable String receivingOrganisationName) {
}
