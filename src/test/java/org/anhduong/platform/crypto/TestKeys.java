package org.anhduong.platform.crypto;

import java.util.Arrays;
import java.util.List;

/** Fixed-shape key rings for tests; keys are random per run. */
final class TestKeys {

    static final String K1 = "k1:" + KeyGenerator.newKey();
    static final String K2 = "k2:" + KeyGenerator.newKey();
    static final String BLIND = KeyGenerator.newKey();

    private TestKeys() {
    }

    static KeyRing ring(String... entries) {
        return KeyRing.parse(Arrays.asList(entries), BLIND);
    }

    static KeyRing ring(List<String> entries, String blindIndexKey) {
        return KeyRing.parse(entries, blindIndexKey);
    }
}
