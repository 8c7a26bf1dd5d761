package org.anhduong.casework.internal.consent;

import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.Consent;
import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.internal.Cases;
import org.anhduong.casework.internal.Clients;
import org.anhduong.casework.internal.rules.ConsentFact;
import org.anhduong.casework.internal.rules.ConsentRules;
import org.anhduong.platform.time.PartialDate;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Today's consent decision for a case, by {@link ConsentRules} with the client's birth date from her record. No access
 * check here: callers check (the team's screens) or act with the system's authority (other modules).
 */
@Component
public class ConsentDecisions {

    private final Cases cases;
    private final Clients clients;
    private final ConsentStore store;
    private final Clock clock;

    ConsentDecisions(Cases cases, Clients clients, ConsentStore store, Clock clock) {
        this.cases = cases;
        this.clients = clients;
        this.store = store;
        this.clock = clock;
    }

    /** The decision for the case. @throws NotFoundException when there is no such case */
    @Transactional(readOnly = true)
    public ConsentDecision mayShare(long caseId, ConsentPurpose purpose, @Nullable Long recipientOrganisationId) {
        CaseRecord found = cases.find(caseId).orElseThrow(() -> new NotFoundException("case"));
        return decide(found, store.ofCase(caseId), purpose, recipientOrganisationId);
    }

    /**
     * Whether the case may be handed to the organisation: a consent naming it for case management or information
     * sharing, or one to share information with anyone. A consent to case management "by anyone" is the client's
     * agreement to her own organisation's work, not to a transfer, so it does not count.
     */
    public ConsentDecision forTransfer(CaseRecord found, long recipient) {
        List<Consent> consents = store.ofCase(found.id());
        ConsentDecision sharing = decide(found, consents, ConsentPurpose.INFORMATION_SHARING, recipient);
        if (sharing.allowed()) {
            return sharing;
        }
        ConsentDecision managing = decide(found, consents, ConsentPurpose.CASE_MANAGEMENT, recipient);
        boolean naming = managing.consentId() != null && consents.stream()
                .anyMatch(c -> c.id() == managing.consentId() && Long.valueOf(recipient).equals(c.recipientOrganisationId()));
        if (naming && (managing.allowed() || sharing.reason() == ConsentDecision.Reason.NONE)) {
            return managing;
        }
        return sharing;
    }

    ConsentDecision decide(CaseRecord found, List<Consent> consents, ConsentPurpose purpose,
                           @Nullable Long recipientOrganisationId) {
        var facts = consents.stream().map(ConsentDecisions::fact).toList();
        return ConsentRules.decide(facts, purpose, recipientOrganisationId, birthOf(found),
                LocalDate.now(clock.withZone(Ui.ZONE)));
    }

    private @Nullable PartialDate birthOf(CaseRecord found) {
        return clients.find(found.clientId())
                .map(client -> PartialDate.parseOrNull(client.details().dateOfBirth()))
                .orElse(null);
    }

    private static ConsentFact fact(Consent c) {
        return new ConsentFact(c.id(), c.purpose(), c.recipientOrganisationId(),
                ConsentFact.GivenBy.valueOf(c.givenBy().name()), c.childAgreed(), c.givenOn(), c.withdrawnOn(),
                c.validUntil());
    }
}
