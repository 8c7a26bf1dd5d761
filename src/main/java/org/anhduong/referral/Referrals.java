package org.anhduong.referral;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;

/**
 * Referrals of a case to a partner organisation for a service.
 *
 * <p><b>Who may do what</b> (decided here, for screens and API alike):
 * <ul>
 *   <li>The case's team (its assigned case worker and supervisors, see casework's {@code CaseManagement}) sends
 *       referrals for the case, lists them, reads them whole and withdraws them.</li>
 *   <li>A {@code PARTNER} user of the receiving organisation sees the referrals to her organisation, only as
 *       {@link SharedReferral}, and accepts, declines or completes them.</li>
 *   <li>Anyone else gets {@link NotFoundException}, audited DENIED, as for a referral that does not exist.</li>
 * </ul>
 *
 * <p><b>Consent</b>: sending checks casework's consent for purpose REFERRAL and the receiving organisation first; without
 * one it is refused ({@link ConflictException} {@code consent-required}), unless an emergency exception (danger to life)
 * is recorded with its reason: then it is sent and the case's supervisors are alerted.
 *
 * <p><b>Audit</b> (record type {@code referral}, and {@code case} for a case's list): {@code referral.send},
 * {@code referral.read}, {@code referral.list}, {@code referral.inbox}, {@code referral.accept},
 * {@code referral.decline}, {@code referral.complete}, {@code referral.withdraw}.
 *
 * <p><b>Events</b>: {@link ReferralSent}, {@link ReferralAccepted}, {@link ReferralDeclined}, {@link ReferralCompleted},
 * {@link ReferralWithdrawn}.
 */
public interface Referrals {

    /**
     * Sends a referral for the case.
     *
     * @throws InvalidInputException naming every bad field (an unknown or inactive service, an emergency without reason)
     * @throws ConflictException     {@code consent-required} without consent or emergency; {@code case-closed}
     */
    Referral send(long caseId, NewReferral referral);

    /** The case's referrals, newest first, for its team. */
    List<Referral> ofCase(long caseId);

    /** The referral whole, for the case's team. */
    Referral find(long referralId);

    /** The referral as the receiving partner sees it. */
    SharedReferral shared(long referralId);

    /** Whether the signed-in user reads the referral as its receiving partner (not audited, decides the view). */
    boolean receivedByMe(long referralId);

    /** The partner's inbox: referrals to her organisation, unanswered first, newest first, at most {@value #LIMIT}. */
    List<SharedReferral> inbox();

    /** Referrals to the signed-in partner's organisation waiting for an answer (the navigation's badge). */
    long unanswered();

    SharedReferral accept(long referralId, int version);

    /** @throws InvalidInputException without a reason */
    SharedReferral decline(long referralId, int version, ReferralAnswer reason);

    /** @throws InvalidInputException without feedback */
    SharedReferral complete(long referralId, int version, ReferralAnswer feedback);

    /** By the case's team; the reason is optional. */
    Referral withdraw(long referralId, int version, ReferralAnswer reason);

    /** The referral's history, oldest first, for its team or its receiving partner. */
    List<ReferralStep> history(long referralId);

    /** The history of every referral of the case, oldest first, for its team (the case file's referrals tab). */
    List<ReferralStep> caseHistory(long caseId);

    int LIMIT = 200;
}
