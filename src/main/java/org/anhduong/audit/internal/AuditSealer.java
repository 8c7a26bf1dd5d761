package org.anhduong.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Seals pending events into the chain as a group commit, on a thread of its own: a transaction that recorded events
 * only signals it when it commits, and returns without waiting. One run serves every commit signalled before it
 * began, because those commits are visible to it; commits signalled during a run are served by the next one. A reader
 * that must see the latest events (the audit search, a case's history, tests) calls {@link #awaitSealed()}.
 *
 * <p>Why not seal on the committing thread, as this class once did: every audited request then paid a second commit
 * (a second flush of the database's log) before answering, the largest single cost of a case file read. The price is
 * that an event sits a few milliseconds longer in {@code audit_pending}; it is committed there, so nothing is lost if
 * the instance stops, and every instance seals leftovers within {@code anhduong.audit.seal-interval}.
 */
@Component
class AuditSealer implements SmartLifecycle {

    /** Events per sealing transaction: enough to catch up after a pause, few enough to keep the head lock short. */
    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final SealBatch batch;
    private final AtomicLong requested = new AtomicLong();
    private final ReentrantLock running = new ReentrantLock();
    private final Semaphore wake = new Semaphore(0);
    /** The last ticket a finished run covered; written under {@link #running}. */
    private volatile long completed;
    private volatile @Nullable Thread worker;
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

    /** Asks the sealing thread for a run after this commit and returns at once; it never throws. */
    void sealAfterCommit() {
        requested.incrementAndGet();
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /**
     * Returns once every commit signalled before this call is sealed, or a run has failed (it never throws). Costs
     * nothing when the sealing thread is done already.
     */
    void awaitSealed() {
        long ticket = requested.get();
        if (completed >= ticket) {
            return;
        }
        running.lock();
        try {
            if (completed < ticket) {
                run();
            }
        } finally {
            running.unlock();
        }
    }

    /** Seals whatever is pending now, including events no commit here signalled, e.g. before a verification. */
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

    private void work() {
        while (true) {
            try {
                wake.acquire();
            } catch (InterruptedException e) {
                return;
            }
            wake.drainPermits();
            sealPending();
        }
    }

    @Override
    public void start() {
        worker = Thread.ofPlatform().daemon().name("audit-sealer").start(this::work);
    }

    /** Seals what the last requests left before the database goes away. */
    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sealPending();
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Stops after the web server (a higher phase stops first), so the last requests' events are sealed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** One sealing transaction of its own: moves up to {@code limit} pending events into the chain, tells how many. */
    @FunctionalInterface
    interface SealBatch {
        int seal(int limit);
    }
}
