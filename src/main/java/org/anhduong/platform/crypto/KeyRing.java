package org.anhduong.platform.crypto;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The data keys (by id, one primary) and the separate blind-index key. Immutable, so a running application
 * never mixes keys; raw keys stay package-private so only this package's cipher and index can use them.
 */
public final class KeyRing {

    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9-]{1,16}");

    private final String primaryId;
    private final Map<String, SecretKey> dataKeys;
    private final SecretKey blindIndexKey;

    private KeyRing(String primaryId, Map<String, SecretKey> dataKeys, SecretKey blindIndexKey) {
        this.primaryId = primaryId;
        this.dataKeys = Collections.unmodifiableMap(dataKeys);
        this.blindIndexKey = blindIndexKey;
    }

    /**
     * Builds the ring from configuration values.
     *
     * @param encryptionKeys entries "keyId:base64", the first being primary
     * @param blindIndexKey base64 of 32 bytes, different from every data key
     * @throws InvalidKeyConfigurationException when an entry is malformed, of the wrong length or duplicated
     */
    public static KeyRing parse(List<String> encryptionKeys, @Nullable String blindIndexKey) {
        if (encryptionKeys.isEmpty()) {
            throw new InvalidKeyConfigurationException("No encryption key is configured: at least one keyId:base64 entry is required");
        }
        if (blindIndexKey == null || blindIndexKey.isBlank()) {
            throw new InvalidKeyConfigurationException("The blind-index key is missing: it is required together with the encryption keys");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < encryptionKeys.size(); i++) {
            String label = "Encryption key #" + (i + 1);
            String entry = encryptionKeys.get(i).strip();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new InvalidKeyConfigurationException(label + " is not in the form keyId:base64");
            }
            String id = entry.substring(0, colon);
            if (!isValidKeyId(id)) {
                throw new InvalidKeyConfigurationException(label + " has an id that does not match [a-z0-9-]{1,16}");
            }
            if (keys.containsKey(id)) {
                throw new InvalidKeyConfigurationException(label + " has the same id as encryption key #" + (ids.indexOf(id) + 1));
            }
            keys.put(id, aesKey(entry.substring(colon + 1), label));
            ids.add(id);
        }
        SecretKey indexKey = aesKey(blindIndexKey, "The blind-index key");
        if (keys.values().stream().anyMatch(key -> MessageDigest.isEqual(key.getEncoded(), indexKey.getEncoded()))) {
            throw new InvalidKeyConfigurationException("The blind-index key must differ from every encryption key");
        }
        return new KeyRing(ids.getFirst(), keys, new SecretKeySpec(indexKey.getEncoded(), "HmacSHA256"));
    }

    /** Builds the ring from {@code anhduong.crypto.encryption-keys} and {@code anhduong.crypto.blind-index-key}. */
    public static KeyRing from(CryptoProperties properties) {
        return parse(properties.encryptionKeys(), properties.blindIndexKey());
    }

    /** Whether {@code id} can name a key; ids travel inside stored values, so their alphabet is restricted. */
    public static boolean isValidKeyId(String id) {
        return KEY_ID.matcher(id).matches();
    }

    /** The id of the key new values are encrypted under. */
    public String primaryId() {
        return primaryId;
    }

    /** All data key ids, primary first. */
    public Set<String> keyIds() {
        return dataKeys.keySet();
    }

    /** Whether values encrypted under {@code keyId} can be decrypted. */
    public boolean contains(String keyId) {
        return dataKeys.containsKey(keyId);
    }

    SecretKey dataKey(String keyId) {
        SecretKey key = dataKeys.get(keyId);
        if (key == null) {
            throw new UnknownKeyIdException(keyId);
        }
        return key;
    }

    SecretKey blindIndexKey() {
        return blindIndexKey;
    }

    private static SecretKey aesKey(String base64, String label) {
        byte[] bytes = decode(base64.strip(), label);
        try {
            if (bytes.length != KEY_BYTES) {
                throw new InvalidKeyConfigurationException(
                        label + " decodes to " + bytes.length + " bytes; " + KEY_BYTES + " are required (AES-256)");
            }
            return new SecretKeySpec(bytes, "AES");
        }
        finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] decode(String base64, String label) {
        boolean urlSafe = base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0;
        try {
            return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(base64);
        }
        catch (IllegalArgumentException e) {
            // The decoder's message quotes the offending character: deliberately not chained.
            throw new InvalidKeyConfigurationException(label + " is not valid base64");
        }
    }

    /** Key ids only: key material never appears in logs. */
    @Override
    public String toString() {
        return "KeyRing[primary=" + primaryId + ", keys=" + dataKeys.keySet() + "]";
    }
}
