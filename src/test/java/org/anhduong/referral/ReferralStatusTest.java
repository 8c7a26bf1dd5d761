package org.anhduong.referral;

import org.junit.jupiter.api.Test;

import static org.anhduong.referral.ReferralStatus.ACCEPTED;
import static org.anhduong.referral.ReferralStatus.COMPLETED;
import static org.anhduong.referral.ReferralStatus.DECLINED;
import static org.anhduong.referral.ReferralStatus.SENT;
import static org.anhduong.referral.ReferralStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

class ReferralStatusTest {

    @Test
    void aSentReferralIsAnsweredOrWithdrawn() {
        assertThat(SENT.mayMoveTo(ACCEPTED)).isTrue();
        assertThat(SENT.mayMoveTo(DECLINED)).isTrue();
        assertThat(SENT.mayMoveTo(WITHDRAWN)).isTrue();
        assertThat(SENT.mayMoveTo(COMPLETED)).as("completed before accepted").isFalse();
        assertThat(SENT.mayMoveTo(SENT)).isFalse();
    }

    @Test
    void anAcceptedReferralIsCompletedOrWithdrawnButNotDeclined() {
        assertThat(ACCEPTED.mayMoveTo(COMPLETED)).isTrue();
        assertThat(ACCEPTED.mayMoveTo(WITHDRAWN)).isTrue();
        assertThat(ACCEPTED.mayMoveTo(DECLINED)).isFalse();
        assertThat(ACCEPTED.mayMoveTo(ACCEPTED)).isFalse();
    }

    @Test
    void finalStatusesStay() {
        for (ReferralStatus end : new ReferralStatus[]{DECLINED, COMPLETED, WITHDRAWN}) {
            for (ReferralStatus next : ReferralStatus.values()) {
                assertThat(end.mayMoveTo(next)).as(end + " → " + next).isFalse();
            }
            assertThat(end.open()).isFalse();
        }
        assertThat(SENT.unanswered()).isTrue();
        assertThat(ACCEPTED.unanswered()).isFalse();
    }
}
