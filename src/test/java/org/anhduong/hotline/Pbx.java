package org.anhduong.hotline;

import org.anhduong.test.Api;
import org.jspecify.annotations.Nullable;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PBX as docs/telephony.md tells one to behave: it signs "timestamp.body" with its line's secret (computed here
 * independently of the server's code) and posts the event.
 */
record Pbx(Api api, long lineId, String line, String secret) {

    static final String EVENTS = "/api/v1/telephony/events";
    static final String LINES = "/api/v1/hotline/lines";

    /**
     * A new line of the organisation, set up as an administrator would: added as "1800 nnnnnn", its secret issued.
     * The PBX names the line by its digits only, as PBXs do.
     */
    static Pbx ofNewLine(HotlineCalls calls, HotlineCalls.Caller admin, long organisationId) {
        String digits = "1800" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        var line = calls.post(admin, LINES, """
                {"number": "%s %s", "name": "Đường dây thử", "organisationId": %d}"""
                .formatted(digits.substring(0, 4), digits.substring(4), organisationId));
        if (line.status() != 201) {
            throw new AssertionError("adding the line answered " + line.status() + ": " + line.body());
        }
        long lineId = line.json().get("id").asLong();
        var secret = calls.post(admin, LINES + "/" + lineId + "/telephony-secret", "");
        if (secret.status() != 200) {
            throw new AssertionError("issuing the secret answered " + secret.status() + ": " + secret.body());
        }
        return new Pbx(calls.api(), lineId, digits, secret.json().get("secret").asString());
    }

    /** The same line and server with another secret (a PBX left with an old or a wrong one). */
    Pbx withSecret(String other) {
        return new Pbx(api, lineId, line, other);
    }

    /** An event as JSON; {@code callerNumber} and {@code agent} may be null. */
    String event(String callId, String event, @Nullable String callerNumber, @Nullable String agent, Instant at) {
        return """
                {"callId": "%s", "event": "%s", "line": "%s", "callerNumber": %s, "agent": %s, "timestamp": "%s"}"""
                .formatted(callId, event, line, quoted(callerNumber), quoted(agent), at);
    }

    Api.Response send(String callId, String event, @Nullable String callerNumber, @Nullable String agent, Instant at) {
        return send(event(callId, event, callerNumber, agent, at));
    }

    /** Signed now, with this PBX's secret. */
    Api.Response send(String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return send(body, timestamp, signature(secret, timestamp, body));
    }

    Api.Response send(String body, @Nullable String timestamp, @Nullable String signature) {
        HttpRequest.Builder request = api.request(EVENTS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Anhduong-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Anhduong-Signature", signature);
        }
        return api.send(request);
    }

    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(@Nullable String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
