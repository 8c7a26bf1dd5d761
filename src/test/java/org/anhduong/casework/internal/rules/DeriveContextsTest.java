package org.anhduong.casework.internal.rules;

import org.anhduong.casework.ClassificationAnswers;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static org.anhduong.casework.IncidentContext.CHILD_SEXUAL_ABUSE;
import static org.anhduong.casework.IncidentContext.EARLY_MARRIAGE;
import static org.anhduong.casework.IncidentContext.HARMFUL_TRADITIONAL_PRACTICE;
import static org.anhduong.casework.IncidentContext.INTIMATE_PARTNER_VIOLENCE;
import static org.anhduong.casework.IncidentContext.POSSIBLE_SEXUAL_EXPLOITATION;
import static org.anhduong.casework.IncidentContext.POSSIBLE_SEXUAL_SLAVERY;
import static org.anhduong.casework.PerpetratorRelation.CURRENT_HUSBAND_OR_WIFE;
import static org.anhduong.casework.PerpetratorRelation.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

/** Contexts follow from the facts; doubt about age counts in the child's favour. */
class DeriveContextsTest {

    static final PartialDate ADULT_BIRTH = PartialDate.of(1990, 4, 2);
    static final PartialDate INCIDENT = PartialDate.of(2026, 3, 1);

    static Set<IncidentContext> contexts(GbvimsType type, @Nullable PartialDate birth, Set<PerpetratorRelation> who) {
        return DeriveContexts.of(type, birth, INCIDENT, who, null, null, null);
    }

    @Test
    void husbandIsIntimatePartner_contextIpv() {
        // Issue 4's acceptance path: no penetration, no unwanted sexual contact, physical assault; the husband did it.
        var answers = ClassificationAnswers.none()
                .with(ClassificationAnswers.Question.PENETRATION, false)
                .with(ClassificationAnswers.Question.UNWANTED_SEXUAL_CONTACT, false)
                .with(ClassificationAnswers.Question.PHYSICAL_ASSAULT, true);
        GbvimsType type = ClassifyIncident.classify(answers);

        assertThat(type).isEqualTo(GbvimsType.PHYSICAL_ASSAULT);
        assertThat(contexts(type, ADULT_BIRTH, Set.of(CURRENT_HUSBAND_OR_WIFE)))
                .containsExactly(INTIMATE_PARTNER_VIOLENCE);
    }

    @ParameterizedTest
    @EnumSource(value = PerpetratorRelation.class, names = {"CURRENT_HUSBAND_OR_WIFE", "FORMER_SPOUSE",
            "COHABITING_PARTNER", "BOYFRIEND_OR_GIRLFRIEND", "FORMER_PARTNER"})
    void everyPartnerCurrentOrFormerIsIntimate(PerpetratorRelation partner) {
        assertThat(partner.isIntimatePartner()).isTrue();
        assertThat(contexts(GbvimsType.PSYCHOLOGICAL_ABUSE, ADULT_BIRTH, Set.of(partner)))
                .contains(INTIMATE_PARTNER_VIOLENCE);
    }

    @ParameterizedTest
    @EnumSource(value = PerpetratorRelation.class, names = {"CURRENT_HUSBAND_OR_WIFE", "FORMER_SPOUSE",
            "COHABITING_PARTNER", "BOYFRIEND_OR_GIRLFRIEND", "FORMER_PARTNER"}, mode = EnumSource.Mode.EXCLUDE)
    void noOneElseIsAnIntimatePartner(PerpetratorRelation other) {
        assertThat(other.isIntimatePartner()).isFalse();
        assertThat(contexts(GbvimsType.PHYSICAL_ASSAULT, ADULT_BIRTH, Set.of(other))).isEmpty();
    }

    @Test
    void anyOfSeveralPerpetratorsBeingAPartnerMakesItIpv() {
        assertThat(contexts(GbvimsType.PHYSICAL_ASSAULT, ADULT_BIRTH,
                Set.of(STRANGER, PerpetratorRelation.FORMER_SPOUSE))).containsExactly(INTIMATE_PARTNER_VIOLENCE);
    }

    @Test
    void divorcedAndCohabitingPartnersAreFamilyUnderTheDomesticViolenceLaw() {
        assertThat(PerpetratorRelation.FORMER_SPOUSE.isFamilyMember()).isTrue();
        assertThat(PerpetratorRelation.COHABITING_PARTNER.isFamilyMember()).isTrue();
        assertThat(PerpetratorRelation.PARENT_IN_LAW.isFamilyMember()).isTrue();
        assertThat(PerpetratorRelation.BOYFRIEND_OR_GIRLFRIEND.isFamilyMember()).isFalse();
        assertThat(PerpetratorRelation.ACQUAINTANCE_OR_NEIGHBOUR.isFamilyMember()).isFalse();
    }

    @Test
    void rapeOfAGirlOf15IsChildSexualAbuse() {
        assertThat(contexts(GbvimsType.RAPE, PartialDate.of(2010, 6, 1), Set.of(STRANGER)))
                .containsExactly(CHILD_SEXUAL_ABUSE);
    }

    @Test
    void sexualAssaultOfA17YearOldIsChildSexualAbuseForGbvims() {
        assertThat(contexts(GbvimsType.SEXUAL_ASSAULT, PartialDate.of(2008, 6, 1), Set.of(STRANGER)))
                .containsExactly(CHILD_SEXUAL_ABUSE);
    }

    @Test
    void rapeOfAnAdultIsNotChildSexualAbuse() {
        assertThat(contexts(GbvimsType.RAPE, PartialDate.of(2008, 2, 28), Set.of(STRANGER))).isEmpty();
    }

    @Test
    void physicalAssaultOfAChildIsNotChildSexualAbuse() {
        assertThat(contexts(GbvimsType.PHYSICAL_ASSAULT, PartialDate.of(2015), Set.of(STRANGER))).isEmpty();
    }

    @Test
    void forcedMarriageUnder18IsEarlyMarriage() {
        assertThat(contexts(GbvimsType.FORCED_MARRIAGE, PartialDate.of(2009, 1, 1), Set.of())).containsExactly(EARLY_MARRIAGE);
        assertThat(contexts(GbvimsType.FORCED_MARRIAGE, ADULT_BIRTH, Set.of())).isEmpty();
    }

    @Test
    void moneyOrGoodsWithSexualViolenceIsPossibleExploitation() {
        assertThat(DeriveContexts.of(GbvimsType.SEXUAL_ASSAULT, ADULT_BIRTH, INCIDENT, Set.of(STRANGER), true, false,
                false)).containsExactly(POSSIBLE_SEXUAL_EXPLOITATION);
        assertThat(DeriveContexts.of(GbvimsType.PHYSICAL_ASSAULT, ADULT_BIRTH, INCIDENT, Set.of(STRANGER), true, null,
                null)).isEmpty();
    }

    @Test
    void abductionWithRapeIsPossibleSlavery() {
        assertThat(DeriveContexts.of(GbvimsType.RAPE, ADULT_BIRTH, INCIDENT, Set.of(STRANGER), null, true, null))
                .containsExactly(POSSIBLE_SEXUAL_SLAVERY);
        assertThat(DeriveContexts.of(GbvimsType.DENIAL_OF_RESOURCES, ADULT_BIRTH, INCIDENT, Set.of(STRANGER), null,
                true, null)).isEmpty();
    }

    @Test
    void aMarkedHarmfulTraditionalPracticeShowsWhateverTheType() {
        assertThat(DeriveContexts.of(GbvimsType.NON_GBV, null, null, Set.of(), null, null, true))
                .containsExactly(HARMFUL_TRADITIONAL_PRACTICE);
    }

    @Test
    void contextsCombine() {
        assertThat(DeriveContexts.of(GbvimsType.RAPE, PartialDate.of(2011), INCIDENT,
                Set.of(PerpetratorRelation.COHABITING_PARTNER), true, true, false))
                .containsExactlyInAnyOrder(INTIMATE_PARTNER_VIOLENCE, CHILD_SEXUAL_ABUSE,
                        POSSIBLE_SEXUAL_EXPLOITATION, POSSIBLE_SEXUAL_SLAVERY);
    }

    @Test
    void birthYearOnlyCountsTheLatestBirthday_childGetsTheBenefitOfTheDoubt() {
        // Born some day in 2008, incident on 01/03/2026: she may have been 17 (born after 1 March 2008).
        assertThat(DeriveContexts.ageAtIncident(PartialDate.of(2008), INCIDENT)).hasValue(17);
        assertThat(contexts(GbvimsType.RAPE, PartialDate.of(2008), Set.of())).containsExactly(CHILD_SEXUAL_ABUSE);
    }

    @Test
    void incidentMonthOnlyCountsItsFirstDay() {
        // Born 15/03/2008; the incident some day in 03/2026: on 1 March she was still 17.
        assertThat(DeriveContexts.ageAtIncident(PartialDate.of(2008, 3, 15), PartialDate.of(2026, 3))).hasValue(17);
        assertThat(DeriveContexts.ageAtIncident(PartialDate.of(2008, 3, 15), PartialDate.of(2026, 3, 20)))
                .hasValue(18);
    }

    @Test
    void eighteenOnTheDayOfTheIncidentIsAnAdult() {
        assertThat(DeriveContexts.isChildForGbvims(PartialDate.of(2008, 3, 1), INCIDENT, null)).isFalse();
        assertThat(DeriveContexts.isChildForGbvims(PartialDate.of(2008, 3, 2), INCIDENT, null)).isTrue();
    }

    @Test
    void sixteenAndSeventeenAreChildrenForGbvimsButNotUnderVietnameseLaw() {
        PartialDate sixteen = PartialDate.of(2010, 1, 1);

        assertThat(DeriveContexts.isChildForGbvims(sixteen, INCIDENT, null)).isTrue();
        assertThat(DeriveContexts.isChildUnderVietnameseLaw(sixteen, INCIDENT, null)).isFalse();
        assertThat(DeriveContexts.isChildUnderVietnameseLaw(PartialDate.of(2010, 3, 2), INCIDENT, null)).isTrue();
    }

    @Test
    void unknownBirthIsNotAChild() {
        assertThat(DeriveContexts.ageAtIncident(null, INCIDENT)).isEmpty();
        assertThat(contexts(GbvimsType.RAPE, null, Set.of())).isEmpty();
        assertThat(DeriveContexts.isChildUnderVietnameseLaw(null, INCIDENT, null)).isFalse();
    }

    @Test
    void unknownIncidentDateLeavesTheAgeUnknown() {
        assertThat(DeriveContexts.ageAtIncident(PartialDate.of(2012), null)).isEmpty();
        assertThat(DeriveContexts.isChildForGbvims(PartialDate.of(2012), null, null)).isFalse();
    }

    @Test
    void anAgeGroupUnder18MakesAChildWhenTheAgeIsUnknown() {
        assertThat(DeriveContexts.of(GbvimsType.RAPE, null, INCIDENT, AgeGroup.AGE_16_17, Set.of(), null, null, null))
                .containsExactly(CHILD_SEXUAL_ABUSE);
        assertThat(DeriveContexts.isChildUnderVietnameseLaw(null, null, AgeGroup.AGE_16_17)).isFalse();
        assertThat(DeriveContexts.isChildUnderVietnameseLaw(null, null, AgeGroup.AGE_12_15)).isTrue();
        assertThat(DeriveContexts.isChildForGbvims(null, null, AgeGroup.AGE_18_24)).isFalse();
        assertThat(DeriveContexts.isChildForGbvims(null, null, AgeGroup.UNKNOWN)).isFalse();
    }

    @Test
    void aKnownAgeOutweighsTheAgeGroupEstimate() {
        assertThat(DeriveContexts.isChildForGbvims(ADULT_BIRTH, INCIDENT, AgeGroup.AGE_12_15)).isFalse();
        assertThat(DeriveContexts.isChildForGbvims(PartialDate.of(2014), INCIDENT, AgeGroup.AGE_25_59)).isTrue();
    }
}
