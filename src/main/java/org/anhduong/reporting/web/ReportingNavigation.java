package org.anhduong.reporting.web;

import java.util.Set;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reports in the main navigation, for the roles that may read them. */
@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    static final Set<String> READERS = Set.of(Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.PROGRAMME_OFFICER,
            Roles.VIEWER);

    @Bean
    NavEntry reportsNav() {
        return new NavEntry(80, ReportScreens.PATH, "nav.reports", READERS);
    }
}
