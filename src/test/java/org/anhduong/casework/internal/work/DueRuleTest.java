package org.anhduong.casework.internal.work;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DueRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aFollowUpDueYesterdayIsListedAndOverdue() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(DueRule.listed(yesterday, TODAY)).isTrue();
        assertThat(DueRule.overdue(yesterday, TODAY)).isTrue();
    }

    @Test
    void aFollowUpDueTodayIsListedButNotYetOverdue() {
        assertThat(DueRule.listed(TODAY, TODAY)).isTrue();
        assertThat(DueRule.overdue(TODAY, TODAY)).isFalse();
    }

    @Test
    void aFollowUpIsListedFromSevenDaysBeforeItsDueDate() {
        assertThat(DueRule.listed(TODAY.plusDays(7), TODAY)).isTrue();
        assertThat(DueRule.listed(TODAY.plusDays(8), TODAY)).isFalse();
        assertThat(DueRule.listedUntil(TODAY)).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void theListReachesAcrossMonthEnds() {
        assertThat(DueRule.listed(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 2, 24))).isTrue();
        assertThat(DueRule.overdue(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1))).isTrue();
    }
}
