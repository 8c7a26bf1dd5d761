package org.anhduong.casework.internal.transfer;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseAssigned;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.CaseTransferred;
import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.Transfer;
import org.anhduong.casework.TransferRequest;
import org.anhduong.casework.TransferState;
import org.anhduong.casework.internal.Cases;
import org.anhduong.casework.internal.FieldChecks;
import org.anhduong.casework.internal.closure.Notes;
import org.anhduong.casework.internal.consent.ConsentDecisions;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The state changes of transfers once access is settled: lock the case, check the state, write, audit, announce. */
@Component
class TransferSteps {

    private final TransferStore store;
    private final Cases cases;
    private final ConsentDecisions consents;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferSteps(TransferStore store, Cases cases, ConsentDecisions consents, UserDirectory directory,
                  AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.consents = consents;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The request's reason, once the receiver is checked: another active organisation. */
    String checked(CaseRecord found, TransferRequest request) {
        var checks = new FieldChecks();
        long to = request.toOrganisationId();
        boolean active = directory.findOrganisation(to).filter(Organisation::active).isPresent();
        if (!active || to == found.organisationId()) {
            checks.add("toOrganisationId", "casework.transfer.receiverInvalid");
        }
        checks.throwIfAny();
        return Notes.required("reason", request.reason());
    }

    ConsentDecision consent(CaseRecord found, long to) {
        return consents.forTransfer(found, to);
    }

    Transfer request(UserPrincipal user, CaseRecord found, long to, String reason, ConsentDecision consent) {
        CaseRecord current = locked(found.id());
        if (current.status() == CaseStatus.CLOSED) {
            throw new ConflictException("case-closed", "casework.case.closed");
        }
        if (store.pendingOf(current.id())) {
            throw new ConflictException("transfer-pending", "casework.transfer.pending");
        }
        if (store.closurePending(current.id())) {
            throw new ConflictException("closure-pending", "casework.closure.pending");
        }
        long id = store.insert(current.id(), current.organisationId(), to, reason,
                java.util.Objects.requireNonNull(consent.consentId()), user.userId(), now());
        audit.record(AuditEntry.success(TransferService.REQUEST, TransferService.CASE, current.id()));
        return store.find(id).orElseThrow();
    }

    Transfer decide(UserPrincipal user, Transfer transfer, TransferState to, @Nullable String note) {
        CaseRecord current = locked(transfer.caseId());
        Instant now = now();
        if (!store.decide(transfer.id(), to, note, user.userId(), now)) {
            throw new ConflictException("transfer-decided", "casework.transfer.decided");
        }
        audit.record(AuditEntry.success("transfer." + verb(to), TransferService.CASE, current.id()));
        if (to == TransferState.ACCEPTED) {
            store.moveCase(current.id(), transfer.toOrganisationId(), user.userId(), now);
            events.publishEvent(new CaseTransferred(current.id(), transfer.id(), current.organisationId(),
                    transfer.toOrganisationId(), user.userId(), now));
            events.publishEvent(new CaseAssigned(current.id(), transfer.toOrganisationId(), null, user.userId(),
                    user.userId()));
        }
        return store.find(transfer.id()).orElseThrow();
    }

    private static String verb(TransferState to) {
        return switch (to) {
            case ACCEPTED -> "accept";
            case DECLINED -> "decline";
            case WITHDRAWN -> "withdraw";
            case PENDING -> "request";
        };
    }

    private CaseRecord locked(long caseId) {
        store.lockCase(caseId);
        return cases.find(caseId).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
