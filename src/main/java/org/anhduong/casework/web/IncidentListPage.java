package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The incidents tab: the case's contexts together, and one row per incident. */
public record IncidentListPage(CaseFileHeader header, List<String> caseContexts, List<Row> incidents,
                               @Nullable String noticeKey) {

    public IncidentListPage {
        caseContexts = List.copyOf(caseContexts);
        incidents = List.copyOf(incidents);
    }

    public String newHref() {
        return CaseFileScreens.PATH + "/" + header.caseId() + "/" + IncidentScreens.TAB + "/new";
    }

    /** An incident as listed. */
    public record Row(String href, String date, String type, String place, String perpetrators, List<String> contexts) {
    }
}
