package org.anhduong.test;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

/**
 * Audit events are sealed into {@code audit_events} by a background thread shortly after their transaction commits
 * (see {@code AuditTrail}). A test that selects from {@code audit_events} right after a request first waits here until
 * nothing is pending, so it reads every event of that request.
 */
public final class AuditRows {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private AuditRows() {
    }

    /** Returns once {@code audit_pending} is empty; fails the test when it stays filled for ten seconds. */
    public static void awaitSealed(JdbcClient jdbc) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (jdbc.sql("SELECT COUNT(*) FROM audit_pending").query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("audit events still pending after " + PATIENCE);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
