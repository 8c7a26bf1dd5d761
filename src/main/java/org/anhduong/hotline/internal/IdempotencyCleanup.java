package org.anhduong.hotline.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Forgets Idempotency-Keys after {@code anhduong.hotline.idempotency-retention} (7 days unless configured). A client
 * retries a save within minutes, so a week is ample; kept for ever, the keys would grow with every contact saved.
 * A retry with an expired key records the contact again, as a request without a key would.
 */
@Component
class IdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration retention;

    IdempotencyCleanup(IdempotencyKeys keys, Clock clock,
                       @Value("${anhduong.hotline.idempotency-retention:7d}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("anhduong.hotline.idempotency-retention must be positive");
        }
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    /** Hourly, a little after start; the table has no index on the time: a week of keys is a small table to scan. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void deleteExpired() {
        int deleted = keys.deleteClaimedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Forgot {} idempotency keys older than {}", deleted, retention);
        }
    }
}
