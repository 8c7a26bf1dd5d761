package org.anhduong.hotline.telephony;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditOutcome;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.LiveCall;
import org.anhduong.hotline.LiveCallState;
import org.anhduong.hotline.LiveCalls;
import org.anhduong.hotline.internal.TelephonyContacts;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.security.UserPrincipal;
import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The live calls of the signed-in counsellor's organisation. Refusals are audited before any transaction starts, so
 * they stay on record; reads are audited inside the transaction that reads.
 */
@Service
class LiveCallService implements LiveCalls {

    static final String READ = CallProgress.CALL + ".read";
    static final String ATTACH = CallProgress.CALL + ".attachContact";
    private static final int LIMIT = 10;
    /** Nobody lets a phone ring this long: a call still "ringing" lost its events. */
    private static final Duration RINGING_SHOWN = Duration.ofMinutes(15);
    /** The longest counselling call shown as live; an older "answered" call lost its "ended". */
    private static final Duration ANSWERED_SHOWN = Duration.ofHours(12);

    private final Calls calls;
    private final CallViews views;
    private final CallProgress progress;
    private final TelephonyContacts contacts;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    LiveCallService(Calls calls, CallViews views, CallProgress progress, TelephonyContacts contacts, AuditTrail audit,
                    PlatformTransactionManager transactions, Clock clock) {
        this.calls = calls;
        this.views = views;
        this.progress = progress;
        this.contacts = contacts;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public List<LiveCall> forCurrentUser() {
        UserPrincipal user = counsellor(READ);
        return inTransaction(() -> {
            Instant now = clock.instant();
            List<CallRow> live = calls.live(user.organisationId(), user.userId(), now.minus(RINGING_SHOWN),
                    now.minus(ANSWERED_SHOWN), LIMIT);
            live.stream().filter(call -> views.firstShowing(call.id(), user.userId(), now))
                    .forEach(call -> audit.record(AuditEntry.success(READ, CallProgress.CALL, call.id())));
            return live.stream().map(CallRow::toLiveCall).toList();
        });
    }

    @Override
    public Optional<LiveCall> find(String callId) {
        UserPrincipal user = counsellor(READ);
        return inTransaction(() -> {
            Optional<CallRow> call = calls.find(user.organisationId(), callId);
            call.ifPresent(c -> audit.record(AuditEntry.success(READ, CallProgress.CALL, c.id())));
            return call.map(CallRow::toLiveCall);
        });
    }

    @Override
    public void attachContact(String callId, long contactId) {
        UserPrincipal user = counsellor(ATTACH);
        if (!contacts.inOrganisation(contactId, user.organisationId())) {
            audit.record(AuditEntry.of(ATTACH, "contact", contactId, AuditOutcome.DENIED));
            throw new NotFoundException("contact");
        }
        inTransaction(() -> {
            attach(user, callId, contactId);
            return Boolean.TRUE;
        });
    }

    private void attach(UserPrincipal user, String callId, long contactId) {
        long row = calls.lock(user.organisationId(), callId).orElseThrow(() -> new NotFoundException(CallProgress.CALL));
        CallRow call = calls.get(row);
        if (Objects.equals(call.contactId(), contactId)) {
            return;
        }
        if (call.contactId() != null) {
            throw new ConflictException("telephony-contact-attached", "hotline.telephony.contactAttached");
        }
        calls.attach(row, contactId, clock.instant());
        if (call.state() == LiveCallState.ENDED || call.state() == LiveCallState.MISSED) {
            progress.afterEnd(calls.get(row));
        }
        audit.record(AuditEntry.success(ATTACH, CallProgress.CALL, row));
    }

    /** Counsellors and supervisors; anyone else is refused, on record. */
    private UserPrincipal counsellor(String action) {
        UserPrincipal user = CurrentUser.get().orElseThrow(ForbiddenException::new);
        if (!user.hasRole(Roles.HOTLINE_COUNSELLOR) && !user.hasRole(Roles.SUPERVISOR)) {
            audit.record(AuditEntry.of(action, CallProgress.CALL, null, AuditOutcome.DENIED));
            throw new ForbiddenException();
        }
        return user;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return Objects.requireNonNull(tx.execute(status -> work.get()));
    }
}
