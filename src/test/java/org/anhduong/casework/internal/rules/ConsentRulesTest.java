package org.anhduong.casework.internal.rules;

import org.anhduong.casework.ConsentDecision;
import org.anhduong.casework.ConsentDecision.Reason;
import org.anhduong.casework.ConsentPurpose;
import org.anhduong.casework.internal.rules.ConsentFact.GivenBy;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.anhduong.casework.ConsentPurpose.REFERRAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consent is explicit, specific and withdrawable; a child's guardian consents and the child agrees from 7. */
class ConsentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final PartialDate ADULT = PartialDate.of(1990, 5, 5);
    static final long SHELTER = 41L;
    static final long LEGAL_AID = 42L;

    static ConsentFact byClient(long id, @Nullable Long recipient, LocalDate givenOn) {
        return new ConsentFact(id, REFERRAL, recipient, GivenBy.CLIENT, null, givenOn, null, null);
    }

    static ConsentFact byGuardian(long id, @Nullable Boolean childAgreed, LocalDate givenOn) {
        return new ConsentFact(id, REFERRAL, SHELTER, GivenBy.GUARDIAN, childAgreed, givenOn, null, null);
    }

    static ConsentFact withdrawn(ConsentFact fact, LocalDate on) {
        return new ConsentFact(fact.id(), fact.purpose(), fact.recipientOrganisationId(), fact.givenBy(),
                fact.childAgreed(), fact.givenOn(), on, fact.validUntil());
    }

    static ConsentDecision decide(List<ConsentFact> facts, @Nullable Long recipient, @Nullable PartialDate birth) {
        return ConsentRules.decide(facts, REFERRAL, recipient, birth, TODAY);
    }

    @Test
    void noConsentRecordedRefuses() {
        assertThat(decide(List.of(), SHELTER, ADULT)).isEqualTo(ConsentDecision.refused(Reason.NONE, null));
    }

    @Test
    void anAdultsOwnConsentAllowsAndNamesTheConsent() {
        ConsentDecision decision = decide(List.of(byClient(7, SHELTER, TODAY.minusDays(3))), SHELTER, ADULT);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision).isEqualTo(ConsentDecision.given(7));
    }

    @Test
    void aConsentToAnotherPurposeDoesNotCount() {
        var statistics = new ConsentFact(1, ConsentPurpose.STATISTICS, null, GivenBy.CLIENT, null, TODAY, null, null);

        assertThat(decide(List.of(statistics), SHELTER, ADULT).reason()).isEqualTo(Reason.NONE);
    }

    @Test
    void aConsentGivenInTheFutureDoesNotCountYet() {
        assertThat(decide(List.of(byClient(1, SHELTER, TODAY.plusDays(1))), SHELTER, ADULT).reason())
                .isEqualTo(Reason.NONE);
    }

    @Test
    void withdrawalEndsConsentFromThatDay() {
        var consent = byClient(3, SHELTER, TODAY.minusMonths(2));

        assertThat(decide(List.of(withdrawn(consent, TODAY)), SHELTER, ADULT))
                .isEqualTo(ConsentDecision.refused(Reason.WITHDRAWN, 3L));
        assertThat(decide(List.of(withdrawn(consent, TODAY.plusDays(1))), SHELTER, ADULT).allowed()).isTrue();
    }

    @Test
    void aConsentCountsUpToItsLastValidDay() {
        var untilToday = new ConsentFact(4, REFERRAL, SHELTER, GivenBy.CLIENT, null, TODAY.minusYears(1), null, TODAY);
        var untilYesterday = new ConsentFact(5, REFERRAL, SHELTER, GivenBy.CLIENT, null, TODAY.minusYears(1), null,
                TODAY.minusDays(1));

        assertThat(decide(List.of(untilToday), SHELTER, ADULT).allowed()).isTrue();
        assertThat(decide(List.of(untilYesterday), SHELTER, ADULT))
                .isEqualTo(ConsentDecision.refused(Reason.EXPIRED, 5L));
    }

    @Test
    void theLatestConsentWins_aLaterWithdrawalIsNotUndoneByAnOlderConsent() {
        var older = byClient(1, SHELTER, TODAY.minusMonths(6));
        var newer = withdrawn(byClient(2, SHELTER, TODAY.minusMonths(1)), TODAY.minusDays(5));

        assertThat(decide(List.of(newer, older), SHELTER, ADULT).reason()).isEqualTo(Reason.WITHDRAWN);
    }

    @Test
    void theLatestConsentWins_aNewConsentAfterAWithdrawalAllows() {
        var older = withdrawn(byClient(1, SHELTER, TODAY.minusMonths(6)), TODAY.minusMonths(5));
        var newer = byClient(2, SHELTER, TODAY.minusMonths(1));

        assertThat(decide(List.of(older, newer), SHELTER, ADULT)).isEqualTo(ConsentDecision.given(2));
    }

    @Test
    void twoConsentsOnOneDay_theLaterRecordWins() {
        var first = byClient(10, SHELTER, TODAY);
        var second = withdrawn(byClient(11, SHELTER, TODAY), TODAY);

        assertThat(decide(List.of(second, first), SHELTER, ADULT).reason()).isEqualTo(Reason.WITHDRAWN);
    }

    @Test
    void aConsentForAnyRecipientCoversEachOrganisation() {
        assertThat(decide(List.of(byClient(1, null, TODAY)), LEGAL_AID, ADULT)).isEqualTo(ConsentDecision.given(1));
    }

    @Test
    void aConsentNamingOneOrganisationDoesNotCoverAnother() {
        assertThat(decide(List.of(byClient(1, SHELTER, TODAY)), LEGAL_AID, ADULT).reason()).isEqualTo(Reason.NONE);
    }

    @Test
    void aSpecificRecipientBeatsAnyRecipient_evenALaterGeneralConsent() {
        var refusedForShelter = withdrawn(byClient(1, SHELTER, TODAY.minusMonths(3)), TODAY.minusMonths(2));
        var generalLater = byClient(2, null, TODAY.minusMonths(1));

        assertThat(decide(List.of(refusedForShelter, generalLater), SHELTER, ADULT).reason())
                .isEqualTo(Reason.WITHDRAWN);
        assertThat(decide(List.of(refusedForShelter, generalLater), LEGAL_AID, ADULT))
                .isEqualTo(ConsentDecision.given(2));
    }

    @Test
    void askingWithoutARecipientConsidersOnlyGeneralConsents() {
        assertThat(decide(List.of(byClient(1, SHELTER, TODAY)), null, ADULT).reason()).isEqualTo(Reason.NONE);
        assertThat(decide(List.of(byClient(2, null, TODAY)), null, ADULT).allowed()).isTrue();
    }

    @Test
    void childOf12NeedsGuardianAndOwnAgreement() {
        PartialDate twelve = PartialDate.of(2014, 1, 10);

        assertThat(decide(List.of(byClient(1, SHELTER, TODAY)), SHELTER, twelve))
                .isEqualTo(ConsentDecision.refused(Reason.GUARDIAN_REQUIRED, 1L));
        assertThat(decide(List.of(byGuardian(2, null, TODAY)), SHELTER, twelve).reason())
                .isEqualTo(Reason.CHILD_AGREEMENT_MISSING);
        assertThat(decide(List.of(byGuardian(3, false, TODAY)), SHELTER, twelve).reason())
                .isEqualTo(Reason.CHILD_AGREEMENT_MISSING);
        assertThat(decide(List.of(byGuardian(4, true, TODAY)), SHELTER, twelve)).isEqualTo(ConsentDecision.given(4));
    }

    @Test
    void childUnder7NeedsOnlyTheGuardian() {
        PartialDate five = PartialDate.of(2021, 2, 2);

        assertThat(decide(List.of(byGuardian(1, null, TODAY)), SHELTER, five).allowed()).isTrue();
        assertThat(decide(List.of(byClient(2, SHELTER, TODAY)), SHELTER, five).reason())
                .isEqualTo(Reason.GUARDIAN_REQUIRED);
    }

    @Test
    void onTheSeventhBirthdayTheChildsAgreementIsNeeded() {
        assertThat(decide(List.of(byGuardian(1, null, TODAY)), SHELTER, PartialDate.of(2019, 6, 1)).reason())
                .isEqualTo(Reason.CHILD_AGREEMENT_MISSING);
        assertThat(decide(List.of(byGuardian(1, null, TODAY)), SHELTER, PartialDate.of(2019, 6, 2)).allowed())
                .isTrue();
    }

    @Test
    void from16TheClientConsentsHerself() {
        PartialDate sixteen = PartialDate.of(2010, 5, 31);

        assertThat(decide(List.of(byClient(1, SHELTER, TODAY)), SHELTER, sixteen).allowed()).isTrue();
    }

    @Test
    void from16AGuardianConsentCountsOnlyWithHerAgreement() {
        PartialDate seventeen = PartialDate.of(2009, 1, 1);

        assertThat(decide(List.of(byGuardian(1, null, TODAY)), SHELTER, seventeen).reason())
                .isEqualTo(Reason.CHILD_AGREEMENT_MISSING);
        assertThat(decide(List.of(byGuardian(2, true, TODAY)), SHELTER, seventeen).allowed()).isTrue();
    }

    @Test
    void aBirthYearOnlyCountsTheYoungestAge_guardianRequired() {
        // Born in 2010: on 01/06/2026 she may still be 15 (born after 1 June 2010).
        assertThat(decide(List.of(byClient(1, SHELTER, TODAY)), SHELTER, PartialDate.of(2010)).reason())
                .isEqualTo(Reason.GUARDIAN_REQUIRED);
    }

    @Test
    void capacityIsJudgedOnTheDayTheConsentWasGiven() {
        PartialDate nowSeventeen = PartialDate.of(2009, 1, 1);
        LocalDate atFourteen = LocalDate.of(2023, 6, 1);

        assertThat(decide(List.of(byGuardian(1, true, atFourteen)), SHELTER, nowSeventeen).allowed()).isTrue();
        assertThat(decide(List.of(byClient(2, SHELTER, atFourteen)), SHELTER, nowSeventeen).reason())
                .isEqualTo(Reason.GUARDIAN_REQUIRED);
    }

    @Test
    void unknownBirth_ownConsentCountsAndAGuardianNeedsHerAgreement() {
        assertThat(decide(List.of(byClient(1, SHELTER, TODAY)), SHELTER, null).allowed()).isTrue();
        assertThat(decide(List.of(byGuardian(2, null, TODAY)), SHELTER, null).reason())
                .isEqualTo(Reason.CHILD_AGREEMENT_MISSING);
    }

    @Test
    void withdrawalIsCheckedBeforeCapacity() {
        var childsOwn = withdrawn(byClient(1, SHELTER, TODAY.minusDays(2)), TODAY.minusDays(1));

        assertThat(decide(List.of(childsOwn), SHELTER, PartialDate.of(2015)).reason()).isEqualTo(Reason.WITHDRAWN);
    }

    @Test
    void aConsentCannotEndBeforeItBegins() {
        assertThatThrownBy(() -> withdrawn(byClient(1, SHELTER, TODAY), TODAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsentFact(1, REFERRAL, null, GivenBy.CLIENT, null, TODAY, null,
                TODAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAGivenConsentAllows() {
        assertThatThrownBy(() -> new ConsentDecision(true, Reason.EXPIRED, 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsentDecision(false, Reason.GIVEN, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
