package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileTab;
import org.anhduong.casework.CaseAlerts;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.NavBadge;
import org.anhduong.platform.web.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Case work in the navigation and the case file: follow-ups due, high-risk cases, alerts; three tabs. */
@Configuration(proxyBeanMethods = false)
class WorkNavigation {

    @Bean
    NavEntry dueFollowUpsNav() {
        return new NavEntry(24, WorkListScreens.DUE, "nav.casework.due", Set.of(Roles.CASE_WORKER, Roles.SUPERVISOR));
    }

    @Bean
    NavEntry highRiskNav() {
        return new NavEntry(25, WorkListScreens.HIGH_RISK, "nav.casework.highRisk",
                Set.of(Roles.CASE_WORKER, Roles.SUPERVISOR));
    }

    @Bean
    NavEntry alertsNav() {
        return new NavEntry(26, WorkListScreens.ALERTS, "nav.casework.alerts", Set.of(Roles.SUPERVISOR));
    }

    /** The number of alerts waiting beside "Alerts". */
    @Bean
    NavBadge alertsBadge(CaseAlerts alerts) {
        return new NavBadge() {
            @Override
            public String path() {
                return WorkListScreens.ALERTS;
            }

            @Override
            public long count() {
                return alerts.unacknowledged();
            }
        };
    }

    @Bean
    CaseFileTab assessmentsTab() {
        return CaseFileTab.of(40, AssessmentScreens.TAB, "casework.tab.assessments");
    }

    @Bean
    CaseFileTab planTab() {
        return CaseFileTab.of(50, PlanScreens.TAB, "casework.tab.plan");
    }

    @Bean
    CaseFileTab notesTab() {
        return CaseFileTab.of(70, NoteScreens.TAB, "casework.tab.notes");
    }
}
