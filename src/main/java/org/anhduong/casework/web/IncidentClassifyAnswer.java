package org.anhduong.casework.web;

import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.ClassificationAnswers.Question;
import org.anhduong.casework.GbvimsType;
import org.jspecify.annotations.Nullable;

/**
 * The classification helper's answer over the API: the next question with its wording and help in the caller's
 * language, or the type the answers decide.
 *
 * @param answers the answers that count (those after the first "yes" are dropped)
 */
public record IncidentClassifyAnswer(ClassificationAnswers answers, @Nullable NextQuestion next,
                                     @Nullable GbvimsType type, @Nullable String typeLabel) {

    /** A question to ask, as the screens word it. */
    public record NextQuestion(Question question, String text, String help) {
    }
}
