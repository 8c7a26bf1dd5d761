package org.anhduong.casework.web;

import org.anhduong.casework.Handover;
import org.anhduong.casework.Wellbeing;
import org.anhduong.geography.Localities;
import org.springframework.stereotype.Component;

/** A hand-over as the hand-over tab shows it: labels in the user's language, the receiver described. */
@Component
class HandoverEntries {

    private final Labels labels;
    private final Localities localities;
    private final OrganisationNames organisations;

    HandoverEntries(Labels labels, Localities localities, OrganisationNames organisations) {
        this.labels = labels;
        this.localities = localities;
        this.organisations = organisations;
    }

    HandoverPage.Entry of(Handover h) {
        var d = h.details();
        String organisation = organisations.name(d.receivingOrganisationId(), d.receivingOrganisationName());
        String person = d.receiverName() == null ? "" : d.receiverName()
                + (d.receiverRelation() == null ? "" : " (" + labels.of(d.receiverRelation()) + ")");
        String receiver = organisation != null ? organisation : person;
        var visits = h.visits().stream().map(v -> new HandoverPage.Visit(v.visitedOn(),
                v.visitedBy() == null ? "" : v.visitedBy(), labels.of(v.wellbeing()),
                v.wellbeing() == Wellbeing.DIFFICULTIES || v.wellbeing() == Wellbeing.AT_RISK, v.notes())).toList();
        return new HandoverPage.Entry(h.id(), d.handedOverOn(), labels.of(d.to()), localities.describe(d.communeCode()),
                receiver, d.notes(), visits);
    }
}
