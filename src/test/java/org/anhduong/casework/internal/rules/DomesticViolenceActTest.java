package org.anhduong.casework.internal.rules;

import org.anhduong.casework.ActGroup;
import org.anhduong.casework.DomesticViolenceAct;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The sixteen acts of Law 13/2022/QH15 Art. 3 cl. 1, lettered as the law letters them. */
class DomesticViolenceActTest {

    @Test
    void sixteenActsLetteredAToQWithoutFOrJ() {
        assertThat(Arrays.stream(DomesticViolenceAct.values()).map(DomesticViolenceAct::point))
                .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q");
    }

    @Test
    void actsAreFoundByTheirPoint() {
        assertThat(DomesticViolenceAct.atPoint("đ")).contains(DomesticViolenceAct.DISCRIMINATION);
        assertThat(DomesticViolenceAct.atPoint("i")).contains(DomesticViolenceAct.FORCED_SEX);
        assertThat(DomesticViolenceAct.atPoint("f")).isEmpty();
    }

    @Test
    void everyGroupHoldsAtLeastOneAct() {
        assertThat(Arrays.stream(DomesticViolenceAct.values()).map(DomesticViolenceAct::group).distinct())
                .containsExactlyInAnyOrder(ActGroup.values());
        assertThat(DomesticViolenceAct.NEGLECT_OF_DEPENDANTS.group()).isEqualTo(ActGroup.NEGLECT);
        assertThat(DomesticViolenceAct.REPRODUCTIVE_COERCION.group()).isEqualTo(ActGroup.SEXUAL);
        assertThat(DomesticViolenceAct.FORCED_OUT_OF_HOME.group()).isEqualTo(ActGroup.ECONOMIC);
    }
}
