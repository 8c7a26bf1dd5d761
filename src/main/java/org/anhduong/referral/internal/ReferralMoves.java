package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.referral.ReferralAccepted;
import org.anhduong.referral.ReferralCompleted;
import org.anhduong.referral.ReferralDeclined;
import org.anhduong.referral.ReferralStatus;
import org.anhduong.referral.ReferralWithdrawn;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One change of a referral's status, whoever makes it: the rules, the optimistic lock, the history step, the audit
 * event, the module event and the notification of the other side.
 */
@Component
class ReferralMoves {

    private final StoredReferrals referrals;
    private final ReferralHistory history;
    private final ReferralNotifier notifier;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralMoves(StoredReferrals referrals, ReferralHistory history, ReferralNotifier notifier, AuditTrail audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.history = history;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Moves the referral read as {@code current}; returns it as stored afterwards. */
    StoredReferrals.Row move(StoredReferrals.Row current, int version, ReferralStatus next, String action,
                             StoredReferrals.@Nullable TextColumn column, @Nullable String text, long by) {
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
        ReferralRules.mayMove(current.status(), next);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!referrals.move(current.id(), version, next, column, text, at)) {
            throw ConflictException.staleVersion();
        }
        history.add(current.id(), next.name(), by, at);
        audit.record(AuditEntry.success(action, ReferralAccess.REFERRAL, current.id()));
        events.publishEvent(event(current, next, by, at));
        if (next == ReferralStatus.WITHDRAWN) {
            notifier.partners(current, next.name(), at);
        } else {
            notifier.sender(current, next.name(), at);
        }
        return referrals.find(current.id()).orElseThrow();
    }

    private static Object event(StoredReferrals.Row r, ReferralStatus next, long by, Instant at) {
        return switch (next) {
            case ACCEPTED -> new ReferralAccepted(r.id(), r.caseId(), r.caseOrganisationId(),
                    r.recipientOrganisationId(), r.serviceType(), r.sector(), by, at);
            case DECLINED -> new ReferralDeclined(r.id(), r.caseId(), r.caseOrganisationId(),
                    r.recipientOrganisationId(), r.serviceType(), r.sector(), by, at);
            case COMPLETED -> new ReferralCompleted(r.id(), r.caseId(), r.caseOrganisationId(),
                    r.recipientOrganisationId(), r.serviceType(), r.sector(), by, at);
            case WITHDRAWN -> new ReferralWithdrawn(r.id(), r.caseId(), r.caseOrganisationId(),
                    r.recipientOrganisationId(), r.serviceType(), r.sector(), by, at);
            case SENT -> throw new IllegalArgumentException("a referral is sent once");
        };
    }
}
