package org.anhduong.referral.internal;

import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.List;

/**
 * Tells people about a referral: in the application (a notification row, in the same transaction) and by email once
 * the transaction committed, so no email announces a change that was rolled back.
 */
@Component
class ReferralNotifier {

    static final String SENT = "SENT";
    static final String REMINDER = "REMINDER";

    private final StoredNotifications notifications;
    private final UserDirectory directory;
    private final ReferralMail mail;

    ReferralNotifier(StoredNotifications notifications, UserDirectory directory, ReferralMail mail) {
        this.notifications = notifications;
        this.directory = directory;
        this.mail = mail;
    }

    /** The partner users of the receiving organisation: a new referral, or a reminder. */
    void partners(StoredReferrals.Row referral, String kind, Instant at) {
        List<UserAccount> partners = directory.activeUsersWithRole(referral.recipientOrganisationId(), Roles.PARTNER);
        tell(partners, referral.id(), kind, "/referrals/inbox/" + referral.id(), at);
    }

    /** The case worker who sent it: the partner's answer. */
    void sender(StoredReferrals.Row referral, String kind, Instant at) {
        tell(directory.findUser(referral.sentBy()).filter(UserAccount::active).stream().toList(), referral.id(), kind,
                "/cases/" + referral.caseId() + "/referrals", at);
    }

    private void tell(List<UserAccount> users, long referralId, String kind, String path, Instant at) {
        for (UserAccount user : users) {
            notifications.insert(user.id(), referralId, kind, at);
        }
        Runnable emails = () -> users.forEach(u -> mail.send(u.id(), u.email(), referralId, kind, path));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    emails.run();
                }
            });
        } else {
            emails.run();
        }
    }
}
