package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingFactoryTest {

    private static final CryptoProperties NONE = new CryptoProperties(List.of(), null, null);

    @TempDir
    Path dataDir;

    @Test
    void explicitKeysWinEvenWithEmbeddedDatabase() {
        KeyRing ring = KeyRingFactory.create(new CryptoProperties(List.of(TestKeys.K2, TestKeys.K1), TestKeys.BLIND, null),
                true, dataDir);
        assertThat(ring.primaryId()).isEqualTo("k2");
        assertThat(dataDir.resolve(LocalKeyFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void halfConfiguredKeysAreAnError() {
        assertThatExceptionOfType(InvalidKeyConfigurationException.class)
                .isThrownBy(() -> KeyRingFactory.create(new CryptoProperties(List.of(TestKeys.K1), null, null), true, dataDir));
    }

    @Test
    void configuredKeyFileIsUsedForAnyDatabase() {
        Path keyFile = dataDir.resolve("secret/keys.properties");
        KeyRing generated = LocalKeyFile.loadOrCreate(keyFile.getParent());
        KeyRing loaded = KeyRingFactory.create(new CryptoProperties(List.of(), null, keyFile.toString()), false, dataDir);
        assertThat(loaded.primaryId()).isEqualTo(generated.primaryId());
    }

    @Test
    void embeddedDatabaseGetsAGeneratedKeyFile() {
        KeyRingFactory.create(NONE, true, dataDir);
        assertThat(Files.exists(dataDir.resolve(LocalKeyFile.FILE_NAME))).isTrue();
    }

    @Test
    void sharedDatabaseWithoutKeysIsRefusedWithInstructions() {
        assertThatExceptionOfType(MissingEncryptionKeysException.class)
                .isThrownBy(() -> KeyRingFactory.create(NONE, false, dataDir))
                .withMessage("Encryption keys are required when the database is not the embedded H2 default. "
                        + "Set ANHDUONG_CRYPTO_ENCRYPTION_KEYS (keyId:base64, comma-separated, first is primary) and "
                        + "ANHDUONG_CRYPTO_BLIND_INDEX_KEY (base64, 32 bytes). Generate them with: java -jar anhduong.jar generate-keys");
        assertThat(dataDir.resolve(LocalKeyFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void embeddedMeansH2OrNoUrl() {
        assertThat(KeyRingFactory.isEmbedded("jdbc:h2:file:./data/anhduong;MODE=PostgreSQL")).isTrue();
        assertThat(KeyRingFactory.isEmbedded("")).isTrue();
        assertThat(KeyRingFactory.isEmbedded(null)).isTrue();
        assertThat(KeyRingFactory.isEmbedded("jdbc:postgresql://db:5432/anhduong")).isFalse();
    }
}
