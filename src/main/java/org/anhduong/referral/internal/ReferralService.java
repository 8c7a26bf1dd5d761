package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.referral.NewReferral;
import org.anhduong.referral.Referral;
import org.anhduong.referral.ReferralAnswer;
import org.anhduong.referral.ReferralStatus;
import org.anhduong.referral.ReferralStep;
import org.anhduong.referral.Referrals;
import org.anhduong.referral.SharedReferral;
import org.springframework.stereotype.Service;

import java.util.List;

/** {@link Referrals}: the case team's side ({@link TeamReferrals}) and the receiving partner's ({@link PartnerReferrals}). */
@Service
class ReferralService implements Referrals {

    private final TeamReferrals team;
    private final PartnerReferrals partner;
    private final ReferralViews views;
    private final AuditTrail audit;
    private final ReferralTransactions tx;

    ReferralService(TeamReferrals team, PartnerReferrals partner, ReferralViews views, AuditTrail audit,
                    ReferralTransactions tx) {
        this.team = team;
        this.partner = partner;
        this.views = views;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public Referral send(long caseId, NewReferral referral) {
        return team.send(caseId, referral);
    }

    @Override
    public List<Referral> ofCase(long caseId) {
        return team.ofCase(caseId);
    }

    @Override
    public Referral find(long referralId) {
        return team.find(referralId);
    }

    @Override
    public SharedReferral shared(long referralId) {
        return partner.shared(referralId);
    }

    @Override
    public boolean receivedByMe(long referralId) {
        return partner.receivedByMe(referralId);
    }

    @Override
    public List<SharedReferral> inbox() {
        return partner.inbox();
    }

    @Override
    public long unanswered() {
        return partner.unanswered();
    }

    @Override
    public SharedReferral accept(long referralId, int version) {
        return partner.answer(referralId, version, ReferralStatus.ACCEPTED, "referral.accept", null, null);
    }

    @Override
    public SharedReferral decline(long referralId, int version, ReferralAnswer reason) {
        return partner.answer(referralId, version, ReferralStatus.DECLINED, "referral.decline",
                StoredReferrals.TextColumn.DECLINE_REASON, reason);
    }

    @Override
    public SharedReferral complete(long referralId, int version, ReferralAnswer feedback) {
        return partner.answer(referralId, version, ReferralStatus.COMPLETED, "referral.complete",
                StoredReferrals.TextColumn.FEEDBACK, feedback);
    }

    @Override
    public Referral withdraw(long referralId, int version, ReferralAnswer reason) {
        return team.withdraw(referralId, version, reason);
    }

    @Override
    public List<ReferralStep> caseHistory(long caseId) {
        return team.caseHistory(caseId);
    }

    @Override
    public List<ReferralStep> history(long referralId) {
        return tx.run(() -> {
            boolean partnerReads = partner.receivedByMe(referralId);
            if (!partnerReads) {
                team.ofTeam("referral.history", referralId);
            }
            audit.record(AuditEntry.success("referral.history", ReferralAccess.REFERRAL, referralId));
            var steps = views.steps(List.of(referralId));
            // The partner learns what happened and when, not who in the sending organisation did it.
            return partnerReads ? steps.stream().map(s -> new ReferralStep(s.referralId(), s.kind(), null, null, s.at()))
                    .toList() : steps;
        });
    }
}
