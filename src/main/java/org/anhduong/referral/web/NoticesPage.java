package org.anhduong.referral.web;

import org.anhduong.referral.ReferralNotice;
import java.util.List;

/** The notifications page. */
public record NoticesPage(List<ReferralNotice> notices) {
}
