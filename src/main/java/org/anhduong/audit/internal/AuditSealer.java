package org.anhduong.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Seals pending events into the chain as a group commit: after a transaction that recorded events commits, its thread
 * makes sure a seal has run since, so the events are in the chain by the time the request returns; one seal serves
 * every commit that came before it started. Each commit takes a ticket; a seal run covers every ticket taken before it
 * began, because those commits are visible to it. A thread whose ticket a run has covered meanwhile returns at once.
 */
@Component
class AuditSealer {

    /** Events per sealing transaction: enough to catch up after a pause, few enough to keep the head lock short. */
    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final SealBatch batch;
    private final AtomicLong requested = new AtomicLong();
    private final ReentrantLock running = new ReentrantLock();
    /** The last ticket a finished run covered; guarded by {@link #running}. */
    private long completed;
    private final TransactionSynchronization afterCommit = new TransactionSynchronization() {
        @Override
        public void afterCommit() {
            sealAfterCommit();
        }
    };

    @Autowired
    AuditSealer(SealerConnection connection, ChainAppender appender) {
        this(limit -> connection.transactions().execute(status -> appender.sealNext(limit)));
    }

    AuditSealer(SealBatch batch) {
        this.batch = batch;
    }

    /**
     * Has the current transaction's events sealed once it commits, and not at all when it rolls back. Calling it again
     * in the same transaction changes nothing: a transaction's synchronizations are a set.
     */
    void sealWhenCommitted() {
        TransactionSynchronizationManager.registerSynchronization(afterCommit);
    }

    /** Returns once a seal run that started after this call has finished, or has failed (it never throws). */
    void sealAfterCommit() {
        long ticket = requested.incrementAndGet();
        running.lock();
        try {
            if (completed < ticket) {
                run();
            }
        } finally {
            running.unlock();
        }
    }

    /** Seals whatever is pending now, e.g. before a verification; never throws. */
    void sealPending() {
        running.lock();
        try {
            run();
        } finally {
            running.unlock();
        }
    }

    /**
     * The safety net: events committed on another instance that stopped before sealing them, or here just before a
     * crash, or whose seal failed, are sealed within this interval.
     */
    @Scheduled(fixedDelayString = "${anhduong.audit.seal-interval:5s}")
    void sealLeftovers() {
        sealPending();
    }

    /**
     * The caller's transaction has committed by now, so a failure must not reach it: the events stay pending for the
     * next run. Nothing personal is logged, not even the exception's message (a constraint's message can quote a row).
     */
    private void run() {
        long upTo = requested.get();
        try {
            while (batch.seal(BATCH) == BATCH) {
                // A full batch: more may be waiting.
            }
            completed = upTo;
        } catch (RuntimeException e) {
            log.warn("Sealing pending audit events failed ({}); they stay pending until the next seal",
                    e.getClass().getName());
        }
    }

    /** One sealing transaction of its own: moves up to {@code limit} pending events into the chain, tells how many. */
    @FunctionalInterface
    interface SealBatch {
        int seal(int limit);
    }
}
