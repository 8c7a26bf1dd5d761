package org.anhduong.audit;

import org.anhduong.platform.command.MaintenanceCommand;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.anhduong.audit.AuditFixtures.aUniqueRecordId;
import static org.anhduong.audit.AuditFixtures.eventsOfRecord;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering done directly in the database, as an attacker with database access would. Each test runs in a
 * transaction that is rolled back, so the shared chain is intact again for every other test. The events tampered with
 * are committed (and so sealed into the chain) in a transaction of their own before.
 */
@IntegrationTest
@Transactional
class AuditTamperingIT {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSearch search;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<MaintenanceCommand> commands;
    @Autowired
    PlatformTransactionManager transactions;

    /** The ids of three fresh events, oldest first. */
    long first;
    long middle;
    long last;

    @BeforeEach
    void appendThreeEvents() {
        String recordId = aUniqueRecordId();
        var committedApart = new TransactionTemplate(transactions);
        committedApart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        committedApart.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                trail.record(AuditEntry.success("test.tamper", "testRecord", recordId));
            }
        });
        List<AuditEvent> events = search.search(eventsOfRecord(recordId)).items().reversed();
        first = events.get(0).id();
        middle = events.get(1).id();
        last = events.get(2).id();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aChangedFieldIsReportedAtThatEvent() {
        jdbc.sql("UPDATE audit_events SET action = 'x' WHERE id = ?").param(middle).update();

        assertThat(trail.verify()).isEqualTo(new ChainVerification(false, middle, middle));
    }

    @Test
    void aChangedTimeIsReported() {
        jdbc.sql("UPDATE audit_events SET occurred_at = occurred_at - INTERVAL '1' SECOND WHERE id = ?").param(first).update();

        assertThat(trail.verify().firstBrokenId()).isEqualTo(first);
    }

    @Test
    void aChangedLinkIsReported() {
        jdbc.sql("UPDATE audit_events SET prev_hash = ? WHERE id = ?").params("f".repeat(64), middle).update();

        assertThat(trail.verify().firstBrokenId()).isEqualTo(middle);
    }

    @Test
    void aDeletedEventBreaksTheLinkOfTheNextOne() {
        jdbc.sql("DELETE FROM audit_events WHERE id = ?").param(middle).update();

        assertThat(trail.verify().firstBrokenId()).isEqualTo(last);
    }

    @Test
    void anEventDeletedFromTheEndIsReportedThroughTheHead() {
        long newest = jdbc.sql("SELECT last_id FROM audit_chain_head").query(Long.class).single();
        jdbc.sql("DELETE FROM audit_events WHERE id = ?").param(newest).update();

        ChainVerification result = trail.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(newest);
    }

    @Test
    void aVerificationThatFindsABreakIsRecordedAsAFailureNamingTheEvent() {
        jdbc.sql("UPDATE audit_events SET outcome = 'DENIED' WHERE id = ?").param(middle).update();

        trail.verify();

        // Recorded in this test's transaction, the event waits in audit_pending for a commit that never comes.
        List<String> newest = jdbc.sql("SELECT outcome, record_id FROM audit_pending WHERE action = 'audit.verify' "
                        + "ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(newest).containsExactly(AuditOutcome.FAILURE.name(), Long.toString(middle));
    }

    @Test
    void aHiddenUsernameIsReported() {
        jdbc.sql("UPDATE audit_events SET actor_username_key = 'someone.else' WHERE id = ?").param(first).update();

        assertThat(trail.verify().firstBrokenId()).isEqualTo(first);
    }

    @Test
    void theCommandReportsABrokenChainWithExitCodeOne() {
        jdbc.sql("UPDATE audit_events SET record_id = 'other' WHERE id = ?").param(middle).update();
        var out = new ByteArrayOutputStream();

        int exitCode = commands.stream().filter(c -> c.name().equals("audit-verify")).findFirst().orElseThrow()
                .run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Audit chain BROKEN at event #" + middle + ".");
    }
}
