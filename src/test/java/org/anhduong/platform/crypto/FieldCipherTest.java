package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {

    private static final String NAME = "casework.client.name";
    private final FieldCipher cipher = new FieldCipher(TestKeys.ring(TestKeys.K1));

    @ParameterizedTest
    @ValueSource(strings = { "Nguyễn Thị Đào", "", "Số 12, ngõ 34, phường Hồng Gai — cô ấy nói: \"đừng gọi lại\" 😢" })
    void roundTrips(String plaintext) {
        String stored = cipher.encrypt(plaintext, NAME);
        assertThat(stored).startsWith("v1.k1.");
        assertThat(stored.substring(6)).matches("[A-Za-z0-9_-]+");
        assertThat(cipher.decrypt(stored, NAME)).isEqualTo(plaintext);
    }

    @Test
    void nullPassesThrough() {
        assertThat(cipher.encrypt(null, NAME)).isNull();
        assertThat(cipher.decrypt(null, NAME)).isNull();
        assertThat(cipher.needsRotation(null)).isFalse();
        assertThat(cipher.rotate(null, NAME)).isNull();
    }

    @Test
    void samePlaintextGivesDifferentValues() {
        assertThat(cipher.encrypt("0912345678", NAME)).isNotEqualTo(cipher.encrypt("0912345678", NAME));
    }

    @Test
    void detectsTampering() {
        String stored = cipher.encrypt("Trần Văn Nam", NAME);
        String prefix = stored.substring(0, 6);
        byte[] payload = Base64.getUrlDecoder().decode(stored.substring(6));
        payload[payload.length / 2] ^= 1;
        String tampered = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
        assertThatExceptionOfType(DecryptionFailedException.class).isThrownBy(() -> cipher.decrypt(tampered, NAME))
                .withMessageNotContaining("Trần").withMessageNotContaining(tampered.substring(6));
    }

    /** Ciphers are reused between calls: a failed one must not spoil the next call, nor threads each other's work. */
    @Test
    void reusedCiphersStayCorrectAfterAFailureAndAcrossThreads() throws Exception {
        String stored = cipher.encrypt("Trần Văn Nam", NAME);
        assertThatExceptionOfType(DecryptionFailedException.class).isThrownBy(() -> cipher.decrypt(stored, "other.column"));
        assertThat(cipher.decrypt(stored, NAME)).isEqualTo("Trần Văn Nam");

        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int t = 0; t < 8; t++) {
                String mine = "Người số " + t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        String value = mine + " lần " + i;
                        if (!value.equals(cipher.decrypt(cipher.encrypt(value, NAME), NAME))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    @Test
    void valueMovedToAnotherColumnDoesNotDecrypt() {
        String stored = cipher.encrypt("Trần Văn Nam", NAME);
        assertThatExceptionOfType(DecryptionFailedException.class)
                .isThrownBy(() -> cipher.decrypt(stored, "casework.client.address"))
                .withMessageContaining("casework.client.address");
    }

    @Test
    void unknownKeyIdIsReportedByItsId() {
        String stored = new FieldCipher(TestKeys.ring(TestKeys.K2)).encrypt("x", NAME);
        assertThatExceptionOfType(UnknownKeyIdException.class).isThrownBy(() -> cipher.decrypt(stored, NAME))
                .withMessageContaining("'k2'").withMessageContaining("not in the key ring")
                .satisfies(e -> assertThat(e.keyId()).isEqualTo("k2"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Nguyễn Thị Đào", "v1.k1", "v2.k1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "v1.K1.AAAA",
            "v1.k1.!!!!", "v1.k1.AAAA", "v1.k1.AAAA.AAAA" })
    void malformedValuesFailWithoutEchoingThem(String stored) {
        assertThatExceptionOfType(DecryptionFailedException.class).isThrownBy(() -> cipher.decrypt(stored, NAME))
                .withMessage("Value is not in the v1 encrypted format");
    }

    @Test
    void blankContextIsRejected() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> cipher.encrypt("x", " "));
    }

    @Test
    void rotatesFromOldToNewPrimaryKey() {
        String underK1 = cipher.encrypt("Lê Thị Hồng", NAME);

        FieldCipher afterAddingK2 = new FieldCipher(TestKeys.ring(TestKeys.K2, TestKeys.K1));
        assertThat(afterAddingK2.decrypt(underK1, NAME)).isEqualTo("Lê Thị Hồng");
        assertThat(afterAddingK2.needsRotation(underK1)).isTrue();

        String underK2 = afterAddingK2.rotate(underK1, NAME);
        assertThat(underK2).startsWith("v1.k2.");
        assertThat(afterAddingK2.needsRotation(underK2)).isFalse();
        assertThat(afterAddingK2.rotate(underK2, NAME)).isSameAs(underK2);

        FieldCipher afterRemovingK1 = new FieldCipher(TestKeys.ring(TestKeys.K2));
        assertThat(afterRemovingK1.decrypt(underK2, NAME)).isEqualTo("Lê Thị Hồng");
        assertThatExceptionOfType(UnknownKeyIdException.class).isThrownBy(() -> afterRemovingK1.decrypt(underK1, NAME));
    }
}
