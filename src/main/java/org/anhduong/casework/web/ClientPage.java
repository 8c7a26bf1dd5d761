package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.anhduong.casework.Client;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The "client and companions" tab: the client's details without her name (a button reveals it, audited), the
 * companions, and a form to add one.
 *
 * @param revealed  the names, when the user just asked for them (without htmx, the page is rendered again with them)
 * @param errorText why a change of a companion was refused (she changed meanwhile, or the case is closed)
 */
public record ClientPage(CaseFileHeader header, Client client, List<SummaryPage.Fact> facts,
                         List<CompanionView> companions, @Nullable RevealedName revealed, CompanionForm form,
                         List<Choice> relations, List<Choice> sexes, FormErrors errors, @Nullable String noticeKey,
                         @Nullable String errorText) {

    /** A companion as shown, with what her correct and remove buttons send back. */
    public record CompanionView(long id, int version, String relation, String sex, String born, String name) {
    }
}
