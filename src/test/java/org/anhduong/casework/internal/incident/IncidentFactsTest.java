package org.anhduong.casework.internal.incident;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.Classification;
import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.PerpetratorDetails;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.casework.ReportingDelay;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentFactsTest {

    static final LocalDate OPENED = LocalDate.of(2026, 3, 20);

    @Test
    void aHusbandMakesItIntimatePartnerViolenceAndPutsTheDomesticViolenceActsForward() {
        var derived = IncidentFacts.derive(incident(GbvimsType.PHYSICAL_ASSAULT, PartialDate.of(2026, 3, 18),
                PerpetratorRelation.CURRENT_HUSBAND_OR_WIFE), survivor(PartialDate.of(1994), CaseType.GBV), OPENED);

        assertThat(derived.contexts()).containsExactly(IncidentContext.INTIMATE_PARTNER_VIOLENCE);
        assertThat(derived.domesticViolenceActsOffered()).isTrue();
        assertThat(derived.ageAtIncident()).isEqualTo(31);
        assertThat(derived.childForGbvims()).isFalse();
        assertThat(derived.reportingDelay()).isEqualTo(ReportingDelay.DAYS_0_3);
    }

    @Test
    void rapeOfAGirlBornIn2012IsChildSexualAbuse() {
        var derived = IncidentFacts.derive(incident(GbvimsType.RAPE, PartialDate.of(2026, 3),
                PerpetratorRelation.ACQUAINTANCE_OR_NEIGHBOUR), survivor(PartialDate.of(2012), CaseType.GBV), OPENED);

        assertThat(derived.contexts()).containsExactly(IncidentContext.CHILD_SEXUAL_ABUSE);
        assertThat(derived.ageAtIncident()).isEqualTo(13);
        assertThat(derived.childUnderVietnameseLaw()).isTrue();
        assertThat(derived.domesticViolenceActsOffered()).as("a neighbour is not family").isFalse();
    }

    @Test
    void withoutABirthDateTheEstimatedAgeGroupDecidesAndADomesticViolenceCaseOffersTheActs() {
        var incident = incident(GbvimsType.SEXUAL_ASSAULT, null, PerpetratorRelation.STRANGER);
        var derived = IncidentFacts.derive(incident,
                new IncidentFacts.Survivor(null, AgeGroup.AGE_16_17, CaseType.DOMESTIC_VIOLENCE, OPENED), OPENED);

        assertThat(derived.ageAtIncident()).isNull();
        assertThat(derived.childForGbvims()).isTrue();
        assertThat(derived.childUnderVietnameseLaw()).isFalse();
        assertThat(derived.contexts()).containsExactly(IncidentContext.CHILD_SEXUAL_ABUSE);
        assertThat(derived.domesticViolenceActsOffered()).isTrue();
        assertThat(derived.reportingDelay()).isEqualTo(ReportingDelay.UNKNOWN);
    }

    private static IncidentFacts.Survivor survivor(PartialDate birth, CaseType type) {
        return new IncidentFacts.Survivor(birth, null, type, OPENED);
    }

    private static ValidIncident incident(GbvimsType type, @Nullable PartialDate date, PerpetratorRelation relation) {
        return new ValidIncident(date, TimeOfDay.UNKNOWN, null, null, null,
                new Classification(type, ClassificationAnswers.none(), true, "chosen for the test"), List.of(),
                List.of(new PerpetratorDetails(relation, null, null, null)), null, AbductionStatus.UNKNOWN, false,
                List.of());
    }
}
