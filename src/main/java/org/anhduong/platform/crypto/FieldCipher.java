package org.anhduong.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts personal fields with AES-256-GCM before they reach the database.
 *
 * <p>Stored form: {@code "v1." + keyId + "." + base64url(iv || ciphertext || tag)}, a plain string that fits
 * VARCHAR/TEXT on H2 and PostgreSQL and names its key so keys can rotate. The caller's context (for example
 * {@code "casework.client.name"}) is bound as associated data, so a value copied into another column does not
 * decrypt. Null passes through as null, so optional fields need no special casing. Thread-safe: {@link Cipher}
 * instances are kept for reuse ({@link Reusables}) and initialised afresh, with their key and IV, for every value.
 */
public final class FieldCipher {

    private static final String VERSION = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();
    private final Reusables<Cipher> ciphers = new Reusables<>(FieldCipher::newCipher);

    public FieldCipher(KeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Encrypts under the primary key with a fresh random IV, so equal plaintexts give different values. */
    public @Nullable String encrypt(@Nullable String plaintext, String context) {
        byte[] aad = associatedData(context);
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        String keyId = keys.primaryId();
        try {
            Cipher cipher = ciphers.take();
            cipher.init(Cipher.ENCRYPT_MODE, keys.dataKey(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ciphers.give(cipher);
            byte[] payload = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return VERSION + "." + keyId + "." + ENCODER.encodeToString(payload);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption is unavailable in this JVM", e);
        }
    }

    /**
     * Decrypts a value written by {@link #encrypt} with the same context.
     *
     * @throws UnknownKeyIdException when its key is not in the ring
     * @throws DecryptionFailedException when it is malformed, tampered with or belongs to another context
     */
    public @Nullable String decrypt(@Nullable String stored, String context) {
        byte[] aad = associatedData(context);
        if (stored == null) {
            return null;
        }
        StoredValue value = StoredValue.parse(stored);
        try {
            Cipher cipher = ciphers.take();
            cipher.init(Cipher.DECRYPT_MODE, keys.dataKey(value.keyId()),
                    new GCMParameterSpec(TAG_BITS, value.payload(), 0, IV_BYTES));
            cipher.updateAAD(aad);
            byte[] plain = cipher.doFinal(value.payload(), IV_BYTES, value.payload().length - IV_BYTES);
            // Only after success: a cipher that failed authentication is not given back.
            ciphers.give(cipher);
            return new String(plain, StandardCharsets.UTF_8);
        }
        catch (AEADBadTagException e) {
            throw new DecryptionFailedException("Value for context '" + context
                    + "' failed authentication: it was altered, or belongs to another column or key");
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption is unavailable in this JVM", e);
        }
    }

    /**
     * Whether the value is under a key other than the primary one; false for null.
     *
     * @throws DecryptionFailedException when the value is not in the stored format
     */
    public boolean needsRotation(@Nullable String stored) {
        return stored != null && !StoredValue.parse(stored).keyId().equals(keys.primaryId());
    }

    /** Re-encrypts the value under the primary key; returns it unchanged when it already is (or is null). */
    public @Nullable String rotate(@Nullable String stored, String context) {
        return needsRotation(stored) ? encrypt(decrypt(stored, context), context) : stored;
    }

    /** The id of the key new values are written under (stored values start with "v1." + this + "."). */
    public String primaryKeyId() {
        return keys.primaryId();
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    private static byte[] associatedData(String context) {
        if (Objects.requireNonNull(context, "context").isBlank()) {
            throw new IllegalArgumentException("Encryption context must not be blank");
        }
        return context.getBytes(StandardCharsets.UTF_8);
    }

    private record StoredValue(String keyId, byte[] payload) {

        private static final int MIN_PAYLOAD = IV_BYTES + TAG_BITS / 8;

        static StoredValue parse(String stored) {
            String[] parts = stored.split("\\.", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || !KeyRing.isValidKeyId(parts[1])) {
                throw malformed();
            }
            byte[] payload;
            try {
                payload = Base64.getUrlDecoder().decode(parts[2]);
            }
            catch (IllegalArgumentException e) {
                throw malformed();
            }
            if (payload.length < MIN_PAYLOAD) {
                throw malformed();
            }
            return new StoredValue(parts[1], payload);
        }

        private static DecryptionFailedException malformed() {
            return new DecryptionFailedException("Value is not in the v1 encrypted format");
        }
    }
}
