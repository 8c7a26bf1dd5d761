package org.anhduong.casework.internal.handover;

import org.anhduong.casework.HandoverTo;
import org.anhduong.casework.TraffickingStatus;
import org.anhduong.hotline.Sex;
import org.anhduong.casework.internal.FigureScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What hand-overs read beside their own rows: the trafficking record's facts, and the counts for the reports. */
@Repository
class HandoverQueries {

    private final JdbcClient jdbc;

    HandoverQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The trafficking record's status and return day; REPORTED when never saved. */
    HandoverRules.Trafficking trafficking(long caseId) {
        Optional<HandoverRules.Trafficking> saved = jdbc.sql(
                        "SELECT status, return_date FROM casework_trafficking WHERE case_id = :case")
                .param("case", caseId)
                .query((rs, row) -> {
                    Date returned = rs.getDate("return_date");
                    return new HandoverRules.Trafficking(TraffickingStatus.valueOf(rs.getString("status")),
                            returned == null ? null : returned.toLocalDate());
                })
                .optional();
        return saved.orElseGet(() -> new HandoverRules.Trafficking(TraffickingStatus.REPORTED, null));
    }

    /**
     * Trafficking cases in the scope handed over to {@code to} between the two days, by the client's sex. A case handed
     * over twice the same way in the period counts once.
     */
    Map<Sex, Long> traffickingCases(HandoverTo to, LocalDate from, LocalDate until, FigureScope scope) {
        Map<Sex, Long> counts = new EnumMap<>(Sex.class);
        jdbc.sql("""
                        SELECT cl.sex, COUNT(DISTINCT c.id) AS cases
                        FROM casework_cases c
                        JOIN casework_clients cl ON cl.id = c.client_id
                        WHERE c.case_type = 'TRAFFICKING' AND c.id IN (
                                SELECT h.case_id FROM casework_handovers h
                                WHERE h.handover_to = :to AND h.handed_over_on BETWEEN :from AND :until)
                        """ + " AND " + scope.where() + " GROUP BY cl.sex")
                .params(scope.params())
                .param("to", to.name()).param("from", Date.valueOf(from)).param("until", Date.valueOf(until))
                .query((rs, row) -> Map.entry(Sex.valueOf(rs.getString("sex")), rs.getLong("cases"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
