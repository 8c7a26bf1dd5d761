package org.anhduong.hotline.internal;

import org.anhduong.hotline.HotlineLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The hotline_lines table. */
@Repository
class Lines {

    private final JdbcClient jdbc;

    Lines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HotlineLine> all() {
        return jdbc.sql("SELECT * FROM hotline_lines ORDER BY organisation_id, number_digits, id").query(Lines::map).list();
    }

    Optional<HotlineLine> find(long id) {
        return jdbc.sql("SELECT * FROM hotline_lines WHERE id = :id").param("id", id).query(Lines::map).optional();
    }

    /** Whether another line of the organisation has the same digits. */
    boolean numberTaken(long organisationId, String digits, long exceptId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM hotline_lines
                        WHERE organisation_id = :org AND number_digits = :digits AND id <> :id""")
                .param("org", organisationId).param("digits", digits).param("id", exceptId)
                .query(Long.class).single() > 0;
    }

    long insert(LineData line, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hotline_lines (number, number_digits, name, organisation_id, active, version,
                                                   created_at, updated_at)
                        VALUES (:number, :digits, :name, :org, :active, 0, :now, :now)""")
                .param("number", line.number()).param("digits", line.digits()).param("name", line.name())
                .param("org", line.organisationId()).param("active", line.active())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, LineData line, Instant now) {
        return jdbc.sql("""
                        UPDATE hotline_lines SET number = :number, number_digits = :digits, name = :name,
                               organisation_id = :org, active = :active, version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .param("number", line.number()).param("digits", line.digits()).param("name", line.name())
                .param("org", line.organisationId()).param("active", line.active())
                .param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .update() == 1;
    }

    private static HotlineLine map(ResultSet rs, int row) throws SQLException {
        return new HotlineLine(rs.getLong("id"), rs.getString("number"), rs.getString("name"),
                rs.getLong("organisation_id"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
