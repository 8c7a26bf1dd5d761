package org.anhduong.referral.internal;

import org.anhduong.platform.web.ForbiddenException;

/** An action the user's roles never allow. */
class ReferralRefused extends ForbiddenException implements Refusal {
}
