package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

/**
 * The form that edits an incident's facts.
 *
 * @param stale     the last save was refused because someone else changed the incident first; the form shows the
 *                  latest facts
 * @param errorText a refusal that belongs to no field (the case is closed)
 * @param communeName the current name of the form's commune code, shown beside it; empty for none or unknown
 */
public record IncidentEditPage(CaseFileHeader header, long incidentId, String title, IncidentEditForm form,
                               IncidentChoices choices, FormErrors errors, boolean stale, @Nullable String errorText,
                               String communeName) {

    public String incidentHref() {
        return CaseFileScreens.PATH + "/" + header.caseId() + "/" + IncidentScreens.TAB + "/" + incidentId;
    }

    public String action() {
        return incidentHref() + "/edit";
    }
}
