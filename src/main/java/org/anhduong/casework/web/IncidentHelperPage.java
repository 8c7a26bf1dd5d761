package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The new-incident screen: the GBVIMS helper's current question (or its result, or the manual choice), the answers
 * given so far, and the incident's details once the type is known.
 *
 * @param question    the question to answer now; null once the type is known or chosen
 * @param result      the helper's type with its explanation; null while a question is open or when choosing manually
 * @param actsOffered the case is about domestic violence, so its acts are put forward
 * @param communeName the current name of the form's commune code, shown beside it; empty for none or unknown
 */
public record IncidentHelperPage(CaseFileHeader header, IncidentForm form, @Nullable QuestionView question,
                                 List<Answered> answered, @Nullable Result result, IncidentChoices choices,
                                 boolean actsOffered, FormErrors errors, String communeName) {

    public IncidentHelperPage {
        answered = List.copyOf(answered);
    }

    /** Where the form posts; htmx swaps the helper in place, without it the page is rendered again. */
    public String action() {
        return CaseFileScreens.PATH + "/" + header.caseId() + "/" + IncidentScreens.TAB + "/new";
    }

    /** Whether the details and the save button show: the type is known or being chosen. */
    public boolean detailsShown() {
        return question == null;
    }

    /** A question of the helper as asked. */
    public record QuestionView(String field, String text, String help, int number, int total) {
    }

    /** A question answered, and the answer. */
    public record Answered(String question, String answer) {
    }

    /** The type the answers decide and why. */
    public record Result(String type, String explanation) {
    }
}
