package org.anhduong.referral.internal;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.referral.ReferralStatus;
import org.anhduong.referral.Urgency;

import java.time.Duration;
import java.time.Instant;

/** The referral's rules: which status may follow which, and when an unanswered one is reminded about. */
final class ReferralRules {

    static final int MAX_TEXT = 2000;

    private ReferralRules() {
    }

    /** @throws ConflictException {@code referral-status} when {@code next} may not follow {@code current} */
    static void mayMove(ReferralStatus current, ReferralStatus next) {
        if (!current.mayMoveTo(next)) {
            throw new ConflictException("referral-status", "referral.status.notAllowed");
        }
    }

    /** When a referral sent at {@code sentAt} becomes due for a reminder if still unanswered. */
    static Instant reminderDue(Instant sentAt, Urgency urgency, Duration routine, Duration urgent) {
        return sentAt.plus(urgency == Urgency.URGENT ? urgent : routine);
    }
}
