package org.anhduong.referral.web;

import org.anhduong.referral.ReferralStep;
import org.anhduong.referral.SharedReferral;
import org.jspecify.annotations.Nullable;
import java.util.List;

/** One referral as the partner sees it, with its history and the answers its status allows. */
public record InboxItemPage(SharedReferral referral, List<ReferralStep> history, Problems errors, boolean stale,
                           @Nullable String noticeKey) {
}
