package org.anhduong.casework.web;

import org.anhduong.casework.Client;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The "client and companions" tab: the client's details without her name (a button reveals it, audited), the
 * companions, and a form to add one.
 *
 * @param revealed the names, when the user just asked for them (without htmx, the page is rendered again with them)
 */
public record ClientPage(CaseFileHeader header, Client client, List<SummaryPage.Fact> facts,
                         List<CompanionView> companions, @Nullable RevealedName revealed, CompanionForm form,
                         List<Choice> relations, List<Choice> sexes, FormErrors errors, @Nullable String noticeKey) {

    /** A companion as shown. */
    public record CompanionView(String relation, String sex, String born, String name) {
    }
}
