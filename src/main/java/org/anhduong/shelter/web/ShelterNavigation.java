package org.anhduong.shelter.web;

import org.anhduong.casework.CaseFileTab;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Shelter's screens in the main navigation and its tab of the case file. */
@Configuration(proxyBeanMethods = false)
class ShelterNavigation {

    static final Set<String> READERS = Set.of(Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.CASE_WORKER,
            Roles.SHELTER_STAFF);

    @Bean
    NavEntry shelterRegistryNav() {
        return new NavEntry(40, FacilityScreens.PATH, "nav.shelter.facilities", READERS);
    }

    @Bean
    NavEntry shelterBoardNav() {
        return new NavEntry(41, BoardScreens.PATH, "nav.shelter.board", READERS);
    }

    @Bean
    CaseFileTab emergencyTab() {
        return CaseFileTab.of(65, EmergencyScreens.TAB, "shelter.tab.emergency");
    }
}
