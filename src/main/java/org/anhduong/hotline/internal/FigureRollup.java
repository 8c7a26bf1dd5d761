package org.anhduong.hotline.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Keeps hotline_contact_daily and hotline_contact_category_daily equal to a count of the contacts, and the monthly
 * tables equal to the sums of their days: every
 * {@code anhduong.hotline.figures-interval} (30 s unless configured) it recomputes wholly each day found in
 * hotline_figure_pending, then the months of those days, and deletes exactly the pending rows it read, in one transaction. A day written to again
 * meanwhile keeps its newer pending row and is recomputed next time, so no change is lost whatever the timing.
 *
 * <p>Several instances may run the job: each run first locks the one row of hotline_figure_lock, so runs follow one
 * another (two concurrent runs would insert the same day's rows), and a run that finds nothing left does nothing.
 */
@Component
class FigureRollup {

    private static final Logger log = LoggerFactory.getLogger(FigureRollup.class);

    /** Pending rows deleted per statement: a bounded IN list. */
    private static final int BATCH = 500;
    /** H2 gives up waiting for a lock after a second; PostgreSQL waits. */
    private static final int LOCK_ATTEMPTS = 30;

    /**
     * The local day of a contact, for the one-pass rebuild: from the epoch with Vietnam's offset (UTC+7, without
     * daylight saving since 1975), because H2 casts a time through AT TIME ZONE in the session's zone, not the one
     * named. The daily recompute needs no such expression: it selects a day's time range, computed in Java.
     */
    private static final String DAY =
            "DATE '1970-01-01' + CAST(FLOOR((EXTRACT(EPOCH FROM received_at) + 25200) / 86400) AS INT)";
    private static final String GROUPS = """
            INSERT INTO hotline_contact_daily (received_day, organisation_id, locality_code, line_id, channel, direction,
                                               contact_type, urgency, gbv_related, contacts)
            SELECT d.received_day, d.organisation_id, d.locality_code, d.line_id, d.channel, d.direction, d.contact_type,
                   d.urgency, d.gbv_related, COUNT(*)
            FROM (SELECT %s AS received_day, organisation_id, COALESCE(locality_code, '') AS locality_code,
                         COALESCE(line_id, 0) AS line_id, channel, direction, contact_type, urgency, gbv_related
                  FROM hotline_contacts %s) d
            GROUP BY d.received_day, d.organisation_id, d.locality_code, d.line_id, d.channel, d.direction, d.contact_type,
                     d.urgency, d.gbv_related""";
    private static final String CATEGORIES = """
            INSERT INTO hotline_contact_category_daily (received_day, organisation_id, locality_code, top_category_code, contacts)
            SELECT d.received_day, d.organisation_id, d.locality_code, d.top_code, COUNT(DISTINCT d.id)
            FROM (SELECT %s AS received_day, c.organisation_id, COALESCE(c.locality_code, '') AS locality_code, k.top_code, c.id
                  FROM hotline_contacts c
                  JOIN hotline_contact_categories cc ON cc.contact_id = c.id
                  JOIN hotline_categories k ON k.code = cc.category_code %s) d
            GROUP BY d.received_day, d.organisation_id, d.locality_code, d.top_code""";
    private static final String IN_DAY = "WHERE received_at >= :start AND received_at < :end";
    private static final String GROUP_KEY =
            "organisation_id, locality_code, line_id, channel, direction, contact_type, urgency, gbv_related";
    private static final String CATEGORY_KEY = "organisation_id, locality_code, top_category_code";
    /** A day's month without date functions that differ between H2 and PostgreSQL. */
    private static final String MONTH = "received_day - CAST(EXTRACT(DAY FROM received_day) AS INT) + 1";
    private static final String MONTHS = """
            INSERT INTO hotline_contact_monthly (received_month, %1$s, contacts)
            SELECT m.received_month, %2$s, SUM(m.contacts)
            FROM (SELECT %3$s AS received_month, %1$s, contacts FROM hotline_contact_daily %4$s) m
            GROUP BY m.received_month, %2$s""";
    private static final String CATEGORY_MONTHS = """
            INSERT INTO hotline_contact_category_monthly (received_month, %1$s, contacts)
            SELECT m.received_month, %2$s, SUM(m.contacts)
            FROM (SELECT %3$s AS received_month, %1$s, contacts FROM hotline_contact_category_daily %4$s) m
            GROUP BY m.received_month, %2$s""";
    private static final String IN_MONTH = "WHERE received_day BETWEEN :month AND :last";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    FigureRollup(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "${anhduong.hotline.figures-interval:PT30S}",
            fixedDelayString = "${anhduong.hotline.figures-interval:PT30S}")
    void scheduled() {
        int days = catchUp();
        if (days > 0) {
            log.debug("Recomputed the hotline figures of {} days", days);
        }
    }

    /** Recomputes the pending days; answers how many. */
    int catchUp() {
        return locked(() -> {
            List<Pending> pending = jdbc.sql("SELECT id, received_day FROM hotline_figure_pending")
                    .query((rs, row) -> new Pending(rs.getLong("id"), rs.getObject("received_day", LocalDate.class))).list();
            var days = new TreeSet<LocalDate>();
            pending.forEach(p -> days.add(p.day()));
            days.forEach(this::recompute);
            days.stream().map(day -> day.withDayOfMonth(1)).distinct().forEach(this::recomputeMonth);
            forget(pending.stream().map(Pending::id).toList());
            return days.size();
        });
    }

    /** Recomputes every day from the contacts, in one pass; for bulk loads. Answers the contacts counted. */
    long rebuildAll() {
        return locked(() -> {
            List<Long> pending = jdbc.sql("SELECT id FROM hotline_figure_pending").query(Long.class).list();
            jdbc.sql("DELETE FROM hotline_contact_daily").update();
            jdbc.sql("DELETE FROM hotline_contact_category_daily").update();
            jdbc.sql(GROUPS.formatted(DAY, "")).update();
            jdbc.sql(CATEGORIES.formatted(DAY.replace("received_at", "c.received_at"), "")).update();
            jdbc.sql("DELETE FROM hotline_contact_monthly").update();
            jdbc.sql("DELETE FROM hotline_contact_category_monthly").update();
            jdbc.sql(months(MONTHS, GROUP_KEY, MONTH, "")).update();
            jdbc.sql(months(CATEGORY_MONTHS, CATEGORY_KEY, MONTH, "")).update();
            forget(pending);
            Long counted = jdbc.sql("SELECT SUM(contacts) FROM hotline_contact_daily").query(Long.class).single();
            return counted == null ? 0 : counted;
        });
    }

    private void recompute(LocalDate day) {
        jdbc.sql("DELETE FROM hotline_contact_daily WHERE received_day = :day").param("day", day).update();
        jdbc.sql("DELETE FROM hotline_contact_category_daily WHERE received_day = :day").param("day", day).update();
        var start = Timestamp.from(FigureDays.startOf(day));
        var end = Timestamp.from(FigureDays.startOf(day.plusDays(1)));
        jdbc.sql(GROUPS.formatted("CAST(:day AS DATE)", IN_DAY))
                .param("day", day).param("start", start).param("end", end).update();
        jdbc.sql(CATEGORIES.formatted("CAST(:day AS DATE)", IN_DAY.replace("received_at", "c.received_at")))
                .param("day", day).param("start", start).param("end", end).update();
    }

    /** The month's rows are the sums of its days' rows (a contact belongs to one day). */
    private void recomputeMonth(LocalDate month) {
        jdbc.sql("DELETE FROM hotline_contact_monthly WHERE received_month = :month").param("month", month).update();
        jdbc.sql("DELETE FROM hotline_contact_category_monthly WHERE received_month = :month").param("month", month)
                .update();
        LocalDate last = month.plusMonths(1).minusDays(1);
        jdbc.sql(months(MONTHS, GROUP_KEY, "CAST(:month AS DATE)", IN_MONTH))
                .param("month", month).param("last", last).update();
        jdbc.sql(months(CATEGORY_MONTHS, CATEGORY_KEY, "CAST(:month AS DATE)", IN_MONTH))
                .param("month", month).param("last", last).update();
    }

    private static String months(String template, String key, String month, String where) {
        String qualified = String.join(", ", java.util.Arrays.stream(key.split(", ")).map(c -> "m." + c).toList());
        return template.formatted(key, qualified, month, where);
    }

    /** Deletes exactly these pending rows: a row added after they were read stays for the next run. */
    private void forget(List<Long> ids) {
        for (int i = 0; i < ids.size(); i += BATCH) {
            jdbc.sql("DELETE FROM hotline_figure_pending WHERE id IN (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))).update();
        }
    }

    /** Runs the work in one transaction holding the figures lock, waiting for another instance's run to end. */
    private <T> T locked(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(tx.execute(status -> {
                    jdbc.sql("SELECT id FROM hotline_figure_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
                    return work.get();
                }));
            } catch (PessimisticLockingFailureException busy) {
                if (attempt >= LOCK_ATTEMPTS) {
                    throw busy;
                }
            }
        }
    }

    private record Pending(long id, LocalDate day) {
    }
}
