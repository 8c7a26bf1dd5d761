package org.anhduong.audit.internal;

import org.anhduong.audit.AuditOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** Reading the chain's tables, in plain SQL; {@link ChainAppender} is the only writer. */
@Repository
class ChainStore {

    static final String COLUMNS = "id, occurred_at, actor_user_id, actor_username, actor_username_key, action, "
            + "record_type, record_id, outcome, client_address, prev_hash, hash";

    private final JdbcClient jdbc;

    ChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ChainHead head() {
        return head(jdbc, "");
    }

    /** The head, read on {@code jdbc} with {@code lock} ({@code FOR UPDATE}, or nothing) after the query. */
    static ChainHead head(JdbcClient jdbc, String lock) {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 " + lock)
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    /** Up to {@code limit} events after {@code afterId} and not beyond {@code upToId}, in chain order. */
    List<ChainedEvent> page(long afterId, long upToId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_events WHERE id > ? AND id <= ? ORDER BY id LIMIT ?")
                .params(afterId, upToId, limit)
                .query((rs, n) -> map(rs)).list();
    }

    static ChainedEvent map(ResultSet rs) throws SQLException {
        return new ChainedEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_user_id", Long.class), rs.getString("actor_username"),
                rs.getString("actor_username_key"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("client_address"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
