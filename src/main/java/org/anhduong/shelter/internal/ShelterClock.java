package org.anhduong.shelter.internal;

import org.anhduong.platform.web.Ui;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Today in the province (Asia/Ho_Chi_Minh), which decides which night a stay is on, and now as stored. */
@Component
class ShelterClock {

    private final Clock clock;

    ShelterClock(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
