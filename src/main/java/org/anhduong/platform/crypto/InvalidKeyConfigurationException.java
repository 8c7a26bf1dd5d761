package org.anhduong.platform.crypto;

/**
 * Key configuration that cannot be used; the message names the faulty entry by position, never its content,
 * so a misplaced key is not copied into logs.
 */
public class InvalidKeyConfigurationException extends RuntimeException {

    public InvalidKeyConfigurationException(String message) {
        super(message);
    }
}
