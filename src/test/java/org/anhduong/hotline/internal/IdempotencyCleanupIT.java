package org.anhduong.hotline.internal;

import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys are forgotten once older than the retention (7 days by default), and not before. */
@IntegrationTest
class IdempotencyCleanupIT {

    @Autowired
    IdempotencyCleanup cleanup;
    @Autowired
    IdempotencyKeys keys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void keysOlderThanTheRetentionAreDeletedAndYoungerOnesKept() {
        // No user has such an id: the keys are this test's alone.
        long user = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        Instant now = Instant.now();
        String expired = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        claimed(user, expired, now.minus(Duration.ofDays(7)).minus(Duration.ofHours(1)));
        claimed(user, kept, now.minus(Duration.ofDays(7)).plus(Duration.ofHours(1)));

        cleanup.deleteExpired();

        assertThat(keys.find(user, expired)).isEmpty();
        assertThat(keys.find(user, kept)).isPresent();
        jdbc.sql("DELETE FROM hotline_idempotency WHERE user_id = :user").param("user", user).update();
    }

    /** A key as a save left it, without a contact: the cleanup looks only at the time. */
    private void claimed(long user, String key, Instant at) {
        jdbc.sql("""
                        INSERT INTO hotline_idempotency (user_id, idem_key, fingerprint, created_at)
                        VALUES (:user, :key, :fp, :at)""")
                .param("user", user).param("key", key).param("fp", "f".repeat(64)).param("at", Timestamp.from(at))
                .update();
    }
}
