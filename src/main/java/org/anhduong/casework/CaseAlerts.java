package org.anhduong.casework;

import org.anhduong.platform.web.NotFoundException;

import java.util.List;

/**
 * The signed-in user's alerts about cases, and the high-risk cases they may see. Alerts go to supervisors (see
 * {@link Assessments}); a user only ever sees and acknowledges their own, on cases they may still read.
 * Audited as {@code alert.list}, {@code alert.acknowledge} (record type {@code alert}) and {@code case.list}.
 */
public interface CaseAlerts {

    /** The user's alerts, unacknowledged first, newest first within each, at most {@value #LIMIT}. */
    List<CaseAlert> mine();

    /** How many of the user's alerts wait for acknowledgement (for the navigation's badge; not audited). */
    long unacknowledged();

    /**
     * Marks the user's alert seen; acknowledging again changes nothing.
     *
     * @throws NotFoundException when the alert is not the user's
     */
    CaseAlert acknowledge(long alertId);

    /** The cases at HIGH risk the user may read, most recently opened first, at most {@value #LIMIT}. */
    List<CaseSummary> highRiskCases();

    /**
     * Alerts the case's supervisors (its own, else every supervisor of its organisation) about something done to the
     * case that they must know, such as a referral sent without consent under the emergency exception. For other
     * modules, after their user read the case: runs with the system's authority and records no audit event (the
     * caller audits what it did).
     *
     * @return the users alerted
     * @throws NotFoundException when there is no such case
     */
    List<Long> alertSupervisors(long caseId, AlertKind kind);

    int LIMIT = 200;
}
