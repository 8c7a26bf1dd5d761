package org.anhduong.hotline.telephony;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a telephony event: {@code X-Anhduong-Signature: sha256=<hex>}, the HMAC-SHA256 under the line's
 * secret (its UTF-8 bytes, as {@code openssl dgst -hmac} takes it) of {@code <X-Anhduong-Timestamp> "." <raw body>}.
 * The timestamp (Unix seconds) is signed with the body so that an old request cannot be sent again with a new one.
 */
final class Signatures {

    static final String PREFIX = "sha256=";
    /** PBX clocks drift; beyond this a request counts as replayed. */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final HexFormat HEX_FORMAT = HexFormat.of();

    private Signatures() {
    }

    /** The header value for a body, as a PBX computes it (used by tests and for the docs' example). */
    static String sign(String secret, String timestamp, byte[] body) {
        return PREFIX + HEX_FORMAT.formatHex(mac(secret, timestamp, body));
    }

    /** Whether the timestamp is Unix seconds within {@link #MAX_SKEW} of now, either way. */
    static boolean fresh(@Nullable String timestamp, Instant now) {
        if (timestamp == null || !SECONDS.matcher(timestamp).matches()) {
            return false;
        }
        long skew = Math.abs(now.getEpochSecond() - Long.parseLong(timestamp));
        return skew <= MAX_SKEW.toSeconds();
    }

    /** Whether the header is the body's signature under the secret; compared in constant time. */
    static boolean matches(String secret, String timestamp, byte[] body, @Nullable String header) {
        if (header == null || !header.startsWith(PREFIX) || !HEX.matcher(header.substring(PREFIX.length())).matches()) {
            return false;
        }
        byte[] given = HEX_FORMAT.parseHex(header.substring(PREFIX.length()));
        return MessageDigest.isEqual(mac(secret, timestamp, body), given);
    }

    private static byte[] mac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }
}
