package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesOnceAndReusesTheFile() throws IOException {
        KeyRing first = LocalKeyFile.loadOrCreate(dataDir);
        Path file = dataDir.resolve("keys.properties");
        String content = Files.readString(file);

        KeyRing second = LocalKeyFile.loadOrCreate(dataDir);

        assertThat(Files.readString(file)).isEqualTo(content);
        assertThat(second.primaryId()).isEqualTo(first.primaryId());
        String stored = new FieldCipher(first).encrypt("Phạm Thị Mai", "test.ctx");
        assertThat(new FieldCipher(second).decrypt(stored, "test.ctx")).isEqualTo("Phạm Thị Mai");
        assertThat(new BlindIndex(second).of("ctx", "v")).isEqualTo(new BlindIndex(first).of("ctx", "v"));
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void fileIsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        LocalKeyFile.loadOrCreate(dataDir.resolve("nested/data"));
        Path file = dataDir.resolve("nested/data/keys.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void brokenFileNamesTheFileButNotTheKeys() throws IOException {
        Path file = dataDir.resolve("keys.properties");
        Files.writeString(file, "encryption-keys=k1:" + KeyGenerator.newKey() + "\nblind-index-key=c2hvcnQ=\n");
        assertThatExceptionOfType(InvalidKeyConfigurationException.class).isThrownBy(() -> LocalKeyFile.load(file))
                .withMessageContaining(file.toString()).withMessageContaining("blind-index key decodes to 5 bytes");
    }

    @Test
    void loadRequiresAnExistingFile() {
        assertThatExceptionOfType(InvalidKeyConfigurationException.class)
                .isThrownBy(() -> LocalKeyFile.load(dataDir.resolve("absent.properties")))
                .withMessageContaining("does not exist");
    }
}
