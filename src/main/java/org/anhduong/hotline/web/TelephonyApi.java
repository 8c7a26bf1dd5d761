package org.anhduong.hotline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.anhduong.hotline.LiveCall;
import org.anhduong.hotline.LiveCallState;
import org.anhduong.hotline.LiveCalls;
import org.anhduong.hotline.telephony.InvalidSignatureException;
import org.anhduong.hotline.telephony.Receipt;
import org.anhduong.hotline.telephony.TelephonyEvents;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The telephony API: a PBX reports call events, signed with its line's secret instead of a bearer token (see
 * docs/telephony.md); counsellors list their live calls.
 */
@RestController
@Tag(name = "Telephony", description = "Call events from a PBX or call-centre system; live calls")
class TelephonyApi {

    static final String EVENTS = "/api/v1/telephony/events";
    static final String CALLS = "/api/v1/telephony/calls";
    /** An event is a few hundred bytes; a larger body is refused before anything else is done with it. */
    static final int MAX_BODY = 16 * 1024;
    private static final String EXAMPLE = """
            {
              "callId": "1741420500.42",
              "event": "ringing",
              "line": "1800 1769",
              "callerNumber": "0912345678",
              "agent": "lan.nguyen",
              "timestamp": "2026-03-08T09:15:00+07:00"
            }""";

    private final TelephonyEvents events;
    private final LiveCalls liveCalls;
    private final MessageSource messages;

    TelephonyApi(TelephonyEvents events, LiveCalls liveCalls, MessageSource messages) {
        this.events = events;
        this.liveCalls = liveCalls;
        this.messages = messages;
    }

    @PostMapping(EVENTS)
    @Operation(summary = "Report a call event (PBX); signed, no bearer token",
            description = "Headers: `X-Anhduong-Timestamp` (Unix seconds, within 5 minutes of the server's clock) and "
                    + "`X-Anhduong-Signature: sha256=<hex>`, the HMAC-SHA256 under the line's telephony secret of "
                    + "`<timestamp>.<raw body>`. Anything not authentic (signature, timestamp, unknown line) is 401 "
                    + "`invalid-signature`. Each (callId, event) takes effect once; a repeat answers 200 with the "
                    + "same state and `duplicate: true`. Bad fields are 400 `validation-failed`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json",
                    examples = @ExampleObject(name = "Ringing", value = EXAMPLE))))
    @SecurityRequirements // none: the signature authenticates, not a bearer token
    Receipt event(HttpServletRequest request,
                  @RequestHeader(name = "X-Anhduong-Timestamp", required = false) @Nullable String timestamp,
                  @RequestHeader(name = "X-Anhduong-Signature", required = false) @Nullable String signature)
            throws IOException {
        // The raw bytes, exactly as signed: a parsed and re-serialised body would not give the same HMAC.
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new InvalidInputException("body", "hotline.telephony.tooLarge", MAX_BODY / 1024);
        }
        return events.receive(body, timestamp, signature);
    }

    @GetMapping(CALLS)
    @Operation(summary = "The signed-in counsellor's live calls, newest first, without the callers' numbers",
            description = "Ringing or answered calls assigned to the user, or to nobody on their organisation's "
                    + "lines; at most 10. The live-call screen shows the numbers.")
    List<LiveCallJson> calls() {
        return liveCalls.forCurrentUser().stream().map(LiveCallJson::of).toList();
    }

    /** 401 with a challenge naming the scheme, as HTTP asks of every 401. */
    @ExceptionHandler(InvalidSignatureException.class)
    ResponseEntity<ProblemDetail> invalidSignature(InvalidSignatureException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), null, e.messageKey(), locale);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Signature realm=\"anhduong-telephony\"")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, e.code(), text));
    }

    /**
     * A live call without the caller's number.
     *
     * @param callerNumberKnown the number is known (the live-call screen shows it)
     */
    public record LiveCallJson(String callId, long lineId, String lineNumber, boolean callerWithheld,
                               boolean callerNumberKnown, @Nullable Long agentUserId, LiveCallState state,
                               Instant ringingAt, @Nullable Instant answeredAt, @Nullable Long contactId) {

        static LiveCallJson of(LiveCall call) {
            return new LiveCallJson(call.callId(), call.lineId(), call.lineNumber(), call.callerWithheld(),
                    call.callerPhone() != null, call.agentUserId(), call.state(), call.ringingAt(), call.answeredAt(),
                    call.contactId());
        }
    }
}
