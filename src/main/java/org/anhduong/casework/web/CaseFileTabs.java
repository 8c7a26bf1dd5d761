package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case file's sections built so far; incidents, assessments, plan and services, consents and notes come later. */
@Configuration(proxyBeanMethods = false)
class CaseFileTabs {

    static final String SUMMARY = "";
    static final String CLIENT = "client";
    static final String HISTORY = "history";

    @Bean
    CaseFileTab summaryTab() {
        return CaseFileTab.of(10, SUMMARY, "casework.tab.summary");
    }

    @Bean
    CaseFileTab clientTab() {
        return CaseFileTab.of(20, CLIENT, "casework.tab.client");
    }

    @Bean
    CaseFileTab historyTab() {
        return CaseFileTab.of(90, HISTORY, "casework.tab.history");
    }
}
