package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A hand-over as a case worker records it.
 *
 * @param to                        to her family, her locality, or an organisation
 * @param handedOverOn              the day; not in the future (and for trafficking not before her return)
 * @param communeCode               the commune she goes to, a current administrative unit
 * @param receiverName              the receiving person; encrypted, at most 200 characters
 * @param receivingOrganisationId   the receiving organisation when it is in the system (to an organisation only)
 * @param receivingOrganisationName its name when it is not (to an organisation only); at most 200 characters
 * @param notes                     encrypted, at most 4000 characters
 */
public record HandoverDetails(@Nullable HandoverTo to, @Nullable LocalDate handedOverOn, @Nullable String communeCode,
                              @Nullable String receiverName, @Nullable ReceiverRelation receiverRelation,
                              @Nullable Long receivingOrganisationId, @Nullable String receivingOrganisationName,
                              @Nullable String notes) {
}
