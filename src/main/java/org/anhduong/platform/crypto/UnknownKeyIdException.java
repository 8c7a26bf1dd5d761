package org.anhduong.platform.crypto;

/**
 * A value was encrypted under a key that is not in the ring, usually because a key was removed before
 * rotation finished; distinct from tampering so operators know to restore the key rather than the data.
 */
public class UnknownKeyIdException extends DecryptionFailedException {

    private final String keyId;

    public UnknownKeyIdException(String keyId) {
        super("Value is encrypted under key id '" + keyId + "', which is not in the key ring; "
                + "add that key back to anhduong.crypto.encryption-keys");
        this.keyId = keyId;
    }

    /** The missing key's id (never key material). */
    public String keyId() {
        return keyId;
    }
}
