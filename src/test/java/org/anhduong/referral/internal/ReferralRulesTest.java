package org.anhduong.referral.internal;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.referral.ReferralStatus;
import org.anhduong.referral.Urgency;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralRulesTest {

    private static final Instant SENT = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void anUrgentReferralIsDueForAReminderAfterAnHourARoutineOneAfterADay() {
        Duration routine = new ReferralProperties(null, null, null, null).reminderAfter();
        Duration urgent = new ReferralProperties(null, null, null, null).urgentReminderAfter();
        assertThat(ReferralRules.reminderDue(SENT, Urgency.URGENT, routine, urgent))
                .isEqualTo(Instant.parse("2026-11-29T03:00:00Z"));
        assertThat(ReferralRules.reminderDue(SENT, Urgency.ROUTINE, routine, urgent))
                .isEqualTo(Instant.parse("2026-11-30T02:00:00Z"));
    }

    @Test
    void configuredDelaysAreUsed() {
        var properties = new ReferralProperties(Duration.ofHours(48), Duration.ofMinutes(30), "https://x.vn/", null);
        assertThat(ReferralRules.reminderDue(SENT, Urgency.URGENT, properties.reminderAfter(),
                properties.urgentReminderAfter())).isEqualTo(Instant.parse("2026-11-29T02:30:00Z"));
        assertThat(properties.baseUrl()).isEqualTo("https://x.vn");
    }

    @Test
    void aStepTheStatusDoesNotAllowIsAConflictWithAStableCode() {
        assertThatThrownBy(() -> ReferralRules.mayMove(ReferralStatus.COMPLETED, ReferralStatus.ACCEPTED))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("referral-status");
        ReferralRules.mayMove(ReferralStatus.SENT, ReferralStatus.ACCEPTED);
    }
}
