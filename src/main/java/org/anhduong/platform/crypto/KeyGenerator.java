package org.anhduong.platform.crypto;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;

/**
 * New keys and key ids for {@code generate-keys} and the embedded default, so operators never invent key
 * material by hand.
 */
public final class KeyGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private KeyGenerator() {
    }

    /** Base64 of 32 random bytes: an AES-256 data key or a blind-index key. */
    public static String newKey() {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * A key id such as "k20250601-3fa9c2": the creation day shows how old a key is when rotating, and the
     * random suffix keeps keys made on the same day apart.
     */
    public static String newKeyId() {
        return newKeyId(Clock.systemUTC());
    }

    /** {@link #newKeyId()} on the given clock's day. */
    public static String newKeyId(Clock clock) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return "k" + LocalDate.now(clock).format(DAY) + "-" + HexFormat.of().formatHex(suffix);
    }

    /** A complete "keyId:base64" entry for {@code anhduong.crypto.encryption-keys}. */
    public static String newEncryptionKeyEntry() {
        return newKeyId() + ":" + newKey();
    }
}
