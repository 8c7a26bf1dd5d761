package org.anhduong.audit.internal;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The SHA-256 seal of an event. Each field is written as its UTF-8 byte length, a colon and its bytes (a null as a
 * lone {@code -}), then a semicolon: no two different events can serialise alike, whatever characters they hold, and an
 * auditor can recompute the chain with any language. The version tag lets a future format coexist with this one.
 */
final class EventHash {

    static final String GENESIS = "0".repeat(64);
    private static final String FORMAT = "anhduong-audit-v1";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EventHash() {
    }

    /** Hashes every field of {@code event} except its own hash. */
    static String of(ChainedEvent event) {
        var out = new ByteArrayOutputStream(256);
        for (Object field : new Object[]{FORMAT, event.id(), TIME.format(event.occurredAt()), event.actorUserId(),
                event.actorUsername(), event.actorUsernameKey(), event.action(), event.recordType(), event.recordId(),
                event.outcome().name(), event.clientAddress(), event.prevHash()}) {
            write(out, field);
        }
        return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
    }

    private static void write(ByteArrayOutputStream out, @Nullable Object field) {
        if (field == null) {
            out.writeBytes("-;".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = field.toString().getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write(';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
