package org.anhduong.casework.internal;

import org.anhduong.casework.CaseType;
import org.anhduong.casework.Priority;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Urgency;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPrefillTest {

    static final Map<String, String> ROOTS = Map.of("DV_PHYSICAL", "DOMESTIC_VIOLENCE", "GBV_RAPE", "GBV",
            "CHILD_SEXUAL_ABUSE", "CHILD_ABUSE", "LEGAL_QUESTIONS", "LEGAL_QUESTIONS");

    @Test
    void theCategoriesSuggestTheMostSpecificProtectionType() {
        assertThat(ContactPrefill.type(List.of("DV_PHYSICAL"), ROOTS)).isEqualTo(CaseType.DOMESTIC_VIOLENCE);
        assertThat(ContactPrefill.type(List.of("GBV_RAPE", "DV_PHYSICAL"), ROOTS)).isEqualTo(CaseType.DOMESTIC_VIOLENCE);
        assertThat(ContactPrefill.type(List.of("GBV_RAPE", "CHILD_SEXUAL_ABUSE"), ROOTS)).isEqualTo(CaseType.CHILD_ABUSE);
        assertThat(ContactPrefill.type(List.of("LEGAL_QUESTIONS"), ROOTS)).isEqualTo(CaseType.OTHER_PROTECTION);
        assertThat(ContactPrefill.type(null, ROOTS)).isEqualTo(CaseType.OTHER_PROTECTION);
    }

    @Test
    void urgencyBecomesPriority() {
        assertThat(ContactPrefill.priority(Urgency.DANGER_TO_LIFE)).isEqualTo(Priority.URGENT);
        assertThat(ContactPrefill.priority(Urgency.URGENT)).isEqualTo(Priority.HIGH);
        assertThat(ContactPrefill.priority(null)).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void ageBandsFollowTheLegalLines() {
        assertThat(ClientRules.ageGroupOf(15)).isEqualTo(AgeGroup.AGE_12_15);
        assertThat(ClientRules.ageGroupOf(16)).isEqualTo(AgeGroup.AGE_16_17);
        assertThat(ClientRules.ageGroupOf(18)).isEqualTo(AgeGroup.AGE_18_24);
        assertThat(ClientRules.ageGroupOf(60)).isEqualTo(AgeGroup.AGE_60_PLUS);
    }
}
