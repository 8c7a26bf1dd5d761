package org.anhduong.audit;

import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.anhduong.audit.AuditFixtures.aUniqueRecordId;
import static org.anhduong.audit.AuditFixtures.eventsOfRecord;
import static org.assertj.core.api.Assertions.assertThat;

/** Events wait in audit_pending only until shortly after their transaction commits; the sealer chains them in one order. */
@IntegrationTest
class AuditSealingIT {

    static final int THREADS = 16;
    static final int TRANSACTIONS_PER_THREAD = 50;

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSearch search;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentTransactionsSomeRolledBackFormOneIntactChainOfTheCommittedOnes() throws Exception {
        String recordId = aUniqueRecordId();
        int committed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> recordInTransactions(recordId)));
            }
            for (Future<Integer> f : done) {
                committed += f.get();
            }
        }

        // Once the sealing thread has caught up nothing of them waits, before any verification.
        trail.awaitSealed();
        assertThat(pendingOf(recordId)).isZero();
        assertThat(trail.verify().intact()).isTrue();
        assertThat(sealedCountOf(recordId)).isEqualTo(committed).isLessThan(THREADS * TRANSACTIONS_PER_THREAD);
        assertThat(pendingOf(recordId)).isZero();
        assertChainIdsAreContiguous();
    }

    @Test
    void aCommittedTransactionsEventsAreInTheChainWhenItReturns() {
        String recordId = aUniqueRecordId();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditEntry.success("test.first", "testRecord", recordId));
            trail.record(AuditEntry.success("test.second", "testRecord", recordId));
            assertThat(search.search(eventsOfRecord(recordId)).items()).as("not in the chain before commit").isEmpty();
        });

        assertThat(search.search(eventsOfRecord(recordId)).items()).extracting(AuditEvent::action)
                .containsExactly("test.second", "test.first");
        assertThat(pendingOf(recordId)).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNeitherAPendingNorASealedEvent() {
        String recordId = aUniqueRecordId();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditEntry.success("test.update", "testRecord", recordId));
            assertThat(pendingOf(recordId)).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(pendingOf(recordId)).isZero();
        assertThat(sealedCountOf(recordId)).isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEventLeftPendingByACrashIsSealedByTheNextVerification() {
        String recordId = aUniqueRecordId();
        Instant occurredAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS);
        leaveBehind(recordId, occurredAt);

        ChainVerification result = trail.verify();

        assertThat(result.intact()).isTrue();
        assertThat(pendingOf(recordId)).isZero();
        assertThat(search.search(eventsOfRecord(recordId)).items()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("test.crash");
            assertThat(e.occurredAt()).isEqualTo(occurredAt);
            assertThat(e.actorUsername()).isEqualTo("lan.nguyen");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void anEventLeftPendingByACrashIsSealedWithTheNextCommit() {
        String leftBehind = aUniqueRecordId();
        String recordedNow = aUniqueRecordId();
        leaveBehind(leftBehind, Instant.now().minusSeconds(60));

        trail.record(AuditEntry.success("test.read", "testRecord", recordedNow));

        AuditEvent older = search.search(eventsOfRecord(leftBehind)).items().getFirst();
        AuditEvent newer = search.search(eventsOfRecord(recordedNow)).items().getFirst();
        assertThat(older.id()).isLessThan(newer.id());
        assertThat(pendingOf(leftBehind)).isZero();
    }

    /** Records one event per transaction; every seventh transaction rolls back. Returns how many committed. */
    private int recordInTransactions(String recordId) {
        var template = new TransactionTemplate(transactions);
        int committed = 0;
        for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
            boolean rollBack = i % 7 == 3;
            template.executeWithoutResult(status -> {
                trail.record(AuditEntry.success("test.sealing", "testRecord", recordId));
                if (rollBack) {
                    status.setRollbackOnly();
                }
            });
            committed += rollBack ? 0 : 1;
        }
        return committed;
    }

    /** A row committed to audit_pending by an instance that stopped before sealing it. */
    private void leaveBehind(String recordId, Instant occurredAt) {
        jdbc.sql("""
                        INSERT INTO audit_pending (occurred_at, actor_user_id, actor_username, action, record_type,
                                                   record_id, outcome, client_address)
                        VALUES (?, 7, 'lan.nguyen', 'test.crash', 'testRecord', ?, 'DENIED', '10.0.0.9')""")
                .params(occurredAt.atOffset(ZoneOffset.UTC), recordId).update();
    }

    /** One statement, so that an event the sealing thread chains meanwhile (the verification's own) cannot skew it. */
    private void assertChainIdsAreContiguous() {
        trail.awaitSealed();
        List<Long> countLowestHighestHead = jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM audit_events), (SELECT MIN(id) FROM audit_events),
                               (SELECT MAX(id) FROM audit_events), (SELECT last_id FROM audit_chain_head)""")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
        assertThat(countLowestHighestHead.get(1)).isEqualTo(1);
        assertThat(countLowestHighestHead.get(2)).isEqualTo(countLowestHighestHead.get(0))
                .isEqualTo(countLowestHighestHead.get(3));
    }

    private long pendingOf(String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_pending WHERE record_id = ?").param(recordId).query(Long.class).single();
    }

    private long sealedCountOf(String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE record_id = ?").param(recordId).query(Long.class).single();
    }
}
