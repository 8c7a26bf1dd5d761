package org.anhduong.casework.internal.work;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.DueFollowUp;
import org.anhduong.casework.FollowUp;
import org.anhduong.casework.FollowUps;
import org.anhduong.casework.NewFollowUp;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.casework.internal.NeedToKnow;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Follow-ups of a case and the "due and overdue" lists of workers and supervisors. */
@Service
class FollowUpService implements FollowUps {

    static final String LIST = "followUp.list";
    static final int MAX_PURPOSE = 2_000;

    private final CaseAccess access;
    private final StoredFollowUps stored;
    private final UserDirectory directory;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final Today today;
    private final Clock clock;

    FollowUpService(CaseAccess access, StoredFollowUps stored, UserDirectory directory, AuditTrail audit,
                    CaseworkTransactions tx, Today today, Clock clock) {
        this.access = access;
        this.stored = stored;
        this.directory = directory;
        this.audit = audit;
        this.tx = tx;
        this.today = today;
        this.clock = clock;
    }

    @Override
    public List<FollowUp> of(long caseId) {
        return tx.run(() -> {
            access.readable("followUp.read", caseId);
            audit.record(AuditEntry.success("followUp.read", AuditNames.CASE, caseId));
            return stored.ofCase(caseId);
        });
    }

    @Override
    public FollowUp plan(long caseId, NewFollowUp followUp) {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker("followUp.create", caseId);
            CaseRecord found = access.writable("followUp.create", caseId);
            long assignee = followUp.assignedTo() == null ? user.userId() : followUp.assignedTo();
            String purpose = Prose.clean(followUp.purpose());
            List<FieldProblem> problems = new ArrayList<>(Prose.check("purpose", purpose, true, MAX_PURPOSE));
            if (followUp.dueOn() == null) {
                problems.add(new FieldProblem("dueOn", "validation.required"));
            }
            if (!onTeam(found, assignee)) {
                problems.add(new FieldProblem("assignedTo", "casework.team.invalid"));
            }
            if (!problems.isEmpty() || purpose == null || followUp.dueOn() == null) {
                throw new InvalidInputException(problems);
            }
            long id = stored.insert(caseId, followUp.dueOn(), purpose, assignee, user.userId(), clock.instant());
            audit.record(AuditEntry.success("followUp.create", AuditNames.CASE, caseId));
            return stored.find(caseId, id).orElseThrow();
        });
    }

    @Override
    public FollowUp done(long caseId, long followUpId, int version, String result) {
        return tx.run(() -> {
            access.writable("followUp.update", caseId);
            FollowUp current = stored.find(caseId, followUpId).orElseThrow(() -> new NotFoundException("followUp"));
            String text = Prose.clean(result);
            var problems = Prose.check("result", text, true, Prose.MAX);
            if (!problems.isEmpty() || text == null) {
                throw new InvalidInputException(problems);
            }
            if (current.done() || current.version() != version
                    || !stored.done(followUpId, version, text, clock.instant())) {
                throw ConflictException.staleVersion();
            }
            audit.record(AuditEntry.success("followUp.update", AuditNames.CASE, caseId));
            return stored.find(caseId, followUpId).orElseThrow();
        });
    }

    @Override
    public List<DueFollowUp> mine() {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker(LIST, null);
            return listed("f.assigned_to = :user AND " + NeedToKnow.VISIBLE_SQL, Visible.to(user));
        });
    }

    @Override
    public List<DueFollowUp> team() {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker(LIST, null);
            if (!user.hasRole(Roles.SUPERVISOR)) {
                throw access.refuse(LIST, null);
            }
            return listed("c.organisation_id = :org", Visible.to(user));
        });
    }

    private List<DueFollowUp> listed(String where, Map<String, ?> params) {
        audit.record(AuditEntry.success(LIST, AuditNames.CASE, null));
        LocalDate date = today.date();
        return stored.due(where, params, DueRule.listedUntil(date), date);
    }

    /** The assignee must be able to do it: the case's worker or supervisor, or a supervisor of its organisation. */
    private boolean onTeam(CaseRecord found, long userId) {
        return directory.findUser(userId)
                .filter(u -> u.active() && u.organisationId() == found.organisationId())
                .filter(u -> Objects.equals(found.assignedWorkerId(), userId)
                        || Objects.equals(found.supervisorId(), userId) || u.roles().contains(Roles.SUPERVISOR))
                .filter(u -> u.roles().contains(Roles.CASE_WORKER) || u.roles().contains(Roles.SUPERVISOR))
                .isPresent();
    }
}
