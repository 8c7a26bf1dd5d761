package org.anhduong.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Fresh key material for operators (generate-keys) and for the embedded default's local key file. */
public final class KeyGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyGenerator() {
    }

    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public static String newKeyId() {
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        return "k" + HexFormat.of().formatHex(id);
    }
}
