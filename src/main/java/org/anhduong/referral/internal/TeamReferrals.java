package org.anhduong.referral.internal;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.casework.AlertKind;
import org.anhduong.casework.CaseAlerts;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.Consents;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.referral.NewReferral;
import org.anhduong.referral.Referral;
import org.anhduong.referral.ReferralAnswer;
import org.anhduong.referral.ReferralSent;
import org.anhduong.referral.ReferralStatus;
import org.anhduong.referral.ReferralStep;
import org.anhduong.referral.Referrals;
import org.anhduong.referral.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The case team's side of {@link Referrals}: sending under consent (or the emergency exception), reading, withdrawing. */
@Component
class TeamReferrals {

    static final String SEND = "referral.send";

    private final StoredReferrals referrals;
    private final DirectoryRows services;
    private final ReferralHistory history;
    private final ReferralViews views;
    private final ReferralMoves moves;
    private final ReferralNotifier notifier;
    private final ReferralAccess access;
    private final Consents consents;
    private final CaseAlerts alerts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ReferralTransactions tx;
    private final Clock clock;

    TeamReferrals(StoredReferrals referrals, DirectoryRows services, ReferralHistory history, ReferralViews views,
                  ReferralMoves moves, ReferralNotifier notifier, ReferralAccess access, Consents consents,
                  CaseAlerts alerts, AuditTrail audit, ApplicationEventPublisher events, ReferralTransactions tx,
                  Clock clock) {
        this.referrals = referrals;
        this.services = services;
        this.history = history;
        this.views = views;
        this.moves = moves;
        this.notifier = notifier;
        this.access = access;
        this.consents = consents;
        this.alerts = alerts;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    Referral send(long caseId, NewReferral draft) {
        return tx.run(() -> {
            UserPrincipal user = access.caseworker(SEND, ReferralAccess.CASE, caseId);
            CaseRecord found = access.teamCase(caseId, SEND, ReferralAccess.CASE, caseId);
            if (found.status() == CaseStatus.CLOSED) {
                throw new ConflictException("case-closed", "referral.case.closed");
            }
            Valid valid = checked(draft);
            ConsentDecision consent = consents.mayShare(caseId, ConsentPurpose.REFERRAL,
                    valid.service().organisationId());
            boolean emergency = !consent.allowed();
            if (emergency && !draft.emergencyException()) {
                audit.record(AuditEntry.of(SEND, ReferralAccess.CASE, caseId, AuditOutcome.DENIED));
                throw new ConsentRefused(consent.reason());
            }
            return views.of(store(found, valid, consent, emergency, user.userId()));
        });
    }

    /** What a draft gives once checked field by field. */
    private record Valid(DirectoryRows.Row service, Urgency urgency, @Nullable String shared, @Nullable String contact,
                         @Nullable String emergencyReason) {
    }

    private Valid checked(NewReferral draft) {
        var checks = new Checks();
        var service = checks.required("serviceId", draft.serviceId()) == null ? null
                : services.find(draft.serviceId()).filter(DirectoryRows.Row::active).orElse(null);
        if (draft.serviceId() != null && service == null) {
            checks.add("serviceId", "referral.send.serviceUnknown");
        }
        Urgency urgency = checks.required("urgency", draft.urgency());
        String shared = checks.text("sharedInformation", draft.sharedInformation(), ReferralRules.MAX_TEXT);
        String contact = checks.text("contactArrangements", draft.contactArrangements(), ReferralRules.MAX_TEXT);
        String reason = checks.text("emergencyReason", draft.emergencyReason(), ReferralRules.MAX_TEXT);
        if (draft.emergencyException() && reason == null) {
            checks.add("emergencyReason", "referral.send.emergencyReasonRequired");
        }
        checks.throwIfAny();
        return new Valid(service, urgency, shared, contact, reason);
    }

    /** Stores a referral allowed by consent or sent under the emergency exception, and tells whom it concerns. */
    private StoredReferrals.Row store(CaseRecord found, Valid valid, ConsentDecision consent, boolean emergency,
                                      long by) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var service = valid.service();
        long id = referrals.insert(new StoredReferrals.New(found.id(), found.organisationId(), found.survivorCode(),
                service.id(), service.organisationId(), service.serviceType(), valid.urgency(), consent.consentId(),
                emergency, emergency ? valid.emergencyReason() : null, valid.shared(), valid.contact(), by), at);
        history.add(id, ReferralStatus.SENT.name(), by, at);
        audit.record(AuditEntry.success(SEND, ReferralAccess.REFERRAL, id));
        if (emergency) {
            alerts.alertSupervisors(found.id(), AlertKind.EMERGENCY_SHARING);
            audit.record(AuditEntry.success("referral.emergencyException", ReferralAccess.REFERRAL, id));
        }
        StoredReferrals.Row stored = referrals.find(id).orElseThrow();
        events.publishEvent(new ReferralSent(id, found.id(), found.organisationId(), service.organisationId(),
                service.serviceType(), service.serviceType().sector(), valid.urgency(), emergency, by, at));
        notifier.partners(stored, ReferralNotifier.SENT, at);
        return stored;
    }

    List<Referral> ofCase(long caseId) {
        return tx.run(() -> {
            access.caseworker("referral.list", ReferralAccess.CASE, caseId);
            access.teamCase(caseId, "referral.list", ReferralAccess.CASE, caseId);
            audit.record(AuditEntry.success("referral.list", ReferralAccess.CASE, caseId));
            return views.of(referrals.ofCase(caseId, Referrals.LIMIT));
        });
    }

    List<ReferralStep> caseHistory(long caseId) {
        return tx.run(() -> {
            access.caseworker("referral.history", ReferralAccess.CASE, caseId);
            access.teamCase(caseId, "referral.history", ReferralAccess.CASE, caseId);
            audit.record(AuditEntry.success("referral.history", ReferralAccess.CASE, caseId));
            return views.steps(referrals.ofCase(caseId, Referrals.LIMIT).stream().map(StoredReferrals.Row::id).toList());
        });
    }

    Referral find(long referralId) {
        return tx.run(() -> {
            StoredReferrals.Row row = ofTeam("referral.read", referralId);
            audit.record(AuditEntry.success("referral.read", ReferralAccess.REFERRAL, referralId));
            return views.of(row);
        });
    }

    Referral withdraw(long referralId, int version, ReferralAnswer reason) {
        return tx.run(() -> {
            StoredReferrals.Row current = ofTeam("referral.withdraw", referralId);
            var checks = new Checks();
            String text = checks.text("text", reason.text(), ReferralRules.MAX_TEXT);
            checks.throwIfAny();
            long by = access.user("referral.withdraw", ReferralAccess.REFERRAL, referralId).userId();
            return views.of(moves.move(current, version, ReferralStatus.WITHDRAWN, "referral.withdraw",
                    StoredReferrals.TextColumn.WITHDRAW_REASON, text, by));
        });
    }

    /** The referral, when the user is on its case's team; "not found" otherwise. */
    StoredReferrals.Row ofTeam(String action, long referralId) {
        // Partners and others ask for a referral that is not theirs: "not found", as for one that does not exist.
        if (!access.onAnyCaseTeam(access.user(action, ReferralAccess.REFERRAL, referralId))) {
            throw access.hidden(action, ReferralAccess.REFERRAL, referralId);
        }
        var found = referrals.find(referralId);
        if (found.isEmpty()) {
            throw access.hidden(action, ReferralAccess.REFERRAL, referralId);
        }
        access.teamCase(found.get().caseId(), action, ReferralAccess.REFERRAL, referralId);
        return found.get();
    }
}
