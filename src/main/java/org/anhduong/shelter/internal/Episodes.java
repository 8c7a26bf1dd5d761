package org.anhduong.shelter.internal;

import org.anhduong.shelter.SupportType;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Emergency support episodes (versioned) and the persons each supports. */
@Repository
class Episodes {

    /** An episode's own columns. */
    record Row(long id, int version, long caseId, long organisationId, LocalDate startedOn, @Nullable LocalDate endedOn,
               Set<SupportType> support) {
    }

    private final JdbcClient jdbc;

    Episodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, long organisationId, LocalDate startedOn, @Nullable LocalDate endedOn,
                Set<SupportType> support, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO shelter_episodes (case_id, organisation_id, started_on, ended_on, support, version,
                               created_by, created_at, updated_by, updated_at)
                        VALUES (:case, :org, :started, :ended, :support, 1, :user, :now, :user, :now)""")
                .param("case", caseId).param("org", organisationId).param("started", Date.valueOf(startedOn))
                .param("ended", date(endedOn)).param("support", codes(support)).param("user", userId)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, @Nullable LocalDate endedOn, Set<SupportType> support, long userId,
                   Instant now) {
        return jdbc.sql("""
                        UPDATE shelter_episodes SET ended_on = :ended, support = :support, version = version + 1,
                               updated_by = :user, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .param("ended", date(endedOn)).param("support", codes(support)).param("user", userId)
                .param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .update() == 1;
    }

    void setPersons(long episodeId, Collection<Long> personIds) {
        jdbc.sql("DELETE FROM shelter_episode_persons WHERE episode_id = :id").param("id", episodeId).update();
        for (long person : personIds) {
            jdbc.sql("INSERT INTO shelter_episode_persons (episode_id, person_id) VALUES (:id, :person)")
                    .param("id", episodeId).param("person", person).update();
        }
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT * FROM shelter_episodes WHERE id = :id").param("id", id)
                .query((rs, row) -> row(rs)).optional();
    }

    List<Row> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM shelter_episodes WHERE case_id = :case ORDER BY started_on DESC, id DESC")
                .param("case", caseId).query((rs, row) -> row(rs)).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        var support = EnumSet.noneOf(SupportType.class);
        Arrays.stream(rs.getString("support").split(",")).filter(s -> !s.isBlank()).map(SupportType::valueOf)
                .forEach(support::add);
        Date ended = rs.getDate("ended_on");
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getLong("case_id"), rs.getLong("organisation_id"),
                rs.getDate("started_on").toLocalDate(), ended == null ? null : ended.toLocalDate(), support);
    }

    private static String codes(Set<SupportType> support) {
        return support.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
