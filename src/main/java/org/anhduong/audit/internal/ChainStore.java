package org.anhduong.audit.internal;

import org.anhduong.audit.AuditOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The chain's tables, in plain SQL. Audit rows are only ever inserted: there is no update or delete of them here. */
@Repository
class ChainStore {

    static final String COLUMNS = "id, occurred_at, actor_user_id, actor_username, actor_username_key, action, "
            + "record_type, record_id, outcome, client_address, prev_hash, hash";

    private final JdbcClient jdbc;

    ChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the head and locks it until the transaction ends: the one place where appenders queue up. */
    ChainHead lockHead() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    ChainHead head() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    /** Inserts the event and moves the head to it; the caller holds the head lock. */
    void append(ChainedEvent e) {
        jdbc.sql("INSERT INTO audit_events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.occurredAt().atOffset(ZoneOffset.UTC), e.actorUserId(), e.actorUsername(),
                        e.actorUsernameKey(), e.action(), e.recordType(), e.recordId(), e.outcome().name(),
                        e.clientAddress(), e.prevHash(), e.hash())
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1").params(e.id(), e.hash()).update();
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
