package org.anhduong.referral;

import java.time.Instant;

/**
 * An in-application notification about a referral: what happened, when, and where to look (the inbox for a partner,
 * the case's referrals for its team). No content of the referral.
 */
public record ReferralNotice(long id, long referralId, String kind, Instant createdAt, boolean read, String link) {

    public String labelKey() {
        return "referral.notification." + kind;
    }
}
