package org.anhduong.hotline.web;

import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The hotline's screens in the main navigation, for the people who answer and supervise the line. */
@Configuration(proxyBeanMethods = false)
class HotlineNavigation {

    private static final Set<String> HOTLINE = Set.of(Roles.HOTLINE_COUNSELLOR, Roles.SUPERVISOR);

    @Bean
    NavEntry liveCallNav() {
        return new NavEntry(10, LiveCallScreens.PATH, "nav.hotline.live", HOTLINE);
    }

    @Bean
    NavEntry contactsNav() {
        return new NavEntry(11, ContactListScreens.PATH, "nav.hotline.contacts", HOTLINE);
    }

    @Bean
    NavEntry callBacksNav() {
        return new NavEntry(12, CallBackScreens.PATH, "nav.hotline.callBacks", HOTLINE);
    }
}
