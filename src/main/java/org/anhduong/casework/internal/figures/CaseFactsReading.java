package org.anhduong.casework.internal.figures;

import org.anhduong.casework.CaseFacts;
import org.anhduong.casework.internal.FigureScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The scope facts of cases by id, a thousand ids a statement (PostgreSQL limits a statement's parameters). */
@Repository
class CaseFactsReading {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    CaseFactsReading(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, CaseFacts> of(Collection<Long> caseIds, LocalDate today) {
        List<Long> ids = caseIds.stream().distinct().toList();
        Map<Long, CaseFacts> facts = new HashMap<>();
        for (int at = 0; at < ids.size(); at += CHUNK) {
            jdbc.sql("SELECT c.id, c.organisation_id, c.commune_code, CASE WHEN " + FigureScope.STATISTICS_CONSENT_SQL
                            + " THEN 1 ELSE 0 END AS consent FROM casework_cases c WHERE c.id IN (:ids)")
                    .param("ids", ids.subList(at, Math.min(ids.size(), at + CHUNK)))
                    .param("scopeToday", Date.valueOf(today))
                    .query((rs, row) -> new CaseFacts(rs.getLong("id"), rs.getLong("organisation_id"),
                            rs.getString("commune_code"), rs.getInt("consent") == 1))
                    .list()
                    .forEach(f -> facts.put(f.caseId(), f));
        }
        return facts;
    }
}
