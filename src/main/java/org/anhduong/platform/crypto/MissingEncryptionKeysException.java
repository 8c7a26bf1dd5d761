package org.anhduong.platform.crypto;

/**
 * No keys were configured for a database other than the embedded default. Starting anyway would mean
 * generating keys on one server that other instances and backups do not have, so the application refuses.
 */
public class MissingEncryptionKeysException extends RuntimeException {

    /** What went wrong, for the failure analyzer. */
    public static final String DESCRIPTION = "Encryption keys are required when the database is not the embedded H2 default.";

    /** What to do about it, for the failure analyzer. */
    public static final String ACTION = "Set ANHDUONG_CRYPTO_ENCRYPTION_KEYS (keyId:base64, comma-separated, first is primary)"
            + " and ANHDUONG_CRYPTO_BLIND_INDEX_KEY (base64, 32 bytes). Generate them with: java -jar anhduong.jar generate-keys";

    public MissingEncryptionKeysException() {
        super(DESCRIPTION + " " + ACTION);
    }
}
