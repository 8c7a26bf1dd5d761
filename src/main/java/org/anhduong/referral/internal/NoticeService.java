package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.referral.ReferralNotice;
import org.anhduong.referral.ReferralNotices;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/** The signed-in user's referral notifications (see {@link ReferralNotices}). */
@Service
class NoticeService implements ReferralNotices {

    private final StoredNotifications notifications;
    private final ReferralAccess access;
    private final AuditTrail audit;
    private final ReferralTransactions tx;
    private final Clock clock;

    NoticeService(StoredNotifications notifications, ReferralAccess access, AuditTrail audit, ReferralTransactions tx,
                  Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<ReferralNotice> mine() {
        return tx.run(() -> {
            UserPrincipal user = access.user("referralNotice.list", "referralNotice", null);
            audit.record(AuditEntry.success("referralNotice.list", "referralNotice", null));
            var rows = notifications.of(user.userId(), LIMIT);
            notifications.markRead(user.userId(), clock.instant());
            return rows.stream().map(n -> new ReferralNotice(n.id(), n.referralId(), n.kind(), n.createdAt(), n.read(),
                    receives(user, n.recipientOrganisationId()) ? "/referrals/inbox/" + n.referralId()
                            : "/cases/" + n.caseId() + "/referrals")).toList();
        });
    }

    @Override
    public long unread() {
        return CurrentUser.get().map(u -> notifications.unread(u.userId())).orElse(0L);
    }

    private static boolean receives(UserPrincipal user, long recipientOrganisationId) {
        return user.hasRole(Roles.PARTNER) && user.organisationId() == recipientOrganisationId;
    }
}
