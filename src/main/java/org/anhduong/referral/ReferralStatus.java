package org.anhduong.referral;

import java.util.Set;

/**
 * Where a referral stands. SENT → ACCEPTED or DECLINED (by the receiving partner) or WITHDRAWN (by the sender);
 * ACCEPTED → COMPLETED (by the partner) or WITHDRAWN. DECLINED, COMPLETED and WITHDRAWN are final.
 */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    WITHDRAWN;

    public boolean mayMoveTo(ReferralStatus next) {
        return switch (this) {
            case SENT -> Set.of(ACCEPTED, DECLINED, WITHDRAWN).contains(next);
            case ACCEPTED -> Set.of(COMPLETED, WITHDRAWN).contains(next);
            case DECLINED, COMPLETED, WITHDRAWN -> false;
        };
    }

    /** Waiting for the partner's answer. */
    public boolean unanswered() {
        return this == SENT;
    }

    public boolean open() {
        return this == SENT || this == ACCEPTED;
    }

    public String labelKey() {
        return "referral.status." + name();
    }
}
