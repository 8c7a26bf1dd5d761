package org.anhduong.shelter.internal;

import org.anhduong.hotline.Sex;
import org.anhduong.shelter.CareReason;
import org.anhduong.shelter.PersonKind;
import org.anhduong.shelter.ShelterFigures.CareFact;
import org.anhduong.shelter.ShelterFigures.EpisodeFact;
import org.anhduong.shelter.ShelterFigures.PersonFact;
import org.anhduong.shelter.ShelterFigures.StayFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows behind shelter's figures (see {@link org.anhduong.shelter.ShelterFigures}), one statement each: reporting
 * reads them for whole periods, so a query per episode would multiply with the period's length.
 */
@Repository
class FigureFacts {

    private final JdbcClient jdbc;

    FigureFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Episodes starting in the period, each with its persons, flagged by {@code childRule} (SQL over e and p). */
    List<EpisodeFact> episodes(LocalDate from, LocalDate to, String childRule) {
        record Head(long id, long caseId, long organisationId, LocalDate startedOn) {
        }
        Map<Head, List<PersonFact>> episodes = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT e.id, e.case_id, e.organisation_id, e.started_on, p.id AS person_id, p.person_kind, p.sex,
                               CASE WHEN %s THEN 1 ELSE 0 END AS accompanying_child
                        FROM shelter_episodes e
                        LEFT JOIN shelter_episode_persons ep ON ep.episode_id = e.id
                        LEFT JOIN shelter_persons p ON p.id = ep.person_id
                        WHERE e.started_on BETWEEN :from AND :to
                        ORDER BY e.started_on, e.id, p.person_kind, p.id""".formatted(childRule))
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((ResultSet rs) -> {
                    var head = new Head(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("organisation_id"),
                            rs.getDate("started_on").toLocalDate());
                    List<PersonFact> persons = episodes.computeIfAbsent(head, h -> new ArrayList<>());
                    long person = rs.getLong("person_id");
                    if (!rs.wasNull()) {
                        persons.add(new PersonFact(person, PersonKind.valueOf(rs.getString("person_kind")),
                                Sex.valueOf(rs.getString("sex")), rs.getInt("accompanying_child") == 1));
                    }
                });
        return episodes.entrySet().stream().map(e -> new EpisodeFact(e.getKey().id(), e.getKey().caseId(),
                e.getKey().organisationId(), e.getKey().startedOn(), e.getValue())).toList();
    }

    /** Emergency stays with a day in the period, the day of discharge included. */
    List<StayFact> stays(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT id, case_id, person_id, admitted_on, discharged_on FROM shelter_placements
                        WHERE purpose = 'EMERGENCY' AND admitted_on <= :to
                          AND (discharged_on IS NULL OR discharged_on >= :from)
                        ORDER BY admitted_on, id""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> {
                    Stay stay = Placements.stay(rs);
                    return new StayFact(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("person_id"), stay.from(),
                            stay.until());
                }).list();
    }

    /** Residential-care stays holding the night of {@code on}. */
    List<CareFact> care(LocalDate on) {
        return jdbc.sql("""
                        SELECT pl.id, pl.case_id, p.sex, pl.reason FROM shelter_placements pl
                        JOIN shelter_persons p ON p.id = pl.person_id
                        WHERE pl.purpose = 'RESIDENTIAL_CARE' AND pl.admitted_on <= :on
                          AND (pl.discharged_on IS NULL OR pl.discharged_on > :on)
                        ORDER BY pl.id""")
                .param("on", Date.valueOf(on))
                .query((rs, n) -> new CareFact(rs.getLong("id"), rs.getLong("case_id"), Sex.valueOf(rs.getString("sex")),
                        CareReason.TRAFFICKED_RETURNEE.name().equals(rs.getString("reason"))))
                .list();
    }
}
