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
        assertThatCode(sealer::awaitSealed).doesNotThrowAnyException();
        assertThatCode(sealer::sealPending).doesNotThrowAnyException();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aCommitDoesNotWaitForItsSealButAReaderDoes() throws Exception {
        var sealStarted = new CountDownLatch(1);
        var releaseSeal = new CountDownLatch(1);
        var seals = new AtomicInteger();
        var sealer = new AuditSealer(limit -> {
            sealStarted.countDown();
            await(releaseSeal);
            seals.incrementAndGet();
            return 0;
        });
        sealer.start();
        try {
            committedTransaction(sealer);
            await(sealStarted);
            Thread reader = Thread.ofPlatform().start(sealer::awaitSealed);
            waitUntilParked(reader);
            assertThat(seals).as("the committing thread returned before its seal").hasValue(0);

            releaseSeal.countDown();
            assertThat(reader.join(Duration.ofSeconds(10))).isTrue();
            assertThat(seals).as("the reader returned after it").hasValue(1);
        } finally {
            sealer.stop();
        }
    }

    @Test
    void aReaderWithNothingSignalledRunsNoSeal() {
        var seals = new AtomicInteger();
        var sealer = new AuditSealer(limit -> {
            seals.incrementAndGet();
            return 0;
        });

        sealer.awaitSealed();
        sealer.sealAfterCommit();
        sealer.awaitSealed();
        sealer.awaitSealed();

        assertThat(seals).as("one run for the one commit, none for the readers after it").hasValue(1);
    }

    @Test
    void fullBatchesAreFollowedByAnotherUntilOneIsNotFull() {
        List<Integer> limits = new ArrayList<>();
        var sizes = new ArrayList<>(List.of(AuditSealer.BATCH, AuditSealer.BATCH, 3));
        var sealer = new AuditSealer(limit -> {
            limits.add(limit);
            return sizes.removeFirst();
        });

        sealer.sealPending();

        assertThat(limits).containsExactly(AuditSealer.BATCH, AuditSealer.BATCH, AuditSealer.BATCH);
    }

    @Test
    void commitsSignalledDuringARunAreServedByOneMoreRun() throws Exception {
        var firstRunStarted = new CountDownLatch(1);
        var releaseFirstRun = new CountDownLatch(1);
        var secondRunDone = new CountDownLatch(1);
        var runs = new AtomicInteger();
        var sealer = new AuditSealer(limit -> {
            int run = runs.incrementAndGet();
            if (run == 1) {
                firstRunStarted.countDown();
                await(releaseFirstRun);
            } else if (run == 2) {
                secondRunDone.countDown();
            }
            return 0;
        });
        sealer.start();
        try {
            sealer.sealAfterCommit();
            await(firstRunStarted);
            // Both commit after the first run began, so it cannot have seen them; one run after it serves both.
            sealer.sealAfterCommit();
            sealer.sealAfterCommit();
            releaseFirstRun.countDown();
            await(secondRunDone);
            sealer.awaitSealed();

            assertThat(runs).hasValue(2);
        } finally {
            sealer.stop();
        }
    }

    @Test
    void stoppingSealsWhatTheLastRequestsLeft() {
        var seals = new AtomicInteger();
        var sealer = new AuditSealer(limit -> {
            seals.incrementAndGet();
            return 0;
        });
        sealer.start();

        sealer.stop();

        assertThat(sealer.isRunning()).isFalse();
        assertThat(seals).hasPositiveValue();
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

    /** A thread waiting for the sealer's lock. */
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
