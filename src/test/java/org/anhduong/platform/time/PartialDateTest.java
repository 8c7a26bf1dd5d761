package org.anhduong.platform.time;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void readsIsoAndVietnameseForms() {
        assertThat(PartialDate.parse("2010")).isEqualTo(PartialDate.of(2010));
        assertThat(PartialDate.parse("2010-5")).isEqualTo(PartialDate.of(2010, 5));
        assertThat(PartialDate.parse(" 2010-05-17 ")).isEqualTo(PartialDate.of(2010, 5, 17));
        assertThat(PartialDate.parse("05/2010")).isEqualTo(PartialDate.of(2010, 5));
        assertThat(PartialDate.parse("17/05/2010")).isEqualTo(PartialDate.of(2010, 5, 17));
        assertThat(PartialDate.parseOrNull("  ")).isNull();
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThatThrownBy(() -> PartialDate.parse("31/02/2010")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PartialDate.parse("13/2010")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PartialDate.parse("1850")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> PartialDate.parse("2010/05")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> new PartialDate(2010, null, 3)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void printsBothForms() {
        assertThat(PartialDate.of(2010, 5).iso()).isEqualTo("2010-05");
        assertThat(PartialDate.of(2010, 5).shown()).isEqualTo("05/2010");
        assertThat(PartialDate.of(2010, 5, 7).shown()).isEqualTo("07/05/2010");
        assertThat(PartialDate.of(2010).shown()).isEqualTo("2010");
    }

    @Test
    void spansTheDaysItMayBe() {
        assertThat(PartialDate.of(2024, 2).earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(PartialDate.of(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.of(2024).latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void ageGivesTheChildTheBenefitOfTheDoubt() {
        PartialDate bornIn2008 = PartialDate.of(2008);
        LocalDate on = LocalDate.of(2026, 6, 1);
        assertThat(bornIn2008.youngestAgeOn(on)).isEqualTo(17);
        assertThat(bornIn2008.oldestAgeOn(on)).isEqualTo(18);
        assertThat(PartialDate.of(2008, 6, 1).youngestAgeOn(on)).isEqualTo(18);
        assertThat(PartialDate.of(2030).youngestAgeOn(on)).isZero();
    }

    @Test
    void ordersByFirstPossibleDay() {
        assertThat(PartialDate.of(2010).compareTo(PartialDate.of(2010, 1, 1))).isNegative();
        assertThat(PartialDate.of(2010, 3).compareTo(PartialDate.of(2010, 2, 28))).isPositive();
    }
}
