package org.anhduong.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;

/**
 * Exact-match search over encrypted fields: HMAC-SHA256 under the blind-index key of a context and an
 * already-normalised value (E.164 phone, căn cước digits, folded name token).
 *
 * <p>The context (for example {@code "casework.client.phone"}) separates domains, so equal values in two
 * domains give unrelated indexes and one index column cannot be joined to another. The result is 64 lowercase
 * hex characters, which compare and index identically on H2 and PostgreSQL. Thread-safe.
 */
public final class BlindIndex {

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final KeyRing keys;

    public BlindIndex(KeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * The index of {@code normalisedValue} in {@code context}; normalising is the caller's job because only
     * the caller knows the value's kind.
     *
     * @throws IllegalArgumentException when the context or value is blank, or the context contains NUL
     */
    public String of(String context, String normalisedValue) {
        requireText(context, "Blind index context");
        requireText(normalisedValue, "Blind index value");
        if (context.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Blind index context must not contain NUL");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(keys.blindIndexKey());
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            // NUL separator: no (context, value) pair can be re-split into another pair.
            mac.update((byte) 0);
            return HEX.formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }

    private static void requireText(String value, String what) {
        if (Objects.requireNonNull(value, what).isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
