package org.anhduong.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodPresetTest {

    @Test
    void halfYearsQuartersYearAndTheActionMonth() {
        assertThat(PeriodPreset.FIRST_HALF.from(2022)).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(PeriodPreset.FIRST_HALF.to(2022)).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(PeriodPreset.SECOND_HALF.from(2022)).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(PeriodPreset.Q4.to(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PeriodPreset.ACTION_MONTH.from(2026)).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(PeriodPreset.ACTION_MONTH.to(2026)).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aPeriodIsRecognisedAsItsPreset() {
        assertThat(PeriodPreset.matching(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .contains(PeriodPreset.FIRST_HALF);
        assertThat(PeriodPreset.matching(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .contains(PeriodPreset.YEAR);
        assertThat(PeriodPreset.matching(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 6, 30))).isEmpty();
        assertThat(PeriodPreset.matching(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 12, 15))).isEmpty();
    }
}
