package org.anhduong.referral.internal;

import org.anhduong.platform.security.Roles;
import org.anhduong.referral.ReferralCalls;
import org.anhduong.test.ApiCalls.Caller;
import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders: an unanswered referral is reminded about once, after its urgency's delay, however often the sweep runs. */
@IntegrationTest
class ReminderSweepIT {

    @Autowired
    ReferralCalls calls;
    @Autowired
    ReminderSweep sweep;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUrgentReferralUnansweredForAnHourIsRemindedOnce() {
        Caller worker = calls.aUserWithRoles(Roles.CASE_WORKER);
        Caller partner = calls.aUserWithRoles(Roles.PARTNER);
        long caseId = calls.aCase(worker);
        long serviceId = calls.aService(calls.aUserWithRoles(Roles.ADMINISTRATOR), partner.organisationId(),
                "Tư vấn thử nghiệm nhắc việc");
        calls.consentToReferral(worker, caseId, partner.organisationId());
        long fresh = ReferralCalls.created(calls.refer(worker, caseId, serviceId, ""));
        long old = ReferralCalls.created(calls.refer(worker, caseId, serviceId, ""));
        sentAgo(old, Duration.ofMinutes(61));
        sentAgo(fresh, Duration.ofMinutes(50));

        sweep.remindDue();
        sweep.remindDue();

        assertThat(reminders(old)).isEqualTo(1);
        assertThat(reminders(fresh)).as("not yet due").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral_notifications WHERE referral_id = :id AND kind = 'REMINDER'"
                        + " AND user_id = :user").param("id", old).param("user", partner.id())
                .query(Long.class).single()).isEqualTo(1);
        var history = calls.get(partner, ReferralCalls.REFERRALS + "/" + old + "/history").json();
        assertThat(history.findValuesAsString("kind")).containsExactly("SENT", "REMINDED");
    }

    private void sentAgo(long id, Duration ago) {
        jdbc.sql("UPDATE referral_referrals SET sent_at = :at WHERE id = :id")
                .param("at", Timestamp.from(Instant.now().minus(ago))).param("id", id).update();
    }

    private long reminders(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM referral_steps WHERE referral_id = :id AND status = 'REMINDED'")
                .param("id", id).query(Long.class).single();
    }
}
