package org.anhduong.referral.web;

import org.anhduong.casework.CaseFileHeader;
import org.anhduong.referral.Referral;
import org.anhduong.referral.ReferralStep;
import org.anhduong.referral.ServiceOffer;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The case file's referrals tab: each referral with its history, and the form for a new one, the pathway's providers
 * for the chosen need proposed first.
 */
public record CaseReferralsPage(CaseFileHeader header, List<Row> referrals, List<Choice> needs, ReferralForm form,
                                List<ServiceOffer> proposed, List<ServiceOffer> others, List<Choice> urgencies,
                                Problems errors, @Nullable String refusal, @Nullable String noticeKey, boolean stale,
                                boolean closed) {

    /** One referral and its history. */
    public record Row(Referral referral, List<ReferralStep> history) {
    }

    public boolean needChosen() {
        return form.need() != null && !form.need().isBlank();
    }
}
