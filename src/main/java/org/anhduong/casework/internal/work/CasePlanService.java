package org.anhduong.casework.internal.work;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.CasePlan;
import org.anhduong.casework.Goal;
import org.anhduong.casework.GoalDetails;
import org.anhduong.casework.GoalStatus;
import org.anhduong.casework.ServiceDelivery;
import org.anhduong.casework.ServiceDetails;
import org.anhduong.casework.ServiceGiven;
import org.anhduong.casework.ServiceType;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Goals and services of a case, for its team. */
@Service
class CasePlanService implements CasePlan {

    static final int MAX_GOAL = 2_000;

    private final CaseAccess access;
    private final StoredGoals goals;
    private final StoredServices services;
    private final ServiceChecks checks;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final Today today;
    private final Clock clock;

    CasePlanService(CaseAccess access, StoredGoals goals, StoredServices services, ServiceChecks checks,
                    AuditTrail audit, CaseworkTransactions tx, Today today, Clock clock) {
        this.access = access;
        this.goals = goals;
        this.services = services;
        this.checks = checks;
        this.audit = audit;
        this.tx = tx;
        this.today = today;
        this.clock = clock;
    }

    @Override
    public List<Goal> goals(long caseId) {
        return tx.run(() -> {
            read("goal.read", caseId);
            return goals.ofCase(caseId);
        });
    }

    @Override
    public Goal addGoal(long caseId, GoalDetails goal) {
        return tx.run(() -> {
            UserPrincipal user = write("goal.create", caseId);
            long id = goals.insert(caseId, goalText(goal), status(goal), user.userId(), clock.instant());
            return goals.find(caseId, id).orElseThrow();
        });
    }

    @Override
    public Goal changeGoal(long caseId, long goalId, int version, GoalDetails goal) {
        return tx.run(() -> {
            write("goal.update", caseId);
            Goal current = goals.find(caseId, goalId).orElseThrow(() -> new NotFoundException("goal"));
            if (current.version() != version
                    || !goals.update(goalId, version, goalText(goal), status(goal), clock.instant())) {
                throw ConflictException.staleVersion();
            }
            return goals.find(caseId, goalId).orElseThrow();
        });
    }

    @Override
    public List<ServiceGiven> services(long caseId) {
        return tx.run(() -> {
            read("service.read", caseId);
            return services.ofCase(caseId);
        });
    }

    @Override
    public ServiceGiven recordService(long caseId, ServiceDetails service) {
        return tx.run(() -> {
            UserPrincipal user = write("service.create", caseId);
            long id = services.insert(caseId, checks.valid(service, today.date()), user.userId(), clock.instant());
            return services.find(caseId, id).orElseThrow();
        });
    }

    @Override
    public ServiceGiven changeService(long caseId, long serviceId, int version, ServiceDetails service) {
        return tx.run(() -> {
            write("service.update", caseId);
            ServiceGiven current = services.find(caseId, serviceId).orElseThrow(() -> new NotFoundException("service"));
            var row = checks.valid(service, today.date());
            if (current.version() != version || !services.update(serviceId, version, row, clock.instant())) {
                throw ConflictException.staleVersion();
            }
            return services.find(caseId, serviceId).orElseThrow();
        });
    }

    @Override
    public List<ServiceDelivery> servicesGiven(ServiceType type, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "casework.period.invalid");
        }
        return tx.run(() -> services.given(type, from, to));
    }

    private void read(String action, long caseId) {
        access.readable(action, caseId);
        audit.record(AuditEntry.success(action, AuditNames.CASE, caseId));
    }

    /** The user, when on the case's team; the change is audited (and rolls back with the audit when it fails). */
    private UserPrincipal write(String action, long caseId) {
        UserPrincipal user = access.caseworker(action, caseId);
        access.writable(action, caseId);
        audit.record(AuditEntry.success(action, AuditNames.CASE, caseId));
        return user;
    }

    private static String goalText(GoalDetails goal) {
        String text = Prose.clean(goal.text());
        var problems = Prose.check("text", text, true, MAX_GOAL);
        if (!problems.isEmpty() || text == null) {
            throw new InvalidInputException(problems);
        }
        return text;
    }

    private static GoalStatus status(GoalDetails goal) {
        return goal.status() == null ? GoalStatus.OPEN : goal.status();
    }
}
