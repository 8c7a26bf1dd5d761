package org.anhduong.geography.web;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class GeographyNavigation {

    @Bean
    NavEntry localitiesNavEntry() {
        return new NavEntry(80, LocalityScreens.PATH, "nav.localities", Set.of(Roles.ADMINISTRATOR));
    }

    /** Everyone signed in: reports and old records name units that no longer exist. */
    @Bean
    NavEntry reformNavEntry() {
        return new NavEntry(81, ReformScreens.PATH, "nav.reform", Set.of());
    }
}
