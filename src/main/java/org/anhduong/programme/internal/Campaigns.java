package org.anhduong.programme.internal;

import org.anhduong.programme.Campaign;
import org.anhduong.programme.CampaignKind;
import org.anhduong.programme.Participants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Campaigns, and what is linked to them. */
@Repository
class Campaigns {

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Campaign c, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO programme_campaigns (kind, name, starts_on, ends_on, version, updated_by, updated_at)
                        VALUES (:kind, :name, :starts, :ends, 1, :user, :now)""")
                .param("kind", c.kind().name()).param("name", c.name()).param("starts", Date.valueOf(c.startsOn()))
                .param("ends", Date.valueOf(c.endsOn())).param("user", userId).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, Campaign c, long userId, Instant now) {
        return jdbc.sql("""
                        UPDATE programme_campaigns SET kind = :kind, name = :name, starts_on = :starts, ends_on = :ends,
                               version = version + 1, updated_by = :user, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .param("kind", c.kind().name()).param("name", c.name()).param("starts", Date.valueOf(c.startsOn()))
                .param("ends", Date.valueOf(c.endsOn())).param("user", userId).param("now", Timestamp.from(now))
                .param("id", id).param("version", version).update() == 1;
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql("SELECT * FROM programme_campaigns WHERE id = :id").param("id", id)
                .query((rs, row) -> campaign(rs)).optional();
    }

    boolean exists(long id) {
        return find(id).isPresent();
    }

    List<Campaign> all() {
        return jdbc.sql("SELECT * FROM programme_campaigns ORDER BY starts_on DESC, id DESC")
                .query((rs, row) -> campaign(rs)).list();
    }

    /** Activities linked to the campaign and their participants by sex. */
    long[] linkedActivities(long id) {
        return jdbc.sql("""
                        SELECT COUNT(*), COALESCE(SUM(female), 0), COALESCE(SUM(male), 0), COALESCE(SUM(other_sex), 0)
                        FROM programme_activities WHERE campaign_id = :id""")
                .param("id", id).query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)}).single();
    }

    /** Activities linked to each campaign that has any, by campaign id. */
    Map<Long, Long> linkedActivityCounts() {
        var counts = new HashMap<Long, Long>();
        jdbc.sql("""
                        SELECT campaign_id, COUNT(*) FROM programme_activities WHERE campaign_id IS NOT NULL
                        GROUP BY campaign_id""")
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    long linkedTrainings(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM programme_trainings WHERE campaign_id = :id").param("id", id)
                .query(Long.class).single();
    }

    static Participants participants(long[] linked) {
        return new Participants(linked[1], linked[2], linked[3]);
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getInt("version"), CampaignKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate());
    }
}
