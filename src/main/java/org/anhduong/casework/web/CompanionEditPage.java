package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The form that corrects a companion.
 *
 * @param stale     the last save was refused because someone else changed her first; the form shows the latest
 * @param errorText a refusal that belongs to no field (the case is closed)
 */
public record CompanionEditPage(CaseFileHeader header, long companionId, CompanionForm form, List<Choice> relations,
                                List<Choice> sexes, FormErrors errors, boolean stale, @Nullable String errorText) {

    public String action() {
        return back() + "/companions/" + companionId + "/edit";
    }

    public String back() {
        return CaseFileScreens.PATH + "/" + header.caseId() + "/" + CaseFileTabs.CLIENT;
    }
}
