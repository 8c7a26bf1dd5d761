package org.anhduong.shelter.internal;

import org.anhduong.shelter.CareReason;
import org.anhduong.shelter.Placement;
import org.anhduong.shelter.PlacementPurpose;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stays of persons in facilities (versioned), with what the rules and the board read of them. */
@Repository
class Placements {

    private static final String SELECT = """
            SELECT pl.*, f.name AS facility_name, p.person_kind, p.person_ref, p.sex, p.birth_year, p.relation
            FROM shelter_placements pl JOIN shelter_facilities f ON f.id = pl.facility_id
            JOIN shelter_persons p ON p.id = pl.person_id
            """;

    /** What a new stay is. */
    record New(long facilityId, long personId, long caseId, String survivorCode, PlacementPurpose purpose,
               @Nullable Long episodeId, @Nullable CareReason reason, LocalDate admittedOn) {
    }

    private final JdbcClient jdbc;

    Placements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(New p, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO shelter_placements (facility_id, person_id, case_id, survivor_code, purpose,
                               episode_id, reason, admitted_on, version, created_by, created_at, updated_by, updated_at)
                        VALUES (:facility, :person, :case, :code, :purpose, :episode, :reason, :admitted, 1, :user,
                               :now, :user, :now)""")
                .param("facility", p.facilityId()).param("person", p.personId()).param("case", p.caseId())
                .param("code", p.survivorCode()).param("purpose", p.purpose().name()).param("episode", p.episodeId())
                .param("reason", p.reason() == null ? null : p.reason().name())
                .param("admitted", Date.valueOf(p.admittedOn())).param("user", userId)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean discharge(long id, int version, LocalDate on, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE shelter_placements SET discharged_on = :on, version = version + 1, updated_by = :user,
                               updated_at = :now
                        WHERE id = :id AND version = :version AND discharged_on IS NULL""")
                .param("on", Date.valueOf(on)).param("user", userId).param("now", Timestamp.from(now))
                .param("id", id).param("version", version)
                .update() == 1;
    }

    Optional<Placement> find(long id) {
        return jdbc.sql(SELECT + "WHERE pl.id = :id").param("id", id).query((rs, row) -> placement(rs)).optional();
    }

    List<Placement> ofEpisode(long episodeId) {
        return jdbc.sql(SELECT + "WHERE pl.episode_id = :episode ORDER BY pl.admitted_on, pl.id")
                .param("episode", episodeId).query((rs, row) -> placement(rs)).list();
    }

    List<Placement> ofCase(long caseId, PlacementPurpose purpose) {
        return jdbc.sql(SELECT + "WHERE pl.case_id = :case AND pl.purpose = :purpose ORDER BY pl.admitted_on DESC, pl.id DESC")
                .param("case", caseId).param("purpose", purpose.name()).query((rs, row) -> placement(rs)).list();
    }

    /** The facility's stays holding a night on {@code on}. */
    List<Placement> openOn(long facilityId, LocalDate on) {
        return jdbc.sql(SELECT + """
                        WHERE pl.facility_id = :facility AND pl.admitted_on <= :on
                          AND (pl.discharged_on IS NULL OR pl.discharged_on > :on)
                        ORDER BY pl.admitted_on, pl.id""")
                .param("facility", facilityId).param("on", Date.valueOf(on)).query((rs, row) -> placement(rs)).list();
    }

    /** The facility's stays holding a night on {@code from} or later: all a new stay from then can meet. */
    List<Stay> facilityStaysFrom(long facilityId, LocalDate from) {
        return jdbc.sql("""
                        SELECT admitted_on, discharged_on FROM shelter_placements
                        WHERE facility_id = :facility AND (discharged_on IS NULL OR discharged_on > :from)""")
                .param("facility", facilityId).param("from", Date.valueOf(from)).query((rs, row) -> stay(rs)).list();
    }

    List<Stay> personStays(long personId) {
        return jdbc.sql("SELECT admitted_on, discharged_on FROM shelter_placements WHERE person_id = :person")
                .param("person", personId).query((rs, row) -> stay(rs)).list();
    }

    /** Persons staying on {@code on}, by facility (facilities with nobody are absent). */
    Map<Long, Integer> occupiedOn(LocalDate on) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT facility_id, COUNT(*) AS staying FROM shelter_placements
                        WHERE admitted_on <= :on AND (discharged_on IS NULL OR discharged_on > :on)
                        GROUP BY facility_id""")
                .param("on", Date.valueOf(on))
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong("facility_id"), rs.getInt("staying"));
                });
        return counts;
    }

    boolean anyOf(long episodeId, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_placements WHERE episode_id = :episode AND person_id = :person")
                .param("episode", episodeId).param("person", personId).query(Long.class).single() > 0;
    }

    static Stay stay(ResultSet rs) throws SQLException {
        Date until = rs.getDate("discharged_on");
        return new Stay(rs.getDate("admitted_on").toLocalDate(), until == null ? null : until.toLocalDate());
    }

    private static Placement placement(ResultSet rs) throws SQLException {
        Stay stay = stay(rs);
        long episode = rs.getLong("episode_id");
        Long episodeId = rs.wasNull() ? null : episode;
        String reason = rs.getString("reason");
        return new Placement(rs.getLong("id"), rs.getInt("version"), rs.getLong("facility_id"),
                rs.getString("facility_name"), Persons.person(rs, "person_id"), rs.getLong("case_id"),
                rs.getString("survivor_code"), PlacementPurpose.valueOf(rs.getString("purpose")), episodeId,
                reason == null ? null : CareReason.valueOf(reason), stay.from(), stay.until());
    }
}
