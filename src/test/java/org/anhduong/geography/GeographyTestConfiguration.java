package org.anhduong.geography;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What geography's integration tests need from modules written in parallel: method security (identity enables it in
 * the application) and an audit trail to look into. The bean is primary and uniquely named, so it wins over the audit
 * module's own implementation instead of clashing with it.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class GeographyTestConfiguration {

    @Bean
    @Primary
    RecordingAuditTrail geographyTestAuditTrail() {
        return new RecordingAuditTrail();
    }
}
