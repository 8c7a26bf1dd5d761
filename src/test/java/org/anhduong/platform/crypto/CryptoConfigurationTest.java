package org.anhduong.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

class CryptoConfigurationTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(CryptoConfiguration.class)
        .withBean(JdbcClient.class, () -> JdbcClient.create(new JdbcDataSource()))
        .withBean("clientName", EncryptedColumn.class, () -> new EncryptedColumn("client", "id", "full_name", "casework.client.name"));

    @Test
    void explicitKeysFromEnvironmentStyleProperties() {
        runner.withPropertyValues("anhduong.crypto.encryption-keys=" + TestKeys.K2 + "," + TestKeys.K1,
                "anhduong.crypto.blind-index-key=" + TestKeys.BLIND,
                "spring.datasource.url=jdbc:postgresql://db/anhduong")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(KeyRing.class).keyIds()).containsExactly("k2", "k1");
                FieldCipher cipher = context.getBean(FieldCipher.class);
                assertThat(cipher.decrypt(cipher.encrypt("Đỗ Thu Hà", "ctx"), "ctx")).isEqualTo("Đỗ Thu Hà");
                assertThat(context).hasSingleBean(BlindIndex.class).hasSingleBean(KeyRotation.class);
            });
    }

    @Test
    void keyRotationGoesThroughSingleColumnsAndEveryColumnOfAGroup() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE client (id BIGINT PRIMARY KEY, full_name VARCHAR(1000), address VARCHAR(1000))").update();
        jdbc.sql("CREATE TABLE note (id BIGINT PRIMARY KEY, body TEXT)").update();
        new ApplicationContextRunner()
            .withUserConfiguration(CryptoConfiguration.class)
            .withBean(JdbcClient.class, () -> jdbc)
            .withBean("clientName", EncryptedColumn.class, () -> new EncryptedColumn("client", "id", "full_name", "casework.client.name"))
            .withBean("moreColumns", EncryptedColumns.class, () -> EncryptedColumns.in("client").column("address", "casework.client.address")
                .in("note").column("body", "casework.note.body").build())
            .withPropertyValues("anhduong.data-dir=" + dataDir, "spring.datasource.url=jdbc:h2:file:" + dataDir + "/db")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(KeyRotation.class).rotateAll()).isEqualTo(new KeyRotation.Summary(3, 0));
            });
    }

    @Test
    void embeddedDatabaseUsesKeyFileInDataDirectory() {
        runner.withPropertyValues("anhduong.data-dir=" + dataDir, "spring.datasource.url=jdbc:h2:file:" + dataDir + "/db")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(dataDir.resolve(LocalKeyFile.FILE_NAME)).exists();
            });
    }

    @Test
    void sharedDatabaseWithoutKeysFailsWithAnalysedError() {
        runner.withPropertyValues("anhduong.data-dir=" + dataDir, "spring.datasource.url=jdbc:postgresql://db/anhduong")
            .run(context -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new MissingEncryptionKeysFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).isEqualTo(MissingEncryptionKeysException.DESCRIPTION);
                assertThat(analysis.getAction()).contains("ANHDUONG_CRYPTO_ENCRYPTION_KEYS", "generate-keys");
                assertThat(dataDir.resolve(LocalKeyFile.FILE_NAME)).doesNotExist();
            });
    }

    @Test
    void failureAnalyzerIsRegistered() throws IOException {
        boolean registered = false;
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            Properties factories = new Properties();
            try (InputStream in = url.openStream()) {
                factories.load(in);
            }
            registered |= factories.getProperty(FailureAnalyzer.class.getName(), "")
                .contains(MissingEncryptionKeysFailureAnalyzer.class.getName());
        }
        assertThat(registered).isTrue();
    }
}
