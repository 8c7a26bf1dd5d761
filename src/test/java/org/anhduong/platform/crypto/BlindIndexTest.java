package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final BlindIndex index = new BlindIndex(TestKeys.ring(TestKeys.K1));

    @Test
    void isDeterministicLowercaseHex() {
        String first = index.of("casework.client.phone", "+84912345678");
        assertThat(first).matches("[0-9a-f]{64}");
        assertThat(new BlindIndex(TestKeys.ring(TestKeys.K1, TestKeys.K2)).of("casework.client.phone", "+84912345678"))
                .as("data keys do not matter, only the blind-index key").isEqualTo(first);
    }

    /** Keyed Macs are reused between calls: every thread still gets the index of its own value. */
    @Test
    void reusedMacsGiveTheSameIndexesAcrossThreads() throws Exception {
        var expected = new java.util.HashMap<String, String>();
        for (int i = 0; i < 50; i++) {
            expected.put("+8491234" + String.format("%04d", i), new BlindIndex(TestKeys.ring(TestKeys.K1))
                    .of("casework.client.phone", "+8491234" + String.format("%04d", i)));
        }
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int t = 0; t < 8; t++) {
                results.add(threads.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (var e : expected.entrySet()) {
                            if (!e.getValue().equals(index.of("casework.client.phone", e.getKey()))) {
                                return false;
                            }
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
    void dependsOnKeyContextAndValue() {
        String base = index.of("casework.client.phone", "+84912345678");
        BlindIndex otherKey = new BlindIndex(TestKeys.ring(List.of(TestKeys.K1), KeyGenerator.newKey()));
        assertThat(otherKey.of("casework.client.phone", "+84912345678")).isNotEqualTo(base);
        assertThat(index.of("hotline.caller.phone", "+84912345678")).isNotEqualTo(base);
        assertThat(index.of("casework.client.phone", "+84912345679")).isNotEqualTo(base);
    }

    @Test
    void contextAndValueCannotBeResplit() {
        assertThat(index.of("ab", "c")).isNotEqualTo(index.of("a", "bc"));
    }

    @Test
    void rejectsBlankInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> index.of(" ", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> index.of("ctx", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> index.of("a\0b", "x"));
    }
}
