package org.anhduong.platform.crypto;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the key ring and the services built on it. Keys are resolved at startup so a missing or broken key
 * configuration stops the application before it can write unreadable data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoConfiguration {

    @Bean
    KeyRing keyRing(CryptoProperties properties, @Value("${anhduong.data-dir:./data}") String dataDir,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        return KeyRingFactory.create(properties, KeyRingFactory.isEmbedded(datasourceUrl), Path.of(dataDir));
    }

    @Bean
    FieldCipher fieldCipher(KeyRing keyRing) {
        return new FieldCipher(keyRing);
    }

    @Bean
    BlindIndex blindIndex(KeyRing keyRing) {
        return new BlindIndex(keyRing);
    }

    /** Rotates every column declared on its own and every column of the modules' {@link EncryptedColumns}. */
    @Bean
    KeyRotation keyRotation(JdbcClient jdbcClient, FieldCipher fieldCipher, ObjectProvider<EncryptedColumn> columns,
            ObjectProvider<EncryptedColumns> groups) {
        List<EncryptedColumn> all = Stream.concat(columns.orderedStream(),
                groups.orderedStream().flatMap(group -> group.columns().stream())).toList();
        return new KeyRotation(jdbcClient, fieldCipher, all);
    }
}
