package org.anhduong.identity.web;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class Navigation {

    @Bean
    NavEntry homeNav() {
        return new NavEntry(0, "/", "nav.home", Set.of());
    }

    @Bean
    NavEntry organisationsNav() {
        return new NavEntry(70, "/admin/organisations", "nav.organisations", Set.of(Roles.ADMINISTRATOR));
    }

    @Bean
    NavEntry usersNav() {
        return new NavEntry(71, "/admin/users", "nav.users", Set.of(Roles.ADMINISTRATOR));
    }

    @Bean
    NavEntry allTokensNav() {
        return new NavEntry(72, TokenController.ADMIN, "nav.adminTokens", Set.of(Roles.ADMINISTRATOR));
    }

    @Bean
    NavEntry tokensNav() {
        return new NavEntry(95, "/account/tokens", "nav.tokens", Set.of());
    }
}
