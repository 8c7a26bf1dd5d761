package org.anhduong.casework.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.Handover;
import org.jspecify.annotations.Nullable;

/**
 * The hand-over form as posted or as stored: texts, so a refused form comes back as typed.
 *
 * @param handoverId the hand-over edited, or {@code null} for a new one
 */
public record HandoverForm(@Nullable Long handoverId, @Nullable Integer version, @Nullable String to,
                           @Nullable String handedOverOn, @Nullable String communeCode, @Nullable String receiverName,
                           @Nullable String receiverRelation, @Nullable String receivingOrganisationId,
                           @Nullable String receivingOrganisationName, @Nullable String notes) {

    static HandoverForm empty() {
        return new HandoverForm(null, null, null, null, null, null, null, null, null, null);
    }

    static HandoverForm of(Handover stored) {
        var d = stored.details();
        return new HandoverForm(stored.id(), stored.version(), d.to() == null ? null : d.to().name(),
                FormFields.shown(d.handedOverOn()), d.communeCode(), d.receiverName(),
                d.receiverRelation() == null ? null : d.receiverRelation().name(),
                d.receivingOrganisationId() == null ? null : d.receivingOrganisationId().toString(),
                d.receivingOrganisationName(), d.notes());
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
