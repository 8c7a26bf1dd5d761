package org.anhduong.casework.internal.rules;

import org.anhduong.casework.Classification;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.ClassificationAnswers.Question;
import org.anhduong.casework.GbvimsType;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.anhduong.casework.ClassificationAnswers.Question.DENIAL_OF_RESOURCES;
import static org.anhduong.casework.ClassificationAnswers.Question.FORCED_MARRIAGE;
import static org.anhduong.casework.ClassificationAnswers.Question.PENETRATION;
import static org.anhduong.casework.ClassificationAnswers.Question.PHYSICAL_ASSAULT;
import static org.anhduong.casework.ClassificationAnswers.Question.PSYCHOLOGICAL_ABUSE;
import static org.anhduong.casework.ClassificationAnswers.Question.UNWANTED_SEXUAL_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GBVIMS decision order: the first "yes" decides, six "no" mean not GBV. */
class ClassifyIncidentTest {

    /** "No" to every question before {@code question}, "yes" to it. */
    static ClassificationAnswers yesAt(Question question) {
        ClassificationAnswers answers = ClassificationAnswers.none();
        for (Question earlier : Question.values()) {
            if (earlier == question) {
                return answers.with(earlier, true);
            }
            answers = answers.with(earlier, false);
        }
        throw new AssertionError();
    }

    static ClassificationAnswers allNo() {
        ClassificationAnswers answers = ClassificationAnswers.none();
        for (Question question : Question.values()) {
            answers = answers.with(question, false);
        }
        return answers;
    }

    @Test
    void firstYesWins_physicalAssaultAfterTwoNos() {
        var answers = ClassificationAnswers.none().with(PENETRATION, false).with(UNWANTED_SEXUAL_CONTACT, false)
                .with(PHYSICAL_ASSAULT, true);

        assertThat(ClassifyIncident.nextQuestion(answers)).isEmpty();
        assertThat(ClassifyIncident.classify(answers)).isEqualTo(GbvimsType.PHYSICAL_ASSAULT);
    }

    @ParameterizedTest
    @EnumSource(Question.class)
    void eachQuestionLeadsToItsType(Question question) {
        assertThat(ClassifyIncident.classify(yesAt(question))).isEqualTo(question.typeIfYes());
    }

    @Test
    void penetrationYesIsRapeWhateverFollows() {
        var answers = ClassificationAnswers.none().with(PENETRATION, true).with(PHYSICAL_ASSAULT, true);

        assertThat(ClassifyIncident.classify(answers)).isEqualTo(GbvimsType.RAPE);
    }

    @Test
    void allSixNoIsNonGbv() {
        assertThat(ClassifyIncident.classify(allNo())).isEqualTo(GbvimsType.NON_GBV);
        assertThat(ClassifyIncident.nextQuestion(allNo())).isEmpty();
    }

    @Test
    void theFirstQuestionComesFirst() {
        assertThat(ClassifyIncident.nextQuestion(ClassificationAnswers.none())).contains(PENETRATION);
    }

    @Test
    void theNextQuestionFollowsTheLastNo() {
        var answers = ClassificationAnswers.none().with(PENETRATION, false).with(UNWANTED_SEXUAL_CONTACT, false)
                .with(PHYSICAL_ASSAULT, false);

        assertThat(ClassifyIncident.nextQuestion(answers)).contains(FORCED_MARRIAGE);
    }

    @Test
    void aSkippedEarlierQuestionIsAskedBeforeALaterYesCounts() {
        var answers = ClassificationAnswers.none().with(PENETRATION, false).with(PHYSICAL_ASSAULT, true);

        assertThat(ClassifyIncident.nextQuestion(answers)).contains(UNWANTED_SEXUAL_CONTACT);
        assertThat(ClassifyIncident.decided(answers)).isEmpty();
    }

    @Test
    void undecidedAnswersCannotBeClassified() {
        var fiveNos = allNo().with(PSYCHOLOGICAL_ABUSE, null);

        assertThat(ClassifyIncident.nextQuestion(fiveNos)).contains(PSYCHOLOGICAL_ABUSE);
        assertThatThrownBy(() -> ClassifyIncident.classify(fiveNos))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("classification",
                                "casework.classify.undecided")));
    }

    @Test
    void theHelperKeepsOnlyTheAnswersOnThePathItFollowed() {
        var answers = yesAt(PHYSICAL_ASSAULT).with(DENIAL_OF_RESOURCES, true).with(PSYCHOLOGICAL_ABUSE, false);

        Classification helped = ClassifyIncident.helped(answers);

        assertThat(helped.type()).isEqualTo(GbvimsType.PHYSICAL_ASSAULT);
        assertThat(helped.manual()).isFalse();
        assertThat(helped.manualReason()).isNull();
        assertThat(helped.answers()).isEqualTo(yesAt(PHYSICAL_ASSAULT));
    }

    @Test
    void aManualChoiceKeepsItsReasonAndTheAnswers() {
        var partial = ClassificationAnswers.none().with(PENETRATION, false);

        Classification manual = ClassifyIncident.manual(GbvimsType.FORCED_MARRIAGE, partial,
                "  Cô dâu 15 tuổi, gia đình ép cưới theo tục lệ  ");

        assertThat(manual.manual()).isTrue();
        assertThat(manual.type()).isEqualTo(GbvimsType.FORCED_MARRIAGE);
        assertThat(manual.answers()).isEqualTo(partial);
        assertThat(manual.manualReason()).isEqualTo("Cô dâu 15 tuổi, gia đình ép cưới theo tục lệ");
    }

    @Test
    void aManualChoiceNeedsAReasonOfFiveCharactersAtLeast() {
        assertThatThrownBy(() -> ClassifyIncident.manual(GbvimsType.RAPE, ClassificationAnswers.none(), " abcd "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("manualReason"));
        assertThatThrownBy(() -> ClassifyIncident.manual(GbvimsType.RAPE, ClassificationAnswers.none(), null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aManualReasonMayBeFiveHundredCharactersButNoMore() {
        String fiveHundred = "ă".repeat(500);

        assertThat(ClassifyIncident.manual(GbvimsType.RAPE, ClassificationAnswers.none(), fiveHundred).manualReason())
                .hasSize(500);
        assertThatThrownBy(() -> ClassifyIncident.manual(GbvimsType.RAPE, ClassificationAnswers.none(),
                fiveHundred + "a")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAManualClassificationCarriesAReason() {
        assertThatThrownBy(() -> new Classification(GbvimsType.RAPE, ClassificationAnswers.none(), false, "reason"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(GbvimsType.RAPE, ClassificationAnswers.none(), true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersCanBeClearedAgain() {
        var answers = ClassificationAnswers.none().with(PENETRATION, true).with(PENETRATION, null);

        assertThat(answers).isEqualTo(ClassificationAnswers.none());
    }
}
