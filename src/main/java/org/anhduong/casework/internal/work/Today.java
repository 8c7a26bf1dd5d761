package org.anhduong.casework.internal.work;

import org.anhduong.platform.web.Ui;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Today's date where the work happens (Vietnam), whatever the server's zone. */
@Component
class Today {

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    LocalDate date() {
        return LocalDate.now(clock.withZone(Ui.ZONE));
    }
}
