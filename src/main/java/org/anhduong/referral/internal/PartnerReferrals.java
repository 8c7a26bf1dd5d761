package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.referral.Referral;
import org.anhduong.referral.ReferralAnswer;
import org.anhduong.referral.ReferralStatus;
import org.anhduong.referral.Referrals;
import org.anhduong.referral.SharedReferral;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;

/** The receiving partner's side of {@link Referrals}: the inbox, the shared minimum, and the answers. */
@Component
class PartnerReferrals {

    private final StoredReferrals referrals;
    private final ReferralViews views;
    private final ReferralMoves moves;
    private final ReferralAccess access;
    private final AuditTrail audit;
    private final ReferralTransactions tx;

    PartnerReferrals(StoredReferrals referrals, ReferralViews views, ReferralMoves moves, ReferralAccess access,
                     AuditTrail audit, ReferralTransactions tx) {
        this.referrals = referrals;
        this.views = views;
        this.moves = moves;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
    }

    List<SharedReferral> inbox() {
        return tx.run(() -> {
            UserPrincipal user = access.partner("referral.inbox");
            audit.record(AuditEntry.success("referral.inbox", ReferralAccess.REFERRAL, null));
            return views.of(referrals.inbox(user.organisationId(), Referrals.LIMIT)).stream()
                    .map(Referral::shared).toList();
        });
    }

    long unanswered() {
        return CurrentUser.get().filter(u -> u.hasRole(Roles.PARTNER))
                .map(u -> referrals.unanswered(u.organisationId())).orElse(0L);
    }

    boolean receivedByMe(long referralId) {
        return CurrentUser.get().filter(u -> u.hasRole(Roles.PARTNER))
                .flatMap(u -> referrals.find(referralId).filter(r -> r.recipientOrganisationId() == u.organisationId()))
                .isPresent();
    }

    SharedReferral shared(long referralId) {
        return tx.run(() -> {
            received("referral.read", referralId);
            audit.record(AuditEntry.success("referral.read", ReferralAccess.REFERRAL, referralId));
            return views.of(referrals.find(referralId).orElseThrow()).shared();
        });
    }

    SharedReferral answer(long referralId, int version, ReferralStatus next, String action,
                          StoredReferrals.@Nullable TextColumn column, @Nullable ReferralAnswer answer) {
        return tx.run(() -> {
            var checks = new Checks();
            String text = column == null || answer == null ? null
                    : checks.requiredText("text", answer.text(), ReferralRules.MAX_TEXT);
            if (column != null && answer == null) {
                checks.add("text", "validation.required");
            }
            StoredReferrals.Row current = received(action, referralId);
            checks.throwIfAny();
            var moved = moves.move(current, version, next, action, column, text, access.user(action,
                    ReferralAccess.REFERRAL, referralId).userId());
            return views.of(moved).shared();
        });
    }

    private StoredReferrals.Row received(String action, long referralId) {
        UserPrincipal user = access.user(action, ReferralAccess.REFERRAL, referralId);
        var found = referrals.find(referralId);
        if (found.isEmpty()) {
            throw access.hidden(action, ReferralAccess.REFERRAL, referralId);
        }
        access.receiving(user, found.get().recipientOrganisationId(), action, referralId);
        return found.get();
    }
}
