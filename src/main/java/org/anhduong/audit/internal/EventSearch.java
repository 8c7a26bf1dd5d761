package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEvent;
import org.anhduong.audit.AuditEvents;
import org.anhduong.audit.AuditQuery;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists events newest first with offset paging. Offsets keep page numbers simple for people; their cost grows with
 * depth, which is acceptable because administrators narrow by user, record or dates. One row more than a page is read
 * to know whether there is a next page, so no count over millions of rows is needed.
 */
@Repository
class EventSearch {

    private final JdbcClient jdbc;

    EventSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AuditEvents search(AuditQuery query) {
        var where = where(query);
        where.params.add(AuditEvents.PAGE_SIZE + 1);
        where.params.add((long) (query.page() - 1) * AuditEvents.PAGE_SIZE);
        List<AuditEvent> rows = jdbc.sql("SELECT " + ChainStore.COLUMNS + " FROM audit_events" + where.sql()
                        + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(where.params)
                .query((rs, n) -> ChainStore.map(rs).toEvent()).list();
        boolean hasNext = rows.size() > AuditEvents.PAGE_SIZE;
        return new AuditEvents(hasNext ? rows.subList(0, AuditEvents.PAGE_SIZE) : rows, query.page(), hasNext);
    }

    private static Where where(AuditQuery q) {
        return new Where()
                .and("actor_username_key = ?", Actor.key(q.username()))
                .and("actor_user_id = ?", q.actorUserId())
                .and("record_type = ?", q.recordType())
                .and("record_id = ?", q.recordId())
                .and("action LIKE ? ESCAPE '!'", q.actionPrefix() == null ? null : likePrefix(q.actionPrefix()))
                .and("outcome = ?", q.outcome() == null ? null : q.outcome().name())
                .and("occurred_at >= ?", startOf(q.from()))
                .and("occurred_at < ?", q.to() == null ? null : startOf(q.to().plusDays(1)));
    }

    /** The prefix taken literally: LIKE's wildcards in it (actions may contain {@code _}) are escaped. */
    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Days are the province's calendar days, whatever the server's time zone. */
    private static @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(Ui.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The conditions that were asked for, each with its one parameter. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        Where and(String condition, @Nullable Object param) {
            if (param != null) {
                conditions.add(condition);
                params.add(param);
            }
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
