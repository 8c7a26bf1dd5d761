package org.anhduong.audit.internal;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class AuditSealerTest {

    @Test
    void aFailingSealNeverReachesTheCallerWhoseTransactionHasCommitted() {
        var attempts = new AtomicInteger();
        var sealer = new AuditSealer(limit -> {
            attempts.incrementAndGet();
            throw new CannotCreateTransactionException("database unreachable");
        });

        assertThatCode(sealer::sealAfterCommit).doesNotThrowAnyException();
        assertThatCode(sealer::sealPending).doesNotThrowAnyException();
        assertThatCode(() -> committedTransaction(sealer)).doesNotThrowAnyException();
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aTransactionIsSealedOnceHoweverManyEventsItRecorded() {
        var seals = new AtomicInteger();
        var sealer = new AuditSealer(limit -> {
            seals.incrementAndGet();
            return 0;
        });

        committedTransaction(sealer);

        assertThat(seals).hasValue(1);
    }

    @Test
    void fullBatchesAreFollowedByAnotherUntilOneIsNotFull() {
        List<Integer> limits = new ArrayList<>();
        var sizes = new ArrayList<>(List.of(AuditSealer.BATCH, AuditSealer.BATCH, 3));
        var sealer = new AuditSealer(limit -> {
            limits.add(limit);
            return sizes.removeFirst();
        });

        sealer.sealAfterCommit();

        assertThat(limits).containsExactly(AuditSealer.BATCH, AuditSealer.BATCH, AuditSealer.BATCH);
    }

    @Test
    void commitsThatWaitedDuringARunAreServedByOneMoreRun() throws Exception {
        var firstRunStarted = new CountDownLatch(1);
        var releaseFirstRun = new CountDownLatch(1);
        var runs = new AtomicInteger();
        var sealer = new AuditSealer(limit -> {
            if (runs.incrementAndGet() == 1) {
                firstRunStarted.countDown();
                await(releaseFirstRun);
            }
            return 0;
        });
        Thread first = Thread.ofPlatform().start(sealer::sealAfterCommit);
        await(firstRunStarted);

        // Both commit after the first run began, so it cannot have seen them; one run after it serves both.
        Thread second = Thread.ofPlatform().start(sealer::sealAfterCommit);
        Thread third = Thread.ofPlatform().start(sealer::sealAfterCommit);
        waitUntilParked(second);
        waitUntilParked(third);
        releaseFirstRun.countDown();
        for (Thread t : List.of(first, second, third)) {
            assertThat(t.join(Duration.ofSeconds(10))).isTrue();
        }

        assertThat(runs).hasValue(2);
    }

    /** A transaction that records three events, then commits: Spring calls afterCommit on its synchronizations. */
    private static void committedTransaction(AuditSealer sealer) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            sealer.sealWhenCommitted();
            sealer.sealWhenCommitted();
            sealer.sealWhenCommitted();
            TransactionSynchronizationUtils.triggerAfterCommit();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    /** A thread waiting for the sealer's lock has taken its ticket already (it does so before asking for the lock). */
    private static void waitUntilParked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("thread waiting for the sealer").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
