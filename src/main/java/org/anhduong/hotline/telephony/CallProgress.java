package org.anhduong.hotline.telephony;

import org.anhduong.audit.AuditEntry;
import org.anhduong.audit.AuditTrail;
import org.anhduong.hotline.LiveCallState;
import org.anhduong.hotline.internal.TelephonyContacts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves a call along as its events arrive: ringing → answered → ended, or ringing → missed. The first event seen
 * opens the call whatever it is, so a lost "ringing" loses nothing. An event that comes after the call ended is
 * acknowledged and changes nothing. Runs inside the event's transaction, with the call's row locked.
 */
@Component
class CallProgress {

    static final String CALL = "telephonyCall";

    private final Calls calls;
    private final Agents agents;
    private final TelephonyContacts contacts;
    private final AuditTrail audit;
    private final Clock clock;

    CallProgress(Calls calls, Agents agents, TelephonyContacts contacts, AuditTrail audit, Clock clock) {
        this.calls = calls;
        this.agents = agents;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the call's state after the event */
    LiveCallState apply(SignedLine line, TelephonyEvent event) {
        Optional<Long> locked = calls.lock(line.organisationId(), event.callId());
        if (locked.isEmpty()) {
            return open(line, event);
        }
        CallRow call = calls.get(locked.get());
        return switch (event.type()) {
            case RINGING -> call.state();
            case ANSWERED -> answer(call, event);
            case ENDED -> end(call, event);
        };
    }

    /** The first event of a call; a duplicate insert by a concurrent event fails and that event is retried. */
    private LiveCallState open(SignedLine line, TelephonyEvent event) {
        LiveCallState state = switch (event.type()) {
            case RINGING -> LiveCallState.RINGING;
            case ANSWERED -> LiveCallState.ANSWERED;
            case ENDED -> LiveCallState.MISSED;
        };
        long id = calls.insert(line, event, agents.userId(event.agent(), line.organisationId()), state, clock.instant());
        if (state == LiveCallState.MISSED) {
            afterEnd(calls.get(id));
        }
        audited(event, id);
        return state;
    }

    private LiveCallState answer(CallRow call, TelephonyEvent event) {
        if (call.state() != LiveCallState.RINGING) {
            return call.state();
        }
        // Whoever picked up takes the call; without an agent it stays with the one it rang for, if any.
        Long agent = agents.userId(event.agent(), call.organisationId());
        calls.answer(call.id(), latest(event.at(), call.ringingAt()), agent == null ? call.agentUserId() : agent,
                clock.instant());
        audited(event, call.id());
        return LiveCallState.ANSWERED;
    }

    private LiveCallState end(CallRow call, TelephonyEvent event) {
        if (call.state() == LiveCallState.ENDED || call.state() == LiveCallState.MISSED) {
            return call.state();
        }
        LiveCallState state = call.answeredAt() == null ? LiveCallState.MISSED : LiveCallState.ENDED;
        Instant start = call.answeredAt() == null ? call.ringingAt() : call.answeredAt();
        calls.end(call.id(), latest(event.at(), start), state, clock.instant());
        afterEnd(calls.get(call.id()));
        audited(event, call.id());
        return state;
    }

    /**
     * Gives the contact saved for the call its times; a call nobody answered and nobody saved becomes a missed contact
     * in the line's organisation, for the call-back work.
     */
    void afterEnd(CallRow call) {
        Instant ended = Objects.requireNonNull(call.endedAt());
        if (call.contactId() != null) {
            contacts.fillTimes(call.contactId(), call.ringingAt(), call.answeredAt(), ended);
        } else if (call.state() == LiveCallState.MISSED) {
            long contact = contacts.recordMissed(call.organisationId(), call.lineId(), call.ringingAt(), ended,
                    call.callerPhone(), call.callerWithheld());
            calls.attach(call.id(), contact, clock.instant());
        }
    }

    /** Called last in each event's work: appending to the audit trail holds its chain until the commit. */
    private void audited(TelephonyEvent event, long callRow) {
        audit.record(AuditEntry.success(CALL + "." + event.type().code(), CALL, callRow).by(null, TelephonyContacts.ACTOR));
    }

    /** Clocks of PBX and server differ a little; a call never ends before it started. */
    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
