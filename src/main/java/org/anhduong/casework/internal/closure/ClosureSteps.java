package org.anhduong.casework.internal.closure;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseClosed;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseReopened;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.CaseStatusChanged;
import org.anhduong.casework.Closure;
import org.anhduong.casework.ClosureRequest;
import org.anhduong.casework.ClosureState;
import org.anhduong.casework.internal.Cases;
import org.anhduong.casework.internal.FieldChecks;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The state changes of closure, once access is settled: each takes the case's lock, re-reads it, checks the state it
 * starts from, writes, audits and announces.
 */
@Component
class ClosureSteps {

    static final String REQUEST = "case.closeRequest";
    static final String CLOSE = "case.close";
    static final String SEND_BACK = "case.closeSendBack";
    static final String REOPEN = "case.reopen";
    static final String WITHDRAW = "case.closeWithdraw";
    static final int MAX_OUTCOME = 4000;

    private final ClosureStore store;
    private final Cases cases;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClosureSteps(ClosureStore store, Cases cases, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Closure close(UserPrincipal user, CaseRecord found, ClosureRequest request, boolean direct) {
        var checks = new FieldChecks();
        checks.required("reason", request.reason());
        String outcome = checks.text("outcome", request.outcome(), MAX_OUTCOME);
        checks.throwIfAny();
        CaseRecord current = locked(found.id());
        if (current.status() == CaseStatus.CLOSED) {
            throw new ConflictException("case-closed", "casework.case.closed");
        }
        if (store.latest(current.id(), ClosureState.PENDING).isPresent()) {
            throw new ConflictException("closure-pending", "casework.closure.pending");
        }
        if (store.transferPending(current.id())) {
            throw new ConflictException("transfer-pending", "casework.transfer.pending");
        }
        Instant now = now();
        ClosureState state = direct ? ClosureState.CLOSED : ClosureState.PENDING;
        long id = store.insert(current.id(), current.organisationId(), state,
                new ClosureRequest(request.reason(), outcome), current.status(), user.userId(), now);
        audit.record(AuditEntry.success(direct ? CLOSE : REQUEST, ClosureService.CASE, current.id()));
        if (direct) {
            closeCase(user, current, request, now);
        }
        return find(current.id(), id);
    }

    Closure decide(UserPrincipal user, CaseRecord found, ClosureState to, @Nullable String note) {
        CaseRecord current = locked(found.id());
        Closure pending = store.latest(current.id(), ClosureState.PENDING).orElseThrow(ClosureSteps::nonePending);
        Instant now = now();
        if (!store.decide(pending.id(), to, note, user.userId(), now)) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEntry.success(to == ClosureState.CLOSED ? CLOSE : SEND_BACK, ClosureService.CASE,
                current.id()));
        if (to == ClosureState.CLOSED) {
            closeCase(user, current, new ClosureRequest(pending.reason(), null), now);
        }
        return find(current.id(), pending.id());
    }

    /** Withdraws the pending closure; checked again under the case's lock, as a supervisor may have just decided it. */
    Closure withdraw(UserPrincipal user, CaseRecord found) {
        CaseRecord current = locked(found.id());
        Closure pending = store.latest(current.id(), ClosureState.PENDING).orElseThrow(ClosureSteps::nonePending);
        if (!store.decide(pending.id(), ClosureState.WITHDRAWN, null, user.userId(), now())) {
            throw nonePending();
        }
        audit.record(AuditEntry.success(WITHDRAW, ClosureService.CASE, current.id()));
        return find(current.id(), pending.id());
    }

    static ConflictException nonePending() {
        return new ConflictException("no-pending-closure", "casework.closure.nonePending");
    }

    Closure reopen(UserPrincipal user, CaseRecord found, String reason) {
        CaseRecord current = locked(found.id());
        Closure closed = store.latest(current.id(), ClosureState.CLOSED)
                .filter(c -> current.status() == CaseStatus.CLOSED)
                .orElseThrow(() -> new ConflictException("case-not-closed", "casework.closure.notClosed"));
        CaseStatus back = closed.statusBefore() == CaseStatus.CLOSED ? CaseStatus.OPEN : closed.statusBefore();
        Instant now = now();
        if (!store.reopen(closed.id(), reason, user.userId(), now)) {
            throw ConflictException.staleVersion();
        }
        store.setCaseStatus(current.id(), back, null, now);
        audit.record(AuditEntry.success(REOPEN, ClosureService.CASE, current.id()));
        events.publishEvent(new CaseReopened(current.id(), current.organisationId(), back, user.userId(), now));
        events.publishEvent(new CaseStatusChanged(current.id(), current.organisationId(), CaseStatus.CLOSED, back,
                user.userId(), now));
        return find(current.id(), closed.id());
    }

    private void closeCase(UserPrincipal user, CaseRecord current, ClosureRequest request, Instant now) {
        store.setCaseStatus(current.id(), CaseStatus.CLOSED, now, now);
        events.publishEvent(new CaseClosed(current.id(), current.organisationId(), request.reason(), user.userId(), now));
        events.publishEvent(new CaseStatusChanged(current.id(), current.organisationId(), current.status(),
                CaseStatus.CLOSED, user.userId(), now));
    }

    private CaseRecord locked(long caseId) {
        store.lockCase(caseId);
        return cases.find(caseId).orElseThrow();
    }

    private Closure find(long caseId, long closureId) {
        return store.ofCase(caseId).stream().filter(c -> c.id() == closureId).findFirst().orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
