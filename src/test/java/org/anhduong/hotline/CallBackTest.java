package org.anhduong.hotline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The safe call-back window, in Vietnam's time, including windows that pass midnight. */
class CallBackTest {

    /** 2026-03-02 09:30 in Vietnam. */
    static final Instant MORNING = Instant.parse("2026-03-02T02:30:00Z");
    /** 2026-03-02 23:00 in Vietnam. */
    static final Instant NIGHT = Instant.parse("2026-03-02T16:00:00Z");

    static CallBack window(LocalTime from, LocalTime to) {
        return new CallBack(1, MORNING, MORNING, ContactType.ABOUT_SELF, Outcome.CALL_BACK_SCHEDULED, Urgency.ROUTINE,
                true, null, from, to);
    }

    @Test
    void aDayWindowHoldsFromItsStartUntilJustBeforeItsEnd() {
        CallBack morning = window(LocalTime.of(9, 0), LocalTime.of(11, 0));

        assertThat(morning.insideWindow(MORNING)).isTrue();
        assertThat(morning.insideWindow(NIGHT)).isFalse();
        assertThat(morning.insideWindow(Instant.parse("2026-03-02T04:00:00Z"))).as("11:00 is the end").isFalse();
        assertThat(morning.insideWindow(Instant.parse("2026-03-02T02:00:00Z"))).as("09:00 is the start").isTrue();
    }

    @Test
    void aWindowMayPassMidnight() {
        CallBack night = window(LocalTime.of(21, 30), LocalTime.of(6, 0));

        assertThat(night.insideWindow(NIGHT)).isTrue();
        assertThat(night.insideWindow(Instant.parse("2026-03-02T22:00:00Z"))).as("05:00").isTrue();
        assertThat(night.insideWindow(MORNING)).isFalse();
    }

    @Test
    void withoutAWindowNowIsNeverInsideOne() {
        CallBack none = window(null, null);

        assertThat(none.hasWindow()).isFalse();
        assertThat(none.insideWindow(MORNING)).isFalse();
        assertThat(none.overdue(NIGHT)).isTrue();
    }
}
