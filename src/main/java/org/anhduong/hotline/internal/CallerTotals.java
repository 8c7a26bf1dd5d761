package org.anhduong.hotline.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hotline_caller_totals table: per number and organisation, how many contacts, how many of them GBV-related,
 * marked "do not call back" or judged a danger to life, and the first and last contact's time. Written in the
 * transaction of the contact write it follows. A new contact adds to its row; a change recounts from hotline_contacts,
 * after locking the row, so that a concurrent addition is either counted or added on top, never lost.
 */
@Repository
class CallerTotals {

    /** The totals of one number in one organisation. */
    record Totals(long contacts, long gbvRelated, long doNotCallBack, long dangerToLife, Instant firstAt,
                  Instant lastAt) {
    }

    private static final String WHERE = " WHERE phone_bidx = :bidx AND organisation_id = :org";
    private static final String COUNT = """
            SELECT COUNT(*) AS contacts,
                   SUM(CASE WHEN gbv_related THEN 1 ELSE 0 END) AS gbv_contacts,
                   SUM(CASE WHEN do_not_call_back THEN 1 ELSE 0 END) AS do_not_call_back_contacts,
                   SUM(CASE WHEN urgency = 'DANGER_TO_LIFE' THEN 1 ELSE 0 END) AS danger_contacts,
                   MIN(received_at) AS first_at, MAX(received_at) AS last_at
            FROM hotline_contacts""" + WHERE;
    private static final String SET = "contacts = :contacts, gbv_contacts = :gbv, do_not_call_back_contacts = :dnc, "
            + "danger_contacts = :danger";
    /** Adding and recounting try again after losing a race to create the row; the second try finds it. */
    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    CallerTotals(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    Optional<Totals> of(String phoneIndex, long organisationId) {
        return jdbc.sql("""
                        SELECT contacts, gbv_contacts, do_not_call_back_contacts, danger_contacts, first_at, last_at
                        FROM hotline_caller_totals""" + WHERE)
                .param("bidx", phoneIndex).param("org", organisationId)
                .query(CallerTotals::totals).optional();
    }

    /** Counts a new contact. Nothing for a contact without a number. */
    void add(CallerShare contact) {
        String number = contact.phoneIndex();
        if (number == null) {
            return;
        }
        // When the row is missing, create it; when a concurrent first contact of the number created it meanwhile,
        // add to that one.
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (addTo(number, contact) == 1 || created(number, contact.organisationId(), single(contact))) {
                return;
            }
        }
        throw new IllegalStateException("The caller totals kept changing while a contact was added");
    }

    /** Brings the totals up to date after a contact changed from {@code before} to {@code after}. */
    void changed(CallerShare before, CallerShare after) {
        if (before.equals(after)) {
            return;
        }
        if (before.sameCaller(after) && before.sameFlags(after)) {
            String number = after.phoneIndex();
            if (number != null) {
                recountTimes(number, after.organisationId());
            }
            return;
        }
        // In a fixed order, so that two changes moving contacts between the same numbers cannot deadlock.
        Stream.of(before, after).filter(s -> s.phoneIndex() != null)
                .map(s -> new Caller(Objects.requireNonNull(s.phoneIndex()), s.organisationId()))
                .distinct().sorted(Caller.ORDER)
                .forEach(c -> recount(c.phoneIndex(), c.organisationId()));
    }

    private int addTo(String number, CallerShare contact) {
        return jdbc.sql("""
                        UPDATE hotline_caller_totals SET contacts = contacts + 1, gbv_contacts = gbv_contacts + :gbv,
                               do_not_call_back_contacts = do_not_call_back_contacts + :dnc,
                               danger_contacts = danger_contacts + :danger,
                               first_at = LEAST(first_at, :at), last_at = GREATEST(last_at, :at)""" + WHERE)
                .param("gbv", one(contact.gbvRelated())).param("dnc", one(contact.doNotCallBack()))
                .param("danger", one(contact.dangerToLife())).param("at", Timestamp.from(contact.receivedAt()))
                .param("bidx", number).param("org", contact.organisationId())
                .update();
    }

    /** Recounts every total of the number; deletes its row when no contact is left. */
    private void recount(String number, long organisationId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            boolean exists = locked(number, organisationId);
            Totals counted = jdbc.sql(COUNT).param("bidx", number).param("org", organisationId)
                    .query(CallerTotals::counted).single();
            if (counted.contacts() == 0) {
                jdbc.sql("DELETE FROM hotline_caller_totals" + WHERE).param("bidx", number).param("org", organisationId)
                        .update();
                return;
            }
            if (exists) {
                jdbc.sql("UPDATE hotline_caller_totals SET " + SET + ", first_at = :first, last_at = :last" + WHERE)
                        .paramSource(values(number, organisationId, counted)).update();
                return;
            }
            if (created(number, organisationId, counted)) {
                return;
            }
        }
        throw new IllegalStateException("The caller totals kept changing while they were recounted");
    }

    /** Only the times: the counts and flags stayed. MIN and MAX come from the ends of the caller index. */
    private void recountTimes(String number, long organisationId) {
        if (!locked(number, organisationId)) {
            recount(number, organisationId);
            return;
        }
        jdbc.sql("""
                        UPDATE hotline_caller_totals
                        SET first_at = (SELECT MIN(received_at) FROM hotline_contacts""" + WHERE + "),"
                        + " last_at = (SELECT MAX(received_at) FROM hotline_contacts" + WHERE + ")" + WHERE)
                .param("bidx", number).param("org", organisationId).update();
    }

    /**
     * Locks the number's row until the transaction ends. Taken before counting, so the count sees every contact
     * committed by a transaction that changed the row before; a later one waits and adds on top.
     */
    private boolean locked(String number, long organisationId) {
        return jdbc.sql("SELECT contacts FROM hotline_caller_totals" + WHERE + " FOR UPDATE")
                .param("bidx", number).param("org", organisationId).query(Long.class).optional().isPresent();
    }

    /** False when another transaction created the row first (then only this savepoint rolls back, not the work). */
    private boolean created(String number, long organisationId, Totals totals) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO hotline_caller_totals (phone_bidx, organisation_id, contacts, gbv_contacts,
                                   do_not_call_back_contacts, danger_contacts, first_at, last_at)
                            VALUES (:bidx, :org, :contacts, :gbv, :dnc, :danger, :first, :last)""")
                    .paramSource(values(number, organisationId, totals)).update());
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    private static MapSqlParameterSource values(String number, long organisationId, Totals totals) {
        return new MapSqlParameterSource()
                .addValue("bidx", number).addValue("org", organisationId)
                .addValue("contacts", totals.contacts()).addValue("gbv", totals.gbvRelated())
                .addValue("dnc", totals.doNotCallBack()).addValue("danger", totals.dangerToLife())
                .addValue("first", Timestamp.from(totals.firstAt())).addValue("last", Timestamp.from(totals.lastAt()));
    }

    private static Totals single(CallerShare contact) {
        return new Totals(1, one(contact.gbvRelated()), one(contact.doNotCallBack()), one(contact.dangerToLife()),
                contact.receivedAt(), contact.receivedAt());
    }

    private static int one(boolean flag) {
        return flag ? 1 : 0;
    }

    private static Totals totals(ResultSet rs, int row) throws SQLException {
        return new Totals(rs.getLong("contacts"), rs.getLong("gbv_contacts"), rs.getLong("do_not_call_back_contacts"),
                rs.getLong("danger_contacts"), rs.getTimestamp("first_at").toInstant(),
                rs.getTimestamp("last_at").toInstant());
    }

    /** An aggregate over no rows has no times: then the count is 0 and the times are never used. */
    private static Totals counted(ResultSet rs, int row) throws SQLException {
        Timestamp first = rs.getTimestamp("first_at");
        Timestamp last = rs.getTimestamp("last_at");
        return new Totals(rs.getLong("contacts"), rs.getLong("gbv_contacts"), rs.getLong("do_not_call_back_contacts"),
                rs.getLong("danger_contacts"), first == null ? Instant.EPOCH : first.toInstant(),
                last == null ? Instant.EPOCH : last.toInstant());
    }

    private record Caller(String phoneIndex, long organisationId) {
        static final Comparator<Caller> ORDER = Comparator.comparing(Caller::phoneIndex)
                .thenComparingLong(Caller::organisationId);
    }
}
