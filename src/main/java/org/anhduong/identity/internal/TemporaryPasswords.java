package org.anhduong.identity.internal;

import java.security.SecureRandom;

/** One-time passwords handed to a new user or after a reset; the user must replace them at first sign-in. */
final class TemporaryPasswords {

    // No 0/O, 1/l/I: the password is often read out over the phone.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        var out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
