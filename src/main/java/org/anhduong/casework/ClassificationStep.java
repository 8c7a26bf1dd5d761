package org.anhduong.casework;

import org.anhduong.casework.ClassificationAnswers.Question;
import org.jspecify.annotations.Nullable;

/**
 * Where the GBVIMS helper stands after some answers: the next question to ask, or the type they decide (never both).
 *
 * @param answers the answers that count, those after the first "yes" dropped
 */
public record ClassificationStep(ClassificationAnswers answers, @Nullable Question nextQuestion,
                                 @Nullable GbvimsType type) {

    public boolean decided() {
        return type != null;
    }
}
