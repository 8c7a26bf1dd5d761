package org.anhduong.shelter.web;

import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Today in the province, for screens and requests that do not name a day. */
@Component
class ShelterDays {

    private final Clock clock;

    ShelterDays(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }

    LocalDate orToday(@Nullable LocalDate day) {
        return day == null ? today() : day;
    }
}
