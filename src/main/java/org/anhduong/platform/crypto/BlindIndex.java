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
 *
 * <p>Keyed {@link Mac} instances are kept for reuse ({@link Reusables}): looking the algorithm up and keying a new
 * one on every call showed in the profile of every API request, which computes one or two indexes.
 */
public final class BlindIndex {

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final KeyRing keys;
    private final Reusables<Mac> macs = new Reusables<>(this::keyedMac);

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
        Mac mac = macs.take();
        mac.update(context.getBytes(StandardCharsets.UTF_8));
        // NUL separator: no (context, value) pair can be re-split into another pair.
        mac.update((byte) 0);
        // doFinal leaves the Mac keyed and reset, ready for the next value; only a finished one goes back.
        String index = HEX.formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        macs.give(mac);
        return index;
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(keys.blindIndexKey());
            return mac;
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
