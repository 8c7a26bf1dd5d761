package org.anhduong.casework.internal.figures;

import org.anhduong.casework.CaseMeasure;
import org.anhduong.casework.CaseSource;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.ServiceType;

/**
 * The cases behind each {@link CaseMeasure}, as conditions on {@code casework_cases c} over the {@link Period}'s
 * parameters: the counting rules of {@link org.anhduong.casework.CaseCounts}, written once for the counts and the
 * drill-down.
 */
final class CaseSets {

    /** A closure that took effect (directly or approved); pending, sent back and withdrawn requests never closed. */
    private static final String EFFECTIVE = "z.state IN ('CLOSED', 'REOPENED')";

    static final String OPENED = "c.opened_at >= :start AND c.opened_at < :end";

    static final String CLOSED = "c.id IN (SELECT z.case_id FROM casework_closures z WHERE " + EFFECTIVE
            + " AND z.decided_at >= :start AND z.decided_at < :end)";

    /** Opened by the end of the last day and not inside a closure at that moment. */
    static final String ACTIVE = "c.opened_at < :end AND NOT EXISTS (SELECT 1 FROM casework_closures z"
            + " WHERE z.case_id = c.id AND " + EFFECTIVE
            + " AND z.decided_at < :end AND (z.reopened_at IS NULL OR z.reopened_at >= :end))";

    /** Open at some moment of the period: opened by its end, and no closure spans the whole of it. */
    static final String OPEN_DURING = "c.opened_at < :end AND NOT EXISTS (SELECT 1 FROM casework_closures z"
            + " WHERE z.case_id = c.id AND " + EFFECTIVE
            + " AND z.decided_at <= :start AND (z.reopened_at IS NULL OR z.reopened_at >= :end))";

    /**
     * The three sets of a count as flags over the reports' rows ({@code casework_case_figures c}, see
     * {@link CaseFigureRows}) of cases never reopened: {@code o} (opened in the period), {@code z} (closed in it) and
     * {@code a} (active at its end), 1 or 0, for rows already limited to {@link #MAY_BE_FLAGGED}. The row's
     * {@code closed_at} is when the case's only closure took effect.
     */
    static final String ROW_FLAGS = "CASE WHEN c.opened_at >= :start THEN 1 ELSE 0 END AS o,"
            + " CASE WHEN c.closed_at >= :start AND c.closed_at < :end THEN 1 ELSE 0 END AS z,"
            + " CASE WHEN c.closed_at < :end THEN 0 ELSE 1 END AS a";

    /**
     * The same for a case whose closure was reopened: its closure history tells whether an earlier closure took effect
     * in the period, or spans its end.
     */
    static final String REOPENED_ROW_FLAGS = "CASE WHEN c.opened_at >= :start THEN 1 ELSE 0 END AS o,"
            + " CASE WHEN c.closed_at >= :start AND c.closed_at < :end THEN 1"
            + " WHEN EXISTS (SELECT 1 FROM casework_closures z WHERE z.case_id = c.id AND " + EFFECTIVE
            + " AND z.decided_at >= :start AND z.decided_at < :end) THEN 1 ELSE 0 END AS z,"
            + " CASE WHEN c.closed_at < :end THEN 0"
            + " WHEN EXISTS (SELECT 1 FROM casework_closures z WHERE z.case_id = c.id AND " + EFFECTIVE
            + " AND z.decided_at < :end AND (z.reopened_at IS NULL OR z.reopened_at >= :end)) THEN 0 ELSE 1 END AS a";

    /**
     * The rows that can be in any of the three sets: opened by the period's end, and open now or closed since its start
     * (a case closed before the period and never reopened since is closed throughout it; a closure in the period, or
     * one ending after it, is no older than the current one).
     */
    static final String MAY_BE_FLAGGED = "c.opened_at < :end AND (c.closed_at IS NULL OR c.closed_at >= :start)";

    static final String DIRECT_COUNSELLING = "c.id IN (SELECT v.case_id FROM casework_services v WHERE v.service_type = '"
            + ServiceType.DIRECT_COUNSELLING_IN_PERSON.name() + "' AND v.given_on BETWEEN :from AND :to)";

    private CaseSets() {
    }

    static String of(CaseMeasure measure) {
        return switch (measure) {
            case OPENED -> OPENED;
            case CLOSED -> CLOSED;
            case ACTIVE -> ACTIVE;
            case DIRECT_COUNSELLING -> DIRECT_COUNSELLING;
            case FROM_NATIONAL_HOTLINE_111 -> OPENED + " AND c.source = '" + CaseSource.NATIONAL_HOTLINE_111.name() + "'";
            case TRAFFICKING_RECEIVED -> OPENED + " AND c.case_type = '" + CaseType.TRAFFICKING.name() + "'";
            case HANDED_OVER_TO_FAMILY -> handedOver(HandoverTo.TO_FAMILY);
            case HANDED_OVER_TO_ORGANISATION -> handedOver(HandoverTo.TO_ORGANISATION);
        };
    }

    /** The rule of {@link org.anhduong.casework.Handovers#traffickingCounts}, for the drill-down. */
    private static String handedOver(HandoverTo to) {
        return "c.case_type = '" + CaseType.TRAFFICKING.name() + "' AND c.id IN (SELECT h.case_id FROM casework_handovers h"
                + " WHERE h.handover_to = '" + to.name() + "' AND h.handed_over_on BETWEEN :from AND :to)";
    }
}
