package org.anhduong.audit.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditEvents;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditQuery;
import org.anhduong.audit.AuditSearch;
import org.anhduong.audit.AuditTrail;
import org.anhduong.audit.ChainVerification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The hash-chained audit trail on the application's database. Recording only inserts a pending event in the caller's
 * transaction; {@link AuditSealer} chains it soon after that transaction commits, and a search waits for that. Reading the trail and verifying it are
 * audited too: who looked at the log, and what a verification found, is part of the record.
 */
@Service
class ChainedAuditTrail implements AuditTrail, AuditSearch {

    static final String RECORD_TYPE = "auditEvent";

    private final PendingStore pending;
    private final AuditSealer sealer;
    private final ChainVerifier verifier;
    private final EventSearch events;
    private final TransactionTemplate required;
    private final Clock clock = Clock.systemUTC();

    ChainedAuditTrail(PendingStore pending, AuditSealer sealer, ChainVerifier verifier, EventSearch events,
                      PlatformTransactionManager transactions) {
        this.pending = pending;
        this.sealer = sealer;
        this.verifier = verifier;
        this.events = events;
        // Programmatic rather than @Transactional, so that verify() and search() calling record() get it too.
        this.required = new TransactionTemplate(transactions);
        this.required.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    @Override
    public void record(AuditEntry entry) {
        EntryRules.check(entry);
        refuseReadOnlyTransaction();
        required.executeWithoutResult(status -> {
            pending.add(clock.instant(), entry, Actor.of(entry), ClientAddress.current());
            sealer.sealWhenCommitted();
        });
    }

    /**
     * PostgreSQL refuses the insert inside a read-only transaction while H2 accepts it; failing alike on both shows the
     * mistake in every test run. A separate transaction is no way out: it would hold a second pooled connection per
     * audited read, and a burst of reads could then exhaust the pool.
     */
    private static void refuseReadOnlyTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("Audit events cannot be recorded in a read-only transaction: "
                    + "audit the read in a read-write transaction so that the event commits with it");
        }
    }

    @Override
    public void awaitSealed() {
        sealer.awaitSealed();
    }

    @Override
    public ChainVerification verify() {
        // Committed events still waiting for their seal are verified too; the caller's own uncommitted ones cannot be.
        sealer.sealPending();
        ChainVerification result = verifier.verify();
        record(result.intact()
                ? AuditEntry.success("audit.verify", RECORD_TYPE, null)
                : AuditEntry.of("audit.verify", RECORD_TYPE, result.firstBrokenId(), AuditOutcome.FAILURE));
        return result;
    }

    @Override
    public AuditEvents search(AuditQuery query) {
        sealer.awaitSealed();
        AuditEvents found = events.search(query);
        record(AuditEntry.success("audit.search", RECORD_TYPE, null));
        return found;
    }
}
