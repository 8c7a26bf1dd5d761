package org.anhduong.platform.crypto;

/**
 * A stored value could not be decrypted: malformed, tampered with, moved from another column or under a key
 * that is not in the ring. The message never carries plaintext or ciphertext.
 */
public class DecryptionFailedException extends RuntimeException {

    public DecryptionFailedException(String message) {
        super(message);
    }
}
