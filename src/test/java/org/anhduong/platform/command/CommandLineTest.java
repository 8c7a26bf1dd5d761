package org.anhduong.platform.command;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    @Test
    void noArgumentsServesTheWebApplication() {
        var line = CommandLine.parse(new String[0]);
        assertThat(line.command()).isNull();
        assertThat(line.standalone()).isFalse();
        assertThat(line.springArgs()).isEmpty();
    }

    @Test
    void demoSwitchBecomesAProperty() {
        var line = CommandLine.parse(new String[]{"--demo", "--server.port=9000"});
        assertThat(line.springArgs()).containsExactly("--anhduong.demo=true", "--server.port=9000");
        assertThat(line.command()).isNull();
    }

    @Test
    void aCommandIsPassedToSpringAsAProperty() {
        var line = CommandLine.parse(new String[]{"audit-verify", "--spring.datasource.url=jdbc:h2:mem:x"});
        assertThat(line.command()).isEqualTo("audit-verify");
        assertThat(line.springArgs()).contains("--anhduong.command=audit-verify");
    }

    @Test
    void generateKeysRunsWithoutSpringAndPrintsUsableKeys() {
        var line = CommandLine.parse(new String[]{"generate-keys"});
        assertThat(line.standalone()).isTrue();
        var out = new ByteArrayOutputStream();
        assertThat(line.runStandalone(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).containsPattern("ANHDUONG_CRYPTO_ENCRYPTION_KEYS=[a-z0-9-]+:[A-Za-z0-9+/=]{44}")
                .containsPattern("ANHDUONG_CRYPTO_BLIND_INDEX_KEY=[A-Za-z0-9+/=]{44}");
    }
}
