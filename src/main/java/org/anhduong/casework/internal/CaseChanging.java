package org.anhduong.casework.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseAssigned;
import org.anhduong.casework.CaseChanges;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatusChanged;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Changes a case's status (forward only), priority, risk level and team. Only a supervisor of the case's organisation
 * changes the team; the supervisor who assigns a case without a supervisor becomes its supervisor.
 */
@Component
class CaseChanging {

    static final String UPDATE = "case.update";

    private final CaseAccess access;
    private final Cases cases;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseChanging(CaseAccess access, Cases cases, UserDirectory directory, AuditTrail audit,
                 ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    CaseRecord update(long caseId, int version, CaseChanges wanted) {
        UserPrincipal user = access.user(UPDATE, caseId);
        CaseRecord current = access.writable(user, UPDATE, caseId);
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
        CaseChanges changes = withTeam(user, current, wanted);
        if (changes.status() != current.status() && !current.status().mayMoveTo(changes.status())) {
            throw new InvalidInputException("status", "casework.status.notForward");
        }
        Instant now = clock.instant();
        if (!cases.update(caseId, version, changes, now)) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEntry.success(UPDATE, CaseAccess.CASE, caseId));
        publish(user, current, changes, now);
        return cases.find(caseId).orElseThrow();
    }

    private CaseChanges withTeam(UserPrincipal user, CaseRecord current, CaseChanges wanted) {
        boolean teamChanged = !Objects.equals(wanted.assignedWorkerId(), current.assignedWorkerId())
                || !Objects.equals(wanted.supervisorId(), current.supervisorId());
        if (!teamChanged) {
            return wanted;
        }
        access.supervisor(user, current, UPDATE);
        check(current.organisationId(), wanted.assignedWorkerId(), Roles.CASE_WORKER, "assignedWorkerId");
        check(current.organisationId(), wanted.supervisorId(), Roles.SUPERVISOR, "supervisorId");
        Long supervisor = wanted.supervisorId() == null && current.supervisorId() == null
                ? Long.valueOf(user.userId()) : wanted.supervisorId();
        return new CaseChanges(wanted.status(), wanted.priority(), wanted.riskLevel(), wanted.assignedWorkerId(),
                supervisor);
    }

    /** A team member must be an active user of the case's organisation with the role. */
    private void check(long organisationId, @Nullable Long userId, String role, String field) {
        if (userId == null) {
            return;
        }
        boolean valid = directory.findUser(userId)
                .filter(u -> u.active() && u.organisationId() == organisationId && u.roles().contains(role))
                .isPresent();
        if (!valid) {
            throw new InvalidInputException(field, "casework.team.invalid");
        }
    }

    private void publish(UserPrincipal user, CaseRecord before, CaseChanges after, Instant now) {
        if (before.status() != after.status()) {
            events.publishEvent(new CaseStatusChanged(before.id(), before.organisationId(), before.status(),
                    after.status(), user.userId(), now));
        }
        if (!Objects.equals(before.assignedWorkerId(), after.assignedWorkerId())
                || !Objects.equals(before.supervisorId(), after.supervisorId())) {
            events.publishEvent(new CaseAssigned(before.id(), before.organisationId(), after.assignedWorkerId(),
                    after.supervisorId(), user.userId()));
        }
    }
}
