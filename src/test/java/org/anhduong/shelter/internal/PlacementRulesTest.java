package org.anhduong.shelter.internal;

import org.anhduong.platform.web.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementRulesTest {

    static final LocalDate D1 = LocalDate.of(2026, 3, 1);

    static Stay stay(int from, Integer until) {
        return new Stay(D1.plusDays(from - 1), until == null ? null : D1.plusDays(until - 1));
    }

    @Test
    void aFacilityFullOnOneNightOfTheStayRefusesIt() {
        // Two persons on nights 3–4 only: a stay from night 1 meets them later.
        List<Stay> staying = List.of(stay(3, 5), stay(3, null));
        assertThatThrownBy(() -> PlacementRules.fits(2, staying, stay(1, null)))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("capacity-exceeded");
        assertThatCode(() -> PlacementRules.fits(2, staying, stay(1, 3))).as("gone before they come")
                .doesNotThrowAnyException();
        assertThatCode(() -> PlacementRules.fits(3, staying, stay(1, null))).doesNotThrowAnyException();
    }

    @Test
    void staysThatNeverMeetDoNotAddUp() {
        // Nights 1–2 and 5–6 each hold one person: a stay over all of them meets one at a time.
        List<Stay> staying = List.of(stay(1, 3), stay(5, 7));
        assertThat(PlacementRules.peakDuring(staying, stay(1, null))).isEqualTo(1);
        assertThatCode(() -> PlacementRules.fits(2, staying, stay(1, null))).doesNotThrowAnyException();
    }

    @Test
    void aDischargeDayIsFreeForTheNextArrival() {
        List<Stay> staying = List.of(stay(1, 4));
        assertThatCode(() -> PlacementRules.fits(1, staying, stay(4, null))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlacementRules.fits(1, staying, stay(3, null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void onePersonCannotStayInTwoPlacesOnOneNight() {
        assertThatThrownBy(() -> PlacementRules.free(List.of(stay(1, null)), stay(5, null)))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("placement-overlap");
        assertThatThrownBy(() -> PlacementRules.free(List.of(stay(3, 6)), stay(1, 4)))
                .isInstanceOf(ConflictException.class);
        assertThatCode(() -> PlacementRules.free(List.of(stay(1, 4)), stay(4, null))).doesNotThrowAnyException();
        assertThatCode(() -> PlacementRules.free(List.of(stay(2, 2)), stay(1, null))).as("a stay of no night")
                .doesNotThrowAnyException();
    }

    @Test
    void nightsAreCountedInThePeriodTheyFallIn() {
        LocalDate march30 = LocalDate.of(2003, 3, 30);
        var stay = new Stay(march30, LocalDate.of(2003, 4, 2));
        LocalDate far = LocalDate.of(2030, 1, 1);
        assertThat(stay.nightsWithin(LocalDate.of(2003, 3, 1), LocalDate.of(2003, 3, 31), far)).isEqualTo(2);
        assertThat(stay.nightsWithin(LocalDate.of(2003, 4, 1), LocalDate.of(2003, 4, 30), far)).isEqualTo(1);
        assertThat(stay.nightsWithin(LocalDate.of(2003, 5, 1), LocalDate.of(2003, 5, 31), far)).isZero();
        var open = new Stay(march30, null);
        assertThat(open.nightsWithin(LocalDate.of(2003, 4, 1), LocalDate.of(2003, 4, 30), LocalDate.of(2003, 4, 5)))
                .as("an open stay up to today").isEqualTo(4);
    }

    @Test
    void aChildIsUnderEighteenByBirthYear() {
        assertThat(CareRules.child(2009, LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(CareRules.child(2008, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(CareRules.child(null, LocalDate.of(2026, 1, 1))).isFalse();
    }
}
