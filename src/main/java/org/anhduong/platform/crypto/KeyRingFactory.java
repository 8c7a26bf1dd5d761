package org.anhduong.platform.crypto;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Decides where the keys come from: explicit keys, then a configured key file, then (embedded database only)
 * a key file generated in the data directory. A shared database without configured keys is refused, since
 * keys generated on one server would be missing on the others.
 */
public final class KeyRingFactory {

    private static final String H2_PREFIX = "jdbc:h2:";

    private KeyRingFactory() {
    }

    /**
     * The key ring for this installation, from the first source that is configured.
     *
     * @param embeddedDatabase whether the database is the embedded H2 default (see {@link #isEmbedded})
     * @param dataDir the application's data directory ({@code anhduong.data-dir})
     * @throws MissingEncryptionKeysException when no keys are configured and the database is not embedded
     * @throws InvalidKeyConfigurationException when configured keys are unusable
     */
    public static KeyRing create(CryptoProperties properties, boolean embeddedDatabase, Path dataDir) {
        if (properties.hasExplicitKeys()) {
            return KeyRing.from(properties);
        }
        if (properties.hasKeyFile()) {
            return LocalKeyFile.load(Path.of(properties.keyFile().strip()));
        }
        if (embeddedDatabase) {
            return LocalKeyFile.loadOrCreate(dataDir);
        }
        throw new MissingEncryptionKeysException();
    }

    /** Whether a JDBC URL names the embedded H2 database; no URL means Spring Boot's embedded default. */
    public static boolean isEmbedded(@Nullable String jdbcUrl) {
        return jdbcUrl == null || jdbcUrl.isBlank() || jdbcUrl.strip().startsWith(H2_PREFIX);
    }
}
