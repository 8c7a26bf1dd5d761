package org.anhduong.casework.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may touch a case (see {@link org.anhduong.casework.CaseManagement}), for every part of casework: cases, clients,
 * and later incidents, consents, services. A case the user may not read is "not found" (404), exactly as a missing one;
 * an action the role never allows is "forbidden" (403). Every refusal is audited with outcome DENIED before it is
 * thrown, as the exceptions {@link CaseworkTransactions} commits.
 */
@Component
public class CaseAccess {

    static final String CASE = "case";

    private final Cases cases;
    private final AuditTrail audit;

    CaseAccess(Cases cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    /** The case, when the signed-in user is on its team. */
    public CaseRecord readable(String action, long caseId) {
        return readable(user(action, caseId), action, caseId);
    }

    /**
     * The case, when the user is on its team and it is not closed: a closed case keeps its record as it was closed
     * (reopening, which says why, comes first).
     *
     * @throws ConflictException {@code case-closed} when the case is closed
     */
    public CaseRecord writable(String action, long caseId) {
        return writable(user(action, caseId), action, caseId);
    }

    CaseRecord writable(UserPrincipal user, String action, long caseId) {
        CaseRecord found = readable(user, action, caseId);
        if (found.status() == CaseStatus.CLOSED) {
            throw new ConflictException("case-closed", "casework.case.closed");
        }
        return found;
    }

    CaseRecord readable(UserPrincipal user, String action, long caseId) {
        CaseRecord found = cases.find(caseId).orElseThrow(() -> new NotFoundException(CASE));
        if (!NeedToKnow.onTeam(user, found.organisationId(), found.assignedWorkerId(), found.supervisorId())) {
            audit.record(AuditEntry.of(action, CASE, caseId, AuditOutcome.DENIED));
            throw new CaseHidden();
        }
        return found;
    }

    /** The signed-in user, when their roles allow casework. */
    public UserPrincipal caseworker(String action, @Nullable Long caseId) {
        UserPrincipal user = user(action, caseId);
        if (!NeedToKnow.worksCases(user)) {
            throw refuse(action, caseId);
        }
        return user;
    }

    /** The signed-in user, when they may open a case (from a contact, for counsellors). */
    UserPrincipal opener(String action, boolean fromContact) {
        UserPrincipal user = user(action, null);
        if (!NeedToKnow.mayOpen(user, fromContact)) {
            throw refuse(action, null);
        }
        return user;
    }

    /** A supervisor of the case's organisation: assigns and reassigns. */
    public void supervisor(UserPrincipal user, CaseRecord found, String action) {
        if (!NeedToKnow.supervises(user, found.organisationId())) {
            throw refuse(action, found.id());
        }
    }

    public UserPrincipal user(String action, @Nullable Long caseId) {
        return CurrentUser.get().orElseThrow(() -> refuse(action, caseId));
    }

    public ForbiddenException refuse(String action, @Nullable Long caseId) {
        audit.record(AuditEntry.of(action, CASE, caseId, AuditOutcome.DENIED));
        return new CaseRefused();
    }
}
