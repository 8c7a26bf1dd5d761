package org.anhduong.casework.internal.incident;

import org.anhduong.casework.ReportingDelay;
import org.anhduong.platform.time.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingDelaysTest {

    static final LocalDate OPENED = LocalDate.of(2026, 3, 20);

    @Test
    void aFullDateFallsInItsBand() {
        assertThat(delay(PartialDate.of(2026, 3, 20))).isEqualTo(ReportingDelay.DAYS_0_3);
        assertThat(delay(PartialDate.of(2026, 3, 17))).isEqualTo(ReportingDelay.DAYS_0_3);
        assertThat(delay(PartialDate.of(2026, 3, 16))).isEqualTo(ReportingDelay.DAYS_4_5);
        assertThat(delay(PartialDate.of(2026, 3, 15))).isEqualTo(ReportingDelay.DAYS_4_5);
        assertThat(delay(PartialDate.of(2026, 3, 14))).isEqualTo(ReportingDelay.DAYS_6_14);
        assertThat(delay(PartialDate.of(2026, 3, 6))).isEqualTo(ReportingDelay.DAYS_6_14);
        assertThat(delay(PartialDate.of(2026, 3, 5))).isEqualTo(ReportingDelay.DAYS_15_TO_MONTH);
        assertThat(delay(PartialDate.of(2026, 2, 20))).isEqualTo(ReportingDelay.DAYS_15_TO_MONTH);
        assertThat(delay(PartialDate.of(2026, 2, 19))).isEqualTo(ReportingDelay.OVER_A_MONTH);
    }

    @Test
    void aVagueDateHasABandOnlyWhenItsWholeRangeFallsInOne() {
        assertThat(delay(PartialDate.of(2025, 12))).isEqualTo(ReportingDelay.OVER_A_MONTH);
        assertThat(delay(PartialDate.of(2026, 3))).isEqualTo(ReportingDelay.UNKNOWN);
        assertThat(delay(PartialDate.of(2026))).isEqualTo(ReportingDelay.UNKNOWN);
        assertThat(delay(null)).isEqualTo(ReportingDelay.UNKNOWN);
    }

    @Test
    void anIncidentAfterTheCaseOpenedCountsFromTheDayItWasRecorded() {
        assertThat(ReportingDelays.of(PartialDate.of(2026, 4, 1), OPENED, LocalDate.of(2026, 4, 8)))
                .isEqualTo(ReportingDelay.DAYS_6_14);
    }

    private static ReportingDelay delay(PartialDate date) {
        return ReportingDelays.of(date, OPENED, OPENED.plusDays(30));
    }
}
