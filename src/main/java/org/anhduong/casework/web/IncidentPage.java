package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One incident: its facts, what is derived from them (contexts as badges), its perpetrators with a form to add one,
 * and its acts of domestic violence with a form to record them (open when they are put forward).
 *
 * @param stale    the last change was refused because someone else changed the incident first
 * @param errorKey the last change was refused for another reason, e.g. the case was closed meanwhile
 */
public record IncidentPage(CaseFileHeader header, long incidentId, int version, String title,
                           List<SummaryPage.Fact> facts, List<SummaryPage.Fact> derived, List<String> contexts,
                           List<PerpetratorRow> perpetrators, List<String> actsChosen, boolean actsOffered,
                           IncidentChoices choices, IncidentPerpetratorForm perpetratorForm, FormErrors errors,
                           boolean stale, @Nullable String noticeKey, @Nullable String errorKey) {

    public String base() {
        return CaseFileScreens.PATH + "/" + header.caseId() + "/" + IncidentScreens.TAB + "/" + incidentId;
    }

    public String listHref() {
        return CaseFileScreens.PATH + "/" + header.caseId() + "/" + IncidentScreens.TAB;
    }

    public boolean actChosen(String act) {
        return actsChosen.contains(act);
    }

    /** A perpetrator as shown; {@code index} is its place in the incident's list, which the remove button names. */
    public record PerpetratorRow(int index, String relation, String sex, String ageGroup, String occupation) {
    }
}
