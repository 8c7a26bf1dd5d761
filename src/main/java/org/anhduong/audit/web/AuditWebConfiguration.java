package org.anhduong.audit.web;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The audit screen's place in the navigation, and who may use the screen and the API. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

    /** The audit log shows who worked on which record: only administrators read it. */
    static final String ADMINISTRATORS = "hasRole('" + Roles.ADMINISTRATOR + "')";

    @Bean
    NavEntry auditNavigation() {
        return new NavEntry(90, AuditScreenController.PATH, "nav.audit", Set.of(Roles.ADMINISTRATOR));
    }
}
