package org.anhduong.reporting.web;

import java.util.List;
import java.util.Locale;

import org.anhduong.reporting.Summary;
import org.springframework.stereotype.Component;

/** The report's paragraphs in the department's style (the narrative writer is wired in when it lands). */
@Component
class ReportNarratives {

    List<String> paragraphs(Summary summary, Locale locale) {
        return List.of();
    }
}
