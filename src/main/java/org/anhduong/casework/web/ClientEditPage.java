package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

/**
 * The form that edits the client's details on the "client and companions" tab.
 *
 * @param named     whether a full name is stored: the name inputs then say that empty keeps it
 * @param stale     the last save was refused because someone else changed the client first; the form shows the
 *                  latest details
 * @param errorText a refusal that belongs to no field (the case is closed)
 * @param communeName the current name of the form's commune code, shown beside it; empty for none or unknown
 */
public record ClientEditPage(CaseFileHeader header, String survivorCode, boolean named, ClientForm form,
                             NewCaseChoices choices, FormErrors errors, boolean stale, @Nullable String errorText,
                             String communeName) {

    public String action() {
        return CaseFileScreens.PATH + "/" + header.caseId() + "/" + CaseFileTabs.CLIENT + "/edit";
    }

    public String back() {
        return CaseFileScreens.PATH + "/" + header.caseId() + "/" + CaseFileTabs.CLIENT;
    }
}
