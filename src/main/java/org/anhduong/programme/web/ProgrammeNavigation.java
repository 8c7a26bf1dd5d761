package org.anhduong.programme.web;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Programme's screens in the main navigation: readers see the summary and lists, editors the forms. */
@Configuration(proxyBeanMethods = false)
class ProgrammeNavigation {

    static final Set<String> READERS = Set.of(Roles.PROGRAMME_OFFICER, Roles.ADMINISTRATOR, Roles.VIEWER,
            Roles.SUPERVISOR);
    static final Set<String> EDITORS = Set.of(Roles.PROGRAMME_OFFICER, Roles.ADMINISTRATOR);

    @Bean
    NavEntry programmeNav() {
        return new NavEntry(60, ProgrammeScreens.PATH, "nav.programme", READERS);
    }
}
