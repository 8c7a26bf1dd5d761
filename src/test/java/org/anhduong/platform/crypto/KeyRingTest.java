package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final String KEY = KeyGenerator.newKey();

    @Test
    void firstKeyIsPrimary() {
        KeyRing ring = TestKeys.ring(TestKeys.K2, TestKeys.K1);
        assertThat(ring.primaryId()).isEqualTo("k2");
        assertThat(ring.keyIds()).containsExactly("k2", "k1");
        assertThat(ring.contains("k1")).isTrue();
        assertThat(ring.contains("k3")).isFalse();
    }

    @Test
    void fromPropertiesAcceptsUrlSafeBase64AndSurroundingSpaces() {
        String urlSafe = Base64.getUrlEncoder().encodeToString(Base64.getDecoder().decode(KEY));
        KeyRing ring = KeyRing.from(new CryptoProperties(List.of(" main-2025:" + urlSafe + " "), TestKeys.BLIND, null));
        assertThat(ring.primaryId()).isEqualTo("main-2025");
    }

    @Test
    void toStringShowsIdsButNoKeyMaterial() {
        assertThat(TestKeys.ring(TestKeys.K1).toString()).contains("k1").doesNotContain(TestKeys.K1.substring(3));
        assertThat(new CryptoProperties(List.of(TestKeys.K1), TestKeys.BLIND, null).toString())
                .doesNotContain(TestKeys.K1.substring(3)).doesNotContain(TestKeys.BLIND);
    }

    @Test
    void rejectsMalformedEntriesWithoutEchoingThem() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertInvalid(List.of(KEY), TestKeys.BLIND, "#1 is not in the form keyId:base64");
        assertInvalid(List.of("K1:" + KEY), TestKeys.BLIND, "#1 has an id that does not match");
        assertInvalid(List.of("a-very-long-key-id-here:" + KEY), TestKeys.BLIND, "#1 has an id that does not match");
        assertInvalid(List.of("k1:" + KEY, "k2:not*base64!"), TestKeys.BLIND, "#2 is not valid base64");
        assertInvalid(List.of("k1:" + shortKey), TestKeys.BLIND, "#1 decodes to 16 bytes; 32 are required");
        assertInvalid(List.of("k1:" + KEY, "k2:" + KeyGenerator.newKey(), "k1:" + KeyGenerator.newKey()), TestKeys.BLIND,
                "#3 has the same id as encryption key #1");
    }

    @Test
    void rejectsMissingOrReusedBlindIndexKey() {
        assertInvalid(List.of(), TestKeys.BLIND, "No encryption key");
        assertInvalid(List.of("k1:" + KEY), null, "blind-index key is missing");
        assertInvalid(List.of("k1:" + KEY), "%%%", "blind-index key is not valid base64");
        assertInvalid(List.of("k1:" + KEY), KEY, "must differ from every encryption key");
    }

    private static void assertInvalid(List<String> entries, String blind, String message) {
        assertThatExceptionOfType(InvalidKeyConfigurationException.class)
                .isThrownBy(() -> KeyRing.parse(entries, blind))
                .withMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain(TestKeys.BLIND));
    }
}
