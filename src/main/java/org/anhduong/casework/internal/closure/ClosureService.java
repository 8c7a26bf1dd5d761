package org.anhduong.casework.internal.closure;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseClosure;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.Closure;
import org.anhduong.casework.ClosureRequest;
import org.anhduong.casework.ClosureState;
import org.anhduong.casework.PendingClosure;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.springframework.stereotype.Service;

import java.util.List;

/** Closing and reopening cases (see {@link CaseClosure}); each operation in one casework transaction. */
@Service
class ClosureService implements CaseClosure {

    static final String CASE = "case";

    private final CaseAccess access;
    private final ClosureSteps steps;
    private final ClosureStore store;
    private final ClosureProperties properties;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;

    ClosureService(CaseAccess access, ClosureSteps steps, ClosureStore store, ClosureProperties properties,
                   AuditTrail audit, CaseworkTransactions tx) {
        this.access = access;
        this.steps = steps;
        this.store = store;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public boolean needsApproval() {
        return properties.closureNeedsApproval();
    }

    @Override
    public List<Closure> history(long caseId) {
        return tx.run(() -> {
            access.readable("closure.read", caseId);
            audit.record(AuditEntry.success("closure.read", CASE, caseId));
            return store.ofCase(caseId);
        });
    }

    @Override
    public Closure close(long caseId, ClosureRequest request) {
        return tx.run(() -> {
            UserPrincipal user = access.user(ClosureSteps.REQUEST, caseId);
            CaseRecord found = access.writable(ClosureSteps.REQUEST, caseId);
            boolean direct = !properties.closureNeedsApproval() || supervises(user, found);
            return steps.close(user, found, request, direct);
        });
    }

    @Override
    public Closure approve(long caseId) {
        return tx.run(() -> {
            UserPrincipal user = access.user(ClosureSteps.CLOSE, caseId);
            CaseRecord found = access.readable(ClosureSteps.CLOSE, caseId);
            access.supervisor(user, found, ClosureSteps.CLOSE);
            return steps.decide(user, found, ClosureState.CLOSED, null);
        });
    }

    @Override
    public Closure sendBack(long caseId, String note) {
        return tx.run(() -> {
            UserPrincipal user = access.user(ClosureSteps.SEND_BACK, caseId);
            CaseRecord found = access.readable(ClosureSteps.SEND_BACK, caseId);
            access.supervisor(user, found, ClosureSteps.SEND_BACK);
            return steps.decide(user, found, ClosureState.SENT_BACK, Notes.required("note", note));
        });
    }

    @Override
    public Closure withdraw(long caseId) {
        return tx.run(() -> {
            UserPrincipal user = access.user(ClosureSteps.WITHDRAW, caseId);
            CaseRecord found = access.readable(ClosureSteps.WITHDRAW, caseId);
            Closure pending = store.latest(caseId, ClosureState.PENDING).orElseThrow(ClosureSteps::nonePending);
            if (pending.requestedBy() != user.userId() && !supervises(user, found)) {
                throw access.refuse(ClosureSteps.WITHDRAW, caseId);
            }
            return steps.withdraw(user, found);
        });
    }

    @Override
    public Closure reopen(long caseId, String reason) {
        return tx.run(() -> {
            UserPrincipal user = access.user(ClosureSteps.REOPEN, caseId);
            CaseRecord found = access.readable(ClosureSteps.REOPEN, caseId);
            return steps.reopen(user, found, Notes.required("reason", reason));
        });
    }

    @Override
    public List<PendingClosure> pending() {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker("closure.pending", null);
            if (!user.hasRole(Roles.SUPERVISOR)) {
                throw access.refuse("closure.pending", null);
            }
            audit.record(AuditEntry.success("closure.pending", CASE, null));
            return store.pending(user.organisationId());
        });
    }

    @Override
    public int pendingCount() {
        return CurrentUser.get().filter(user -> user.hasRole(Roles.SUPERVISOR))
                .map(user -> store.pendingCount(user.organisationId())).orElse(0);
    }

    private static boolean supervises(UserPrincipal user, CaseRecord found) {
        return user.hasRole(Roles.SUPERVISOR) && user.organisationId() == found.organisationId();
    }
}
