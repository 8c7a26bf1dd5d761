/**
 * The referral network: the service directory, referral pathways, and referrals of a case to a partner organisation
 * (consent-gated; the partner accepts, declines or completes; reminders and notifications). Its entry points are
 * {@link org.anhduong.referral.ServiceDirectory}, {@link org.anhduong.referral.Referrals} and
 * {@link org.anhduong.referral.ReferralFigures}; its events are the past-tense records of this package.
 */
@NullMarked
package org.anhduong.referral;

import org.jspecify.annotations.NullMarked;
