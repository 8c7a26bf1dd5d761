package org.anhduong.casework.web;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Casework's screens in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CaseworkNavigation {

    @Bean
    NavEntry myCasesNav() {
        return new NavEntry(20, CaseListScreens.MINE, "nav.casework.mine", Set.of(Roles.CASE_WORKER, Roles.SUPERVISOR));
    }

    @Bean
    NavEntry teamCasesNav() {
        return new NavEntry(21, CaseListScreens.TEAM, "nav.casework.team", Set.of(Roles.SUPERVISOR));
    }

    @Bean
    NavEntry newCaseNav() {
        return new NavEntry(22, NewCaseScreens.PATH, "nav.casework.new", Set.of(Roles.CASE_WORKER, Roles.SUPERVISOR));
    }

    @Bean
    NavEntry searchCasesNav() {
        return new NavEntry(23, SearchScreens.PATH, "nav.casework.search",
                Set.of(Roles.CASE_WORKER, Roles.SUPERVISOR, Roles.HOTLINE_COUNSELLOR));
    }
}
