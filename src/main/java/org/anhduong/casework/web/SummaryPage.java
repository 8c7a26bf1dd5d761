package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.anhduong.casework.CaseRecord;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The case file's summary: facts, team, and the form that moves the case on.
 *
 * @param canAssign  the user supervises the case's organisation and may change its worker
 * @param stale      the last change was refused because someone changed the case meanwhile; the form shows the
 *                   current values
 * @param noticeKey  what the previous request did, or null
 * @param openedNumber the case number just opened, to confirm it
 */
public record SummaryPage(CaseFileHeader header, CaseRecord caseRecord, List<Fact> facts, TeamForm form,
                          List<Choice> statuses, List<Choice> priorities, List<Choice> risks, List<Choice> workers,
                          boolean canAssign, boolean stale, FormErrors errors, @Nullable String noticeKey,
                          @Nullable String openedNumber) {

    /** One labelled fact of the case. */
    public record Fact(String label, String value) {
    }
}
