package org.anhduong.casework.internal.work;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.AlertKind;
import org.anhduong.casework.CaseAlert;
import org.anhduong.casework.CaseAlerts;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseSummary;
import org.anhduong.casework.internal.CaseAccess;
import org.anhduong.casework.internal.Cases;
import org.anhduong.casework.internal.CaseworkTransactions;
import org.anhduong.casework.internal.NeedToKnow;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The signed-in user's alerts and the high-risk cases of their teams. */
@Service
class AlertService implements CaseAlerts {

    static final String LIST = "alert.list";
    static final String ACKNOWLEDGE = "alert.acknowledge";

    private final CaseAccess access;
    private final StoredAlerts alerts;
    private final Cases cases;
    private final AuditTrail audit;
    private final CaseworkTransactions tx;
    private final Clock clock;
    private final HighRiskAlerting alerting;

    AlertService(CaseAccess access, StoredAlerts alerts, Cases cases, AuditTrail audit, CaseworkTransactions tx,
                 Clock clock, HighRiskAlerting alerting) {
        this.alerting = alerting;
        this.access = access;
        this.alerts = alerts;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<CaseAlert> mine() {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker(LIST, null);
            audit.record(AuditEntry.success(LIST, AuditNames.ALERT, null));
            return alerts.of(Visible.to(user));
        });
    }

    @Override
    public long unacknowledged() {
        return CurrentUser.get().map(user -> alerts.unacknowledged(Visible.to(user))).orElse(0L);
    }

    @Override
    public CaseAlert acknowledge(long alertId) {
        // Not found is answered after the commit, so the DENIED event of someone else's alert stays recorded.
        return tx.run(() -> {
            UserPrincipal user = access.caseworker(ACKNOWLEDGE, null);
            var visible = Visible.to(user);
            if (alerts.find(alertId, visible).isEmpty()) {
                audit.record(AuditEntry.of(ACKNOWLEDGE, AuditNames.ALERT, alertId, AuditOutcome.DENIED));
                return Optional.<CaseAlert>empty();
            }
            alerts.acknowledge(alertId, clock.instant());
            audit.record(AuditEntry.success(ACKNOWLEDGE, AuditNames.ALERT, alertId));
            return alerts.find(alertId, visible);
        }).orElseThrow(() -> new NotFoundException(AuditNames.ALERT));
    }

    @Override
    public List<Long> alertSupervisors(long caseId, AlertKind kind) {
        return tx.run(() -> {
            CaseRecord found = cases.find(caseId).orElseThrow(() -> new NotFoundException(AuditNames.CASE));
            return alerting.alertSupervisors(found, null, kind, clock.instant());
        });
    }

    @Override
    public List<CaseSummary> highRiskCases() {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker("case.list", null);
            audit.record(AuditEntry.success("case.list", AuditNames.CASE, null));
            return cases.summaries("c.risk_level = 'HIGH' AND c.closed_at IS NULL AND " + NeedToKnow.VISIBLE_SQL,
                    Visible.to(user), "c.opened_at DESC, c.id DESC", 0, LIMIT);
        });
    }
}
