package org.anhduong.shelter.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.NotFoundException;
import org.anhduong.shelter.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who may do what in shelter (see {@link org.anhduong.shelter.ShelterRegistry} and
 * {@link org.anhduong.shelter.EmergencySupport}). A case's team is casework's to decide: shelter asks
 * {@link CaseManagement#caseRecord}, which answers only the team. Every refusal is audited DENIED, in a transaction of
 * its own, before it is thrown; callers ask before they open their own transaction.
 */
@Component
class ShelterAccess {

    static final Set<String> REGISTRY_READERS = Set.of(Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.CASE_WORKER,
            Roles.SHELTER_STAFF);
    private static final Set<String> ALL_FACILITIES = Set.of(Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.CASE_WORKER);

    private final CaseManagement cases;
    private final AuditTrail audit;
    private final ShelterTransactions tx;

    ShelterAccess(CaseManagement cases, AuditTrail audit, ShelterTransactions tx) {
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    UserPrincipal user(String action, String type, @Nullable Object id) {
        return CurrentUser.get().orElseThrow(() -> refuse(action, type, id));
    }

    /** The user, when a role of theirs is one of {@code roles}. */
    UserPrincipal withRole(Set<String> roles, String action, String type, @Nullable Object id) {
        UserPrincipal user = user(action, type, id);
        if (roles.stream().noneMatch(user::hasRole)) {
            throw refuse(action, type, id);
        }
        return user;
    }

    /** The case, when the user is on its team; otherwise "not found", audited as {@code action} on the record. */
    CaseRecord teamCase(long caseId, String action, String type, Object id) {
        try {
            return cases.caseRecord(caseId);
        } catch (NotFoundException | ForbiddenException notOnTeam) {
            throw hidden(action, type, id);
        }
    }

    /** The case as {@link #teamCase}, when it is not closed: a closed case's support stays as it was closed. */
    CaseRecord openTeamCase(long caseId, String action, String type, Object id) {
        CaseRecord found = teamCase(caseId, action, type, id);
        if (found.status() == CaseStatus.CLOSED) {
            throw new ConflictException("case-closed", "shelter.case.closed");
        }
        return found;
    }

    /** Whether the user sees this facility in the registry and on the board. */
    static boolean sees(UserPrincipal user, Facility facility) {
        return ALL_FACILITIES.stream().anyMatch(user::hasRole) || staffOf(user, facility);
    }

    static boolean staffOf(UserPrincipal user, Facility facility) {
        return user.hasRole(Roles.SHELTER_STAFF) && user.organisationId() == facility.organisationId();
    }

    /** The facility's address and contact person: its staff and administrators. */
    static boolean seesAddress(UserPrincipal user, Facility facility) {
        return user.hasRole(Roles.ADMINISTRATOR) || staffOf(user, facility);
    }

    /** Who stays in the facility: its staff and the supervisors of its organisation. */
    static boolean listsPlacements(UserPrincipal user, Facility facility) {
        return staffOf(user, facility)
                || user.hasRole(Roles.SUPERVISOR) && user.organisationId() == facility.organisationId();
    }

    NotFoundException hidden(String action, String type, @Nullable Object id) {
        denied(action, type, id);
        return new NotFoundException(type);
    }

    ForbiddenException refuse(String action, String type, @Nullable Object id) {
        denied(action, type, id);
        return new ForbiddenException();
    }

    private void denied(String action, String type, @Nullable Object id) {
        tx.separately(() -> audit.record(AuditEntry.of(action, type, id, AuditOutcome.DENIED)));
    }
}
