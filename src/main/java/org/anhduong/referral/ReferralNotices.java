package org.anhduong.referral;

import java.util.List;

/**
 * The signed-in user's notifications about referrals: new and unanswered referrals for partners, answers for the
 * sender. Each user sees only her own. Audited as {@code referralNotice.list}.
 */
public interface ReferralNotices {

    /** The user's latest notifications, newest first, at most {@value #LIMIT}; marks them read. */
    List<ReferralNotice> mine();

    /** How many are unread (the navigation's badge; not audited). */
    long unread();

    int LIMIT = 100;
}
