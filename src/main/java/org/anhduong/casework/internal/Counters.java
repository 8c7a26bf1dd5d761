package org.anhduong.casework.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-tolerant counters for case numbers and survivor codes, portable and safe under concurrency: the counter's row is
 * created once in a transaction of its own (a lost insert race is harmless there, whereas it would abort the caller's
 * transaction on PostgreSQL), then incremented in the caller's transaction, whose row lock serialises concurrent takers
 * until it ends. A rolled-back opening leaves its number unused, which is fine for references.
 */
@Repository
class Counters {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    Counters(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long next(String prefix, String kind, int year) {
        if (increment(prefix, kind, year) == 0) {
            create(prefix, kind, year);
            increment(prefix, kind, year);
        }
        return jdbc.sql("""
                        SELECT last_value FROM casework_counters
                        WHERE prefix = :prefix AND kind = :kind AND counter_year = :year""")
                .param("prefix", prefix).param("kind", kind).param("year", year)
                .query(Long.class).single();
    }

    private int increment(String prefix, String kind, int year) {
        return jdbc.sql("""
                        UPDATE casework_counters SET last_value = last_value + 1
                        WHERE prefix = :prefix AND kind = :kind AND counter_year = :year""")
                .param("prefix", prefix).param("kind", kind).param("year", year).update();
    }

    private void create(String prefix, String kind, int year) {
        try {
            separate.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO casework_counters (prefix, kind, counter_year, last_value)
                            VALUES (:prefix, :kind, :year, 0)""")
                    .param("prefix", prefix).param("kind", kind).param("year", year).update());
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another opening created the row first: it is there either way.
        }
    }
}
