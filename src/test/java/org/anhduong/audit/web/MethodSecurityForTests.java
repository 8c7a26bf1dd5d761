package org.anhduong.audit.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize} for the audit web tests. In the application the identity module's security
 * configuration enables method security; until it exists in this tree the tests enable it themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MethodSecurityForTests {
}
