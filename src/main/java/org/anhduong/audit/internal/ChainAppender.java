package org.anhduong.audit.internal;

import org.anhduong.audit.AuditOutcome;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves pending events into the chain, on the sealer's own connection. Only the sealer writes {@code audit_events}
 * and {@code audit_chain_head}, and it only ever inserts events: none is updated or deleted here.
 */
@Component
class ChainAppender {

    private final JdbcClient jdbc;
    private final JdbcOperations batches;

    ChainAppender(SealerConnection connection) {
        this.jdbc = connection.jdbc();
        this.batches = connection.batches();
    }

    /**
     * Seals up to {@code limit} pending events, oldest row first, and tells how many; to be run in a transaction of
     * its own. The head is locked before the pending rows are read, so that sealers, even on several instances, take
     * turns and never seal a row twice.
     */
    int sealNext(int limit) {
        ChainHead head = ChainStore.head(jdbc, "FOR UPDATE");
        List<PendingEvent> batch = jdbc.sql("""
                        SELECT id, occurred_at, actor_user_id, actor_username, action, record_type, record_id, outcome,
                               client_address
                        FROM audit_pending ORDER BY id LIMIT ?""")
                .param(limit)
                .query((rs, n) -> new PendingEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("actor_user_id", Long.class), rs.getString("actor_username"), rs.getString("action"),
                        rs.getString("record_type"), rs.getString("record_id"),
                        AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("client_address")))
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        List<ChainedEvent> sealed = new ArrayList<>(batch.size());
        for (PendingEvent pending : batch) {
            ChainedEvent event = pending.sealedAfter(head);
            sealed.add(event);
            head = new ChainHead(event.id(), event.hash());
        }
        insert(sealed);
        removePending(batch);
        jdbc.sql("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")
                .params(head.lastId(), head.lastHash()).update();
        return batch.size();
    }

    private void insert(List<ChainedEvent> events) {
        batches.batchUpdate("INSERT INTO audit_events (" + ChainStore.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                events.stream().map(e -> new Object[]{e.id(), e.occurredAt().atOffset(ZoneOffset.UTC), e.actorUserId(),
                        e.actorUsername(), e.actorUsernameKey(), e.action(), e.recordType(), e.recordId(),
                        e.outcome().name(), e.clientAddress(), e.prevHash(), e.hash()}).toList());
    }

    /** A row that is gone already would mean a second sealer got past the head lock: roll back rather than fork. */
    private void removePending(List<PendingEvent> batch) {
        int removed = jdbc.sql("DELETE FROM audit_pending WHERE id IN (:ids)")
                .param("ids", batch.stream().map(PendingEvent::id).toList())
                .update();
        if (removed != batch.size()) {
            throw new IllegalStateException("Pending audit events were sealed concurrently: " + removed + " of "
                    + batch.size() + " were still pending");
        }
    }
}
