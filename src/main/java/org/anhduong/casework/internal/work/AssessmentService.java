package org.anhduong.casework.internal.work;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.Assessment;
import org.anhduong.casework.Assessments;
import org.anhduong.casework.CaseChanges;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.NewAssessment;
import org.anhduong.casework.RiskInstrument;
import org.anhduong.casework.RiskItem;
import org.anhduong.casework.RiskLevel;
import org.anhduong.casework.RiskResult;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.casework.internal.rules.RiskInstruments;
import org.anhduong.casework.internal.rules.ScoreRisk;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Safety assessments with the default instrument; the result becomes the case's risk level. */
@Service
class AssessmentService implements Assessments {

    static final String READ = "assessment.read";
    static final String CREATE = "assessment.create";

    private final CaseAccess access;
    private final CaseManagement cases;
    private final StoredAssessments stored;
    private final HighRiskAlerting alerting;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final Clock clock;

    AssessmentService(CaseAccess access, CaseManagement cases, StoredAssessments stored, HighRiskAlerting alerting,
                      AuditTrail audit, CaseworkTransactions tx, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.stored = stored;
        this.alerting = alerting;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public RiskInstrument instrument() {
        return RiskInstruments.defaultInstrument();
    }

    @Override
    public List<Assessment> of(long caseId) {
        return tx.run(() -> {
            access.readable(READ, caseId);
            audit.record(AuditEntry.success(READ, AuditNames.CASE, caseId));
            return stored.ofCase(caseId, itemCodes());
        });
    }

    @Override
    public Assessment assess(long caseId, NewAssessment assessment) {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker(CREATE, caseId);
            CaseRecord found = access.writable(CREATE, caseId);
            RiskResult result = ScoreRisk.score(instrument(), assessment.answers());
            String plan = Prose.clean(assessment.safetyPlan());
            var problems = Prose.check("safetyPlan", plan, false, Prose.MAX);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Instant now = clock.instant();
            long id = stored.insert(caseId, answered(assessment.answers()), result, plan, user.userId(), now);
            audit.record(AuditEntry.success(CREATE, AuditNames.CASE, caseId));
            setRisk(found, RiskLevel.valueOf(result.level().name()));
            if (result.needsSupervisorAlert()) {
                alerting.alert(found, id, user.userId(), now);
            }
            return stored.ofCase(caseId, itemCodes()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        });
    }

    /** The case's risk is the latest assessment's; changed through the core so it is versioned and audited there. */
    private void setRisk(CaseRecord found, RiskLevel level) {
        if (found.riskLevel() != level) {
            CaseChanges changes = CaseChanges.of(found);
            cases.update(found.id(), found.version(), new CaseChanges(changes.status(), changes.priority(), level,
                    changes.assignedWorkerId(), changes.supervisorId()));
        }
    }

    /** The yes/no answers in the instrument's order; unanswered items left out. */
    private Map<String, Boolean> answered(Map<String, @Nullable Boolean> answers) {
        Map<String, Boolean> ordered = new LinkedHashMap<>();
        for (RiskItem item : instrument().items()) {
            Boolean answer = answers.get(item.code());
            if (answer != null) {
                ordered.put(item.code(), answer);
            }
        }
        return ordered;
    }

    private List<String> itemCodes() {
        return instrument().items().stream().map(RiskItem::code).toList();
    }
}
