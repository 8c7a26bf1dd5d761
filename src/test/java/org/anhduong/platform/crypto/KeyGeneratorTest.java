package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeyGeneratorTest {

    @Test
    void keysAre32RandomBytes() {
        assertThat(Base64.getDecoder().decode(KeyGenerator.newKey())).hasSize(32);
        assertThat(KeyGenerator.newKey()).isNotEqualTo(KeyGenerator.newKey());
    }

    @Test
    void keyIdsCarryTheDayAndAreValid() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
        String id = KeyGenerator.newKeyId(clock);
        assertThat(id).matches("k20250601-[0-9a-f]{6}");
        assertThat(KeyRing.isValidKeyId(id)).isTrue();
    }

    @Test
    void entriesParseIntoAKeyRing() {
        String entry = KeyGenerator.newEncryptionKeyEntry();
        assertThat(KeyRing.parse(List.of(entry), KeyGenerator.newKey()).primaryId()).isEqualTo(entry.split(":")[0]);
    }
}
