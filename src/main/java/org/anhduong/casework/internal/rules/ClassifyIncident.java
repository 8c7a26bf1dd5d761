package org.anhduong.casework.internal.rules;

import org.anhduong.casework.Classification;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.ClassificationAnswers.Question;
import org.anhduong.casework.GbvimsType;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * The GBVIMS decision order as a step-by-step helper: the questions are asked one at a time, and the first "yes"
 * decides the type, so nothing after it is asked. Six "no" answers mean the incident is not GBV.
 */
public final class ClassifyIncident {

    private ClassifyIncident() {
    }

    /** The next question to ask, or empty when the answers decide the type. */
    public static Optional<Question> nextQuestion(ClassificationAnswers answers) {
        for (Question question : Question.values()) {
            Boolean answer = answers.answer(question);
            if (answer == null) {
                return Optional.of(question);
            }
            if (answer) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The type the answers decide, or empty while a question before the first "yes" is still open. */
    public static Optional<GbvimsType> decided(ClassificationAnswers answers) {
        for (Question question : Question.values()) {
            Boolean answer = answers.answer(question);
            if (answer == null) {
                return Optional.empty();
            }
            if (answer) {
                return Optional.of(question.typeIfYes());
            }
        }
        return Optional.of(GbvimsType.NON_GBV);
    }

    /**
     * The type the answers decide.
     *
     * @throws InvalidInputException ({@code classification}) while a question before the first "yes" is open
     */
    public static GbvimsType classify(ClassificationAnswers answers) {
        return decided(answers).orElseThrow(ClassifyIncident::undecided);
    }

    /**
     * The helper's classification. Answers given after the first "yes" were never part of the decision, so they are
     * dropped: the stored answers show exactly the path that was followed.
     */
    public static Classification helped(ClassificationAnswers answers) {
        GbvimsType type = classify(answers);
        ClassificationAnswers asked = answers;
        boolean afterYes = false;
        for (Question question : Question.values()) {
            if (afterYes) {
                asked = asked.with(question, null);
            }
            afterYes = afterYes || Boolean.TRUE.equals(answers.answer(question));
        }
        return new Classification(type, asked, false, null);
    }

    /**
     * A type chosen by the worker over the helper, kept with whatever answers were given and the reason.
     *
     * @throws InvalidInputException ({@code manualReason}) when the reason is missing, too short or too long
     */
    public static Classification manual(GbvimsType type, ClassificationAnswers answers, @Nullable String reason) {
        if (!Classification.isAcceptableReason(reason)) {
            throw new InvalidInputException("manualReason", "casework.classify.manualReason.length",
                    Classification.MIN_REASON, Classification.MAX_REASON);
        }
        return new Classification(type, answers, true, reason);
    }

    private static InvalidInputException undecided() {
        return new InvalidInputException("classification", "casework.classify.undecided");
    }
}
