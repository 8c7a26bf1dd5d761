package org.anhduong.platform.crypto;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the encryption keys come from ({@code anhduong.crypto.*}). Explicit keys win over a key file, which
 * wins over the generated file used with the embedded database; see {@link KeyRingFactory}.
 *
 * @param encryptionKeys entries "keyId:base64" (32-byte AES keys); the first is the primary key used for new
 *     values, the others only decrypt until rotation has moved every value off them
 *     ({@code ANHDUONG_CRYPTO_ENCRYPTION_KEYS}, comma-separated)
 * @param blindIndexKey base64 of the 32-byte HMAC key for blind indexes ({@code ANHDUONG_CRYPTO_BLIND_INDEX_KEY})
 * @param keyFile path of a keys.properties file (properties {@code encryption-keys}, {@code blind-index-key}),
 *     for keys mounted as a secret file; the file must exist
 */
@ConfigurationProperties("anhduong.crypto")
public record CryptoProperties(List<String> encryptionKeys, @Nullable String blindIndexKey, @Nullable String keyFile) {

    public CryptoProperties {
        encryptionKeys = encryptionKeys == null ? List.of() : List.copyOf(encryptionKeys);
    }

    /** Whether keys were given directly in configuration. */
    public boolean hasExplicitKeys() {
        return !encryptionKeys.isEmpty() || hasText(blindIndexKey);
    }

    /** Whether a key file path was configured. */
    public boolean hasKeyFile() {
        return hasText(keyFile);
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    /** Redacted: the default record toString would print key material into logs and actuator output. */
    @Override
    public String toString() {
        return "CryptoProperties[encryptionKeys=<" + encryptionKeys.size() + " redacted>, blindIndexKey="
                + (hasText(blindIndexKey) ? "<redacted>" : "<unset>") + ", keyFile=" + keyFile + "]";
    }
}
