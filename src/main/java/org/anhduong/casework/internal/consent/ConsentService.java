package org.anhduong.casework.internal.consent;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.Consent;
import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.ConsentOverview;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.ConsentWithdrawal;
import org.anhduong.casework.Consents;
import org.anhduong.casework.NewConsent;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The case's consents for its team, and the consent decision for everyone who asks (see {@link Consents}). */
@Service
class ConsentService implements Consents {

    private static final String CASE = "case";

    private final CaseAccess access;
    private final ConsentStore store;
    private final ConsentDecisions decisions;
    private final ConsentChecks checks;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final Clock clock;

    ConsentService(CaseAccess access, ConsentStore store, ConsentDecisions decisions, ConsentChecks checks,
                   AuditTrail audit, CaseworkTransactions tx, Clock clock) {
        this.access = access;
        this.store = store;
        this.decisions = decisions;
        this.checks = checks;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public ConsentOverview list(long caseId) {
        return tx.run(() -> {
            CaseRecord found = access.readable("consent.read", caseId);
            var consents = store.ofCase(caseId);
            Map<ConsentPurpose, ConsentDecision> current = new EnumMap<>(ConsentPurpose.class);
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                current.put(purpose, decisions.decide(found, consents, purpose, null));
            }
            audit.record(AuditEntry.success("consent.read", CASE, caseId));
            audit.record(birthRead(found));
            return new ConsentOverview(consents, current);
        });
    }

    @Override
    public Consent record(long caseId, NewConsent consent) {
        return tx.run(() -> {
            UserPrincipal user = access.user("consent.create", caseId);
            access.writable("consent.create", caseId);
            NewConsent valid = checks.valid(consent);
            long id = store.insert(caseId, valid, user.userId(), clock.instant());
            audit.record(AuditEntry.success("consent.create", CASE, caseId));
            return store.find(caseId, id).orElseThrow();
        });
    }

    @Override
    public Consent withdraw(long caseId, long consentId, ConsentWithdrawal withdrawal) {
        return tx.run(() -> {
            UserPrincipal user = access.user("consent.withdraw", caseId);
            // A withdrawal is recorded even on a closed case: her "no" must never wait.
            access.readable("consent.withdraw", caseId);
            Consent consent = store.find(caseId, consentId).orElseThrow(() -> new NotFoundException("consent"));
            ConsentWithdrawal valid = checks.valid(consent, withdrawal);
            if (consent.withdrawn() || !store.withdraw(consentId, valid, user.userId())) {
                throw new ConflictException("consent-withdrawn", "casework.consent.alreadyWithdrawn");
            }
            audit.record(AuditEntry.success("consent.withdraw", CASE, caseId));
            return store.find(caseId, consentId).orElseThrow();
        });
    }

    @Override
    public ConsentDecision check(long caseId, ConsentPurpose purpose, @Nullable Long recipientOrganisationId) {
        return tx.run(() -> {
            CaseRecord found = access.readable("consent.check", caseId);
            audit.record(AuditEntry.success("consent.check", CASE, caseId));
            audit.record(birthRead(found));
            return decisions.decide(found, store.ofCase(caseId), checks.purpose(purpose), recipientOrganisationId);
        });
    }

    /** The decisions read her date of birth (a child's consent rules): a read of the client's details. */
    private static AuditEntry birthRead(CaseRecord found) {
        return AuditEntry.success("client.read", "client", found.clientId());
    }

    @Override
    public ConsentDecision mayShare(long caseId, ConsentPurpose purpose, @Nullable Long recipientOrganisationId) {
        return decisions.mayShare(caseId, checks.purpose(purpose), recipientOrganisationId);
    }
}
