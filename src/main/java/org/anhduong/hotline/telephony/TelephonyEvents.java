package org.anhduong.hotline.telephony;

import org.anhduong.hotline.LiveCallState;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives the events of {@code POST /api/v1/telephony/events}: authenticates them by the line's signature, then
 * applies each (call id, event) once.
 */
@Service
public class TelephonyEvents {

    private static final Logger log = LoggerFactory.getLogger(TelephonyEvents.class);

    private final LineSecrets secrets;
    private final EventClaims claims;
    private final CallProgress progress;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    TelephonyEvents(LineSecrets secrets, EventClaims claims, CallProgress progress, JsonMapper json,
                    PlatformTransactionManager transactions, Clock clock) {
        this.secrets = secrets;
        this.claims = claims;
        this.progress = progress;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @param body      the raw body, exactly as signed
     * @param timestamp the X-Anhduong-Timestamp header, Unix seconds
     * @param signature the X-Anhduong-Signature header, {@code sha256=<hex>}
     * @throws InvalidSignatureException when the request is not authentic, stale, or for no known line
     * @throws InvalidInputException     when the body is not JSON, or an authentic event has bad fields
     */
    public Receipt receive(byte[] body, @Nullable String timestamp, @Nullable String signature) {
        Instant now = clock.instant();
        if (!Signatures.fresh(timestamp, now)) {
            throw refused();
        }
        JsonNode root = EventParser.object(json, body);
        SignedLine line;
        try {
            line = secrets.authenticate(EventParser.line(root), Objects.requireNonNull(timestamp), body, signature);
        } catch (InvalidSignatureException e) {
            throw refused();
        }
        TelephonyEvent event = EventParser.event(root, now);
        try {
            return once(line, event);
        } catch (DuplicateKeyException raced) {
            // The same event (or the same call's first event) committed meanwhile: this attempt now sees it.
            return once(line, event);
        }
    }

    private Receipt once(SignedLine line, TelephonyEvent event) {
        return Objects.requireNonNull(tx.execute(status -> {
            Optional<LiveCallState> before = claims.outcome(line.organisationId(), event);
            if (before.isPresent()) {
                return new Receipt(event.callId(), event.type().code(), before.get(), true);
            }
            claims.claim(line.organisationId(), event, clock.instant());
            LiveCallState state = progress.apply(line, event);
            claims.complete(line.organisationId(), event, state);
            return new Receipt(event.callId(), event.type().code(), state, false);
        }));
    }

    /** Logged without anything from the request, which is not authentic and may carry anything. */
    private static InvalidSignatureException refused() {
        log.warn("Telephony event refused: not authenticated");
        return new InvalidSignatureException();
    }
}
