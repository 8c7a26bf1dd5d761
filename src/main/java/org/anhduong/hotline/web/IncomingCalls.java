package org.anhduong.hotline.web;

import org.anhduong.hotline.Direction;
import org.anhduong.hotline.LiveCall;
import org.anhduong.hotline.LiveCallState;
import org.anhduong.hotline.LiveCalls;
import org.anhduong.platform.text.PhoneNumbers;
import org.anhduong.platform.web.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The telephony side of the live screen: the calls ringing or answered for the counsellor, taking one into the form,
 * and attaching the saved contact to the call so the telephony system's times reach it.
 */
@Component
class IncomingCalls {

    private static final Logger log = LoggerFactory.getLogger(IncomingCalls.class);

    private final LiveCalls liveCalls;
    private final LiveDrafts drafts;
    private final Clock clock;

    IncomingCalls(LiveCalls liveCalls, LiveDrafts drafts, Clock clock) {
        this.liveCalls = liveCalls;
        this.drafts = drafts;
        this.clock = clock;
    }

    IncomingView view() {
        List<LiveCall> calls = liveCalls.forCurrentUser();
        String shown = calls.stream().map(c -> c.callId() + ":" + c.state() + ":" + c.contactId())
                .collect(Collectors.joining("|"));
        return new IncomingView(calls.stream().map(IncomingCalls::row).toList(), fingerprint(shown), LiveDrafts.canRecord());
    }

    /**
     * Puts the call into the counsellor's draft; empty when it is not theirs to see, false when the draft is busy. A
     * call still ringing is answered now, by taking it.
     */
    Optional<Boolean> take(String callId) {
        return liveCalls.find(callId).map(call -> drafts.start(new ContactForm.CallStart(call.callId(),
                String.valueOf(call.lineId()), Direction.INCOMING.name(), FormTimes.instant(call.ringingAt()),
                FormTimes.instant(call.answeredAt() == null ? clock.instant() : call.answeredAt()), call.callerPhone(),
                call.callerWithheld())));
    }

    /**
     * Links the saved contact to its call. The contact is saved whatever happens here, so a call that ended and was
     * recorded meanwhile (a conflict) only costs the link; false tells the counsellor.
     */
    boolean attach(String callId, long contactId) {
        try {
            liveCalls.attachContact(callId, contactId);
            return true;
        } catch (DomainException e) {
            log.info("Contact {} not attached to its telephony call: {}", contactId, e.code());
            return false;
        }
    }

    /** Short, and never the call ids themselves: they would end up in the poll's query string. */
    private static String fingerprint(String shown) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shown.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static IncomingCall row(LiveCall call) {
        return new IncomingCall(call.callId(),
                call.callerWithheld() || call.callerPhone() == null ? null : PhoneNumbers.display(call.callerPhone()),
                call.lineNumber(),
                call.state() == LiveCallState.RINGING, call.answeredAt() == null ? call.ringingAt() : call.answeredAt(),
                call.contactId());
    }
}
