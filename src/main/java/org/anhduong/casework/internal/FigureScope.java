package org.anhduong.casework.internal;

import org.anhduong.casework.CaseFigureQuery;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scope of a report ({@link CaseFigureQuery}: organisation, communes, consent to statistics) as a condition on
 * {@code casework_cases c}, with its parameters (all named {@code scope…}). The one place the scope rule is written,
 * for the figures and the hand-over counts alike (see {@link org.anhduong.casework.CaseCounts}).
 */
public record FigureScope(String where, Map<String, Object> params) {

    /**
     * The client's consent to statistics holds on {@code :scopeToday}: the latest consent for STATISTICS to any recipient
     * given by then decides; not withdrawn by then, not expired, and not a guardian's the child refused. Counted
     * rather than tested with EXISTS, so that PostgreSQL probes each case's consents by index instead of hashing every
     * consent (faster for a province on the benchmark of bench/casework-figures).
     */
    public static final String STATISTICS_CONSENT_SQL = """
            (SELECT COUNT(*) FROM casework_consents s
                    WHERE s.case_id = c.id AND s.purpose = 'STATISTICS' AND s.recipient_organisation_id IS NULL
                      AND s.given_on <= :scopeToday
                      AND (s.withdrawn_on IS NULL OR s.withdrawn_on > :scopeToday)
                      AND (s.valid_until IS NULL OR s.valid_until >= :scopeToday)
                      AND NOT (s.given_by = 'GUARDIAN' AND s.child_agreed = FALSE)
                      AND NOT EXISTS (SELECT 1 FROM casework_consents n
                                      WHERE n.case_id = c.id AND n.purpose = 'STATISTICS'
                                        AND n.recipient_organisation_id IS NULL AND n.given_on <= :scopeToday
                                        AND (n.given_on > s.given_on OR (n.given_on = s.given_on AND n.id > s.id))))
             > 0""";

    public FigureScope {
        params = Map.copyOf(params);
    }

    /** Every case. */
    public static FigureScope all() {
        return new FigureScope("1 = 1", Map.of());
    }

    /** The query's scope, consent judged on {@code today}. */
    public static FigureScope of(CaseFigureQuery query, LocalDate today) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.organisationId() != null) {
            clauses.add("c.organisation_id = :scopeOrg");
            params.put("scopeOrg", query.organisationId());
        }
        if (!query.communeCodes().isEmpty()) {
            clauses.add("c.commune_code IN (:scopeCommunes)");
            params.put("scopeCommunes", List.copyOf(query.communeCodes()));
        }
        if (query.statisticsConsentOnly()) {
            clauses.add(STATISTICS_CONSENT_SQL);
            params.put("scopeToday", Date.valueOf(today));
        }
        return clauses.isEmpty() ? all() : new FigureScope(String.join(" AND ", clauses), params);
    }
}
