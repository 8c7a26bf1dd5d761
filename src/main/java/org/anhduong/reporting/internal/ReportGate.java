package org.anhduong.reporting.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many reports are counted at once ({@code anhduong.reporting.concurrent-counts}, 1 unless configured). A count
 * keeps a core busy for a few hundred milliseconds (its statements and the summing); on a province's small machine,
 * reports counted side by side took every core from the live-call screen (bench/RESULTS.md, reporting: the caller
 * lookup's p99 went from 29 to 352 ms while four clients read the summary without pause). Further reports wait their
 * turn, first come first served: a dashboard answers a little later, a counsellor's lookup does not.
 */
@Component
class ReportGate {

    private final Semaphore permits;

    ReportGate(@Value("${anhduong.reporting.concurrent-counts:1}") int permits) {
        this.permits = new Semaphore(Math.max(1, permits), true);
    }

    <T> T counted(Supplier<T> count) {
        permits.acquireUninterruptibly();
        try {
            return count.get();
        } finally {
            permits.release();
        }
    }
}
