package org.anhduong.casework.internal.work;

import org.anhduong.casework.AlertKind;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.HighRiskAssessed;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** A HIGH assessment: an alert to each supervisor who must know ({@link AlertRecipients}) and the event. */
@Component
class HighRiskAlerting {

    private final StoredAlerts alerts;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;

    HighRiskAlerting(StoredAlerts alerts, UserDirectory directory, ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.directory = directory;
        this.events = events;
    }

    void alert(CaseRecord found, long assessmentId, long assessedBy, Instant at) {
        List<Long> recipients = alertSupervisors(found, assessmentId, AlertKind.HIGH_RISK, at);
        events.publishEvent(new HighRiskAssessed(found.id(), found.organisationId(), assessmentId, recipients,
                assessedBy, at));
    }

    /** Alerts the supervisors who must know ({@link AlertRecipients}) and returns who they are. */
    List<Long> alertSupervisors(CaseRecord found, @Nullable Long assessmentId, AlertKind kind, Instant at) {
        List<Long> supervisors = directory.activeUsersWithRole(found.organisationId(), Roles.SUPERVISOR).stream()
                .map(UserAccount::id).toList();
        List<Long> recipients = AlertRecipients.of(found.supervisorId(), supervisors);
        for (long recipient : recipients) {
            alerts.insert(found.id(), assessmentId, recipient, kind, at);
        }
        return recipients;
    }
}
