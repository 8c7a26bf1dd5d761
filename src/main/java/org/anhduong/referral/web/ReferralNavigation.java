package org.anhduong.referral.web;

import org.anhduong.casework.CaseFileTab;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavBadge;
import org.anhduong.platform.web.NavEntry;
import org.anhduong.referral.ReferralNotices;
import org.anhduong.referral.Referrals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The referral module's screens in the main navigation, its badges, and its tab of the case file. */
@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

    static final Set<String> STAFF = Set.of(Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.HOTLINE_COUNSELLOR,
            Roles.CASE_WORKER, Roles.SHELTER_STAFF, Roles.PROGRAMME_OFFICER);

    @Bean
    NavEntry directoryNav() {
        return new NavEntry(40, DirectoryScreens.PATH, "nav.referral.directory", STAFF);
    }

    @Bean
    NavEntry pathwaysNav() {
        return new NavEntry(41, PathwayScreens.PATH, "nav.referral.pathways", Set.of(Roles.ADMINISTRATOR));
    }

    @Bean
    NavEntry inboxNav() {
        return new NavEntry(42, InboxScreens.PATH, "nav.referral.inbox", Set.of(Roles.PARTNER));
    }

    @Bean
    NavEntry noticesNav() {
        return new NavEntry(43, NoticeScreens.PATH, "nav.referral.notifications",
                Set.of(Roles.CASE_WORKER, Roles.SUPERVISOR, Roles.PARTNER));
    }

    @Bean
    NavBadge inboxBadge(Referrals referrals) {
        return badge(InboxScreens.PATH, referrals::unanswered);
    }

    @Bean
    NavBadge noticesBadge(ReferralNotices notices) {
        return badge(NoticeScreens.PATH, notices::unread);
    }

    @Bean
    CaseFileTab referralsTab() {
        return CaseFileTab.of(65, CaseReferralScreens.TAB, "referral.tab");
    }

    private static NavBadge badge(String path, java.util.function.LongSupplier count) {
        return new NavBadge() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public long count() {
                return count.getAsLong();
            }
        };
    }
}
