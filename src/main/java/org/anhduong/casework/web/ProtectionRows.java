package org.anhduong.casework.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.DecisionTarget;
import org.anhduong.casework.OrderDecision;
import org.anhduong.casework.OrderStatus;
import org.anhduong.casework.ProtectionOrder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/** An order as the protection tab lists it: labels in the user's language, times dd/MM/yyyy HH:mm. */
@Component
class ProtectionRows {

    private final Labels labels;

    ProtectionRows(Labels labels) {
        this.labels = labels;
    }

    ProtectionPage.Row of(ProtectionOrder o, List<Choice> perpetrators, boolean closed) {
        var d = o.details();
        String perpetrator = d.perpetratorId() == null ? labels.text("casework.protection.noPerpetrator")
                : perpetrators.stream().filter(c -> c.value().equals(d.perpetratorId().toString())).map(Choice::label)
                .findFirst().orElse(labels.text("casework.protection.perpetratorGone"));
        String span = d.startsAt() == null ? "" : DateTimeValues.shown(d.startsAt()) + " – " + DateTimeValues.shown(d.endsAt());
        String notified = d.notified().stream().sorted().map(labels::of).collect(Collectors.joining(", "));
        String revocation = o.revocation() == null ? null : labels.text("casework.protection.revokedText",
                FormFields.shown(o.revocation().revokedOn()), o.revocation().reason());
        boolean revocable = !closed && o.revocation() == null && d.decision() == OrderDecision.GRANTED;
        Boolean met = o.target() == DecisionTarget.PENDING ? null : o.target() == DecisionTarget.MET;
        return new ProtectionPage.Row(o.id(), o.version(), labels.of(d.issuer()), DateTimeValues.shown(d.requestedAt()),
                d.decision() == null ? labels.text("casework.protection.undecided") : labels.of(d.decision()),
                DateTimeValues.shown(d.decidedAt()), labels.of(o.target()), met, span, labels.of(o.status()),
                o.status() == OrderStatus.IN_FORCE, perpetrator, notified, d.notifiedNote(), revocation, revocable);
    }
}
