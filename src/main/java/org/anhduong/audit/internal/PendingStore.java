package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Where {@code record()} puts an event, in the caller's transaction: one insert, no lock. */
@Repository
class PendingStore {

    private final JdbcClient jdbc;

    PendingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The time is cut to microseconds, PostgreSQL's precision, so that the value sealed later is the value taken now
     * on every database.
     */
    void add(Instant occurredAt, AuditEntry entry, Actor actor, @Nullable String clientAddress) {
        jdbc.sql("""
                        INSERT INTO audit_pending (occurred_at, actor_user_id, actor_username, action, record_type,
                                                   record_id, outcome, client_address)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(occurredAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), actor.userId(),
                        actor.username(), entry.action(), entry.recordType(), entry.recordId(), entry.outcome().name(),
                        clientAddress)
                .update();
    }
}
