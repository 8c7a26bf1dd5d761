package org.anhduong.casework.internal.incident;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.DomesticViolenceAct;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentDetails;
import org.anhduong.casework.Occupation;
import org.anhduong.casework.PerpetratorDetails;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.casework.ReportedTo;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.time.PartialDate;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IncidentChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final ClassificationAnswers NO_NO_YES = ClassificationAnswers.none()
            .with(ClassificationAnswers.Question.PENETRATION, false)
            .with(ClassificationAnswers.Question.UNWANTED_SEXUAL_CONTACT, false)
            .with(ClassificationAnswers.Question.PHYSICAL_ASSAULT, true);

    final IncidentChecks checks = new IncidentChecks("06685"::equals, TODAY);

    @Test
    void theHelpersAnswersDecideTheTypeAndAnswersAfterTheFirstYesAreDropped() {
        var answers = NO_NO_YES.with(ClassificationAnswers.Question.PSYCHOLOGICAL_ABUSE, true);

        ValidIncident valid = checks.check(details("2026-03", answers, null, null));

        assertThat(valid.classification().type()).isEqualTo(GbvimsType.PHYSICAL_ASSAULT);
        assertThat(valid.classification().manual()).isFalse();
        assertThat(valid.classification().answers().psychologicalAbuse()).isNull();
        assertThat(valid.date()).isEqualTo(PartialDate.of(2026, 3));
    }

    @Test
    void unknownsAreFilledInAndListsKeepEachValueOnceInTheLawsOrder() {
        var given = new IncidentDetails(null, null, " 06685 ", null, "  Bị đánh  ", NO_NO_YES, null, null,
                List.of(DomesticViolenceAct.INSULT, DomesticViolenceAct.ILL_TREATMENT, DomesticViolenceAct.INSULT),
                List.of(new PerpetratorDetails(PerpetratorRelation.CURRENT_HUSBAND_OR_WIFE, null, null, null)),
                null, null, null, List.of(ReportedTo.POLICE, ReportedTo.POLICE));

        ValidIncident valid = checks.check(given);

        assertThat(valid.timeOfDay()).isEqualTo(TimeOfDay.UNKNOWN);
        assertThat(valid.abduction()).isEqualTo(AbductionStatus.UNKNOWN);
        assertThat(valid.harmfulTraditionalPractice()).isFalse();
        assertThat(valid.communeCode()).isEqualTo("06685");
        assertThat(valid.description()).isEqualTo("Bị đánh");
        assertThat(valid.acts()).containsExactly(DomesticViolenceAct.ILL_TREATMENT, DomesticViolenceAct.INSULT);
        assertThat(valid.reportedElsewhere()).containsExactly(ReportedTo.POLICE);
        assertThat(valid.perpetrators()).containsExactly(new PerpetratorDetails(
                PerpetratorRelation.CURRENT_HUSBAND_OR_WIFE, Sex.UNKNOWN, AgeGroup.UNKNOWN, Occupation.UNKNOWN));
    }

    @Test
    void aManualTypeNeedsAReasonAndKeepsTheAnswersGiven() {
        var answers = ClassificationAnswers.none().with(ClassificationAnswers.Question.PENETRATION, false);

        assertThat(fields(details(null, answers, GbvimsType.SEXUAL_ASSAULT, null))).containsExactly("manualReason");
        assertThat(fields(details(null, answers, GbvimsType.SEXUAL_ASSAULT, "ok"))).containsExactly("manualReason");

        ValidIncident valid = checks.check(details(null, answers, GbvimsType.SEXUAL_ASSAULT,
                "She stopped before the other questions"));
        assertThat(valid.classification().manual()).isTrue();
        assertThat(valid.classification().type()).isEqualTo(GbvimsType.SEXUAL_ASSAULT);
        assertThat(valid.classification().answers().penetration()).isFalse();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var given = new IncidentDetails("2026-04", null, "99999", null, "x".repeat(4001),
                ClassificationAnswers.none(), null, null, null,
                List.of(new PerpetratorDetails(PerpetratorRelation.STRANGER, null, null, null),
                        new PerpetratorDetails(null, Sex.MALE, null, null)), null, null, null, null);

        assertThat(fields(given)).containsExactlyInAnyOrder("date", "communeCode", "description", "classification",
                "perpetrators[1].relation");
        assertThat(fields(details("31/02/2026", NO_NO_YES, null, null))).containsExactly("date");
        assertThat(fields(details("2026-03-20", NO_NO_YES, null, null))).as("today is not the future").isEmpty();
    }

    private List<String> fields(IncidentDetails given) {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> checks.check(given));
        return refused == null ? List.of() : refused.problems().stream().map(FieldProblem::field).toList();
    }

    static IncidentDetails details(@Nullable String date, ClassificationAnswers answers, @Nullable GbvimsType manual,
                                   @Nullable String reason) {
        return new IncidentDetails(date, TimeOfDay.EVENING, null, null, null, answers, manual, reason, null, null,
                null, null, null, null);
    }
}
