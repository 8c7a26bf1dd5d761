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
     * The three sets of a count in one pass, over the cases opened by the end of the period: flags {@code o} (opened
     * in it), {@code z} (closed in it) and {@code a} (active at its end), 1 or 0. The closures are counted per case
     * rather than tested with EXISTS: PostgreSQL then probes each case's closures in the index
     * {@code casework_closures_case_span_ix} instead of hashing every closure up to the period's end, two to three times
     * faster for a province's year on the benchmark's 500,000 cases (bench/casework-figures).
     */
    static final String FLAGS = "CASE WHEN c.opened_at >= :start THEN 1 ELSE 0 END AS o,"
            + " CASE WHEN (SELECT COUNT(*) FROM casework_closures z WHERE z.case_id = c.id AND " + EFFECTIVE
            + " AND z.decided_at >= :start AND z.decided_at < :end) > 0 THEN 1 ELSE 0 END AS z,"
            + " CASE WHEN (SELECT COUNT(*) FROM casework_closures z WHERE z.case_id = c.id AND " + EFFECTIVE
            + " AND z.decided_at < :end AND (z.reopened_at IS NULL OR z.reopened_at >= :end)) > 0 THEN 0 ELSE 1 END"
            + " AS a";

    /**
     * The cases of the scope ({@code %s}) in any of the three sets, with their flags, as a derived table {@code f}
     * (id, client_id, case_type, source, commune_code, o, z, a). The flags are computed only for cases opened by the
     * end (a case closed in the period was opened before its end), once each: {@code OFFSET 0 ROWS} keeps PostgreSQL
     * from folding the subquery into the outer filter, which evaluated every closure probe twice.
     */
    static final String FLAGGED = "(SELECT * FROM (SELECT c.id, c.client_id, c.case_type, c.source, c.commune_code, "
            + FLAGS + " FROM casework_cases c WHERE %s AND c.opened_at < :end OFFSET 0 ROWS) f0"
            + " WHERE f0.o = 1 OR f0.z = 1 OR f0.a = 1) f";

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
