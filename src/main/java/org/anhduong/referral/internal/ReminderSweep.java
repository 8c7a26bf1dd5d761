package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.referral.ReferralStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Reminds the receiving partner of a referral still unanswered after {@code reminder-after} (urgent ones after
 * {@code urgent-reminder-after}). Once per referral, whatever the restarts and however many instances run: the reminder
 * is claimed by a conditional update of {@code reminded_at}, and only the instance whose update counted notifies.
 */
@Component
class ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);
    private static final int BATCH = 500;

    private final StoredReferrals referrals;
    private final ReferralHistory history;
    private final ReferralNotifier notifier;
    private final AuditTrail audit;
    private final ReferralProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReminderSweep(StoredReferrals referrals, ReferralHistory history, ReferralNotifier notifier, AuditTrail audit,
                  ReferralProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.referrals = referrals;
        this.history = history;
        this.notifier = notifier;
        this.audit = audit;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${anhduong.referral.reminder-sweep:5m}",
            fixedDelayString = "${anhduong.referral.reminder-sweep:5m}")
    void sweep() {
        int sent = remindDue();
        if (sent > 0) {
            log.info("Sent {} referral reminders", sent);
        }
    }

    /** Sends the reminders due now; returns how many this instance sent. */
    int remindDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var due = referrals.dueForReminder(now.minus(properties.reminderAfter()),
                now.minus(properties.urgentReminderAfter()), BATCH);
        int sent = 0;
        for (long id : due) {
            Boolean done = tx.execute(status -> remind(id, now));
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }

    private boolean remind(long id, Instant now) {
        var referral = referrals.find(id).orElseThrow();
        Instant due = ReferralRules.reminderDue(referral.sentAt(), referral.urgency(), properties.reminderAfter(),
                properties.urgentReminderAfter());
        if (due.isAfter(now) || !referrals.markReminded(id, now)) {
            return false;
        }
        history.add(id, ReferralStep.REMINDED, null, now);
        audit.record(AuditEntry.success("referral.remind", ReferralAccess.REFERRAL, id).by(null, "system"));
        notifier.partners(referral, ReferralNotifier.REMINDER, now);
        return true;
    }
}
