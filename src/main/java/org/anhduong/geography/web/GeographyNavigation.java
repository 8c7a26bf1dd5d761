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
}
