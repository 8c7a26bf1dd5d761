package org.anhduong.referral.web;

import org.anhduong.referral.SharedReferral;
import java.util.List;

/** The inbox. */
public record InboxPage(List<SharedReferral> referrals) {
}
