package org.anhduong.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.anhduong.casework.EspSector;
import org.anhduong.hotline.CategoryGroup;
import org.anhduong.hotline.Channel;
import org.anhduong.hotline.ContactCounts;
import org.anhduong.hotline.ContactGroup;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Sex;
import org.anhduong.hotline.Urgency;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's counting rules: suppressing, with their edge cases. */
class SuppressionTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);


    @Test
    void oneToFourBecomeLessThanFiveForAggregateReadersOnly() {
        assertThat(Suppression.figure(0, true).json()).isEqualTo(0L);
        assertThat(Suppression.figure(1, true).json()).isEqualTo("<5");
        assertThat(Suppression.figure(4, true).json()).isEqualTo("<5");
        assertThat(Suppression.figure(4, true).value()).as("never carries the value").isZero();
        assertThat(Suppression.figure(5, true).json()).isEqualTo(5L);
        assertThat(Suppression.figure(3, false).json()).isEqualTo(3L);
    }

    @Test
    void breakdownsAreSuppressedToo() {
        FigureSheet sheet = new FigureSheet();
        CaseCounting.bySex(java.util.Map.of(Sex.FEMALE, 2L, Sex.MALE, 7L), Indicator.TRAFFICKING_RECEIVED, sheet);
        var breakdowns = Suppression.breakdowns(sheet, true);
        assertThat(breakdowns.get("trafficking.received").get("sex").get("FEMALE").json()).isEqualTo("<5");
        assertThat(breakdowns.get("trafficking.received").get("sex").get("MALE").json())
                .as("9 - 7 would give the 2 away").isEqualTo("x");
        assertThat(Suppression.indicators(sheet, true).get("trafficking.received").json()).isEqualTo(9L);
    }

    @Test
    void aSingleSmallCellIsNotGivenAwayBySubtractionFromTheTotal() {
        // 23 cases: 20 women, 3 men. "<5" men alone would be 23 - 20 = 3.
        var cells = Suppression.cells(new java.util.LinkedHashMap<>(java.util.Map.of("FEMALE", 20L, "MALE", 3L,
                "UNKNOWN", 0L)), true);
        assertThat(cells.get("MALE").json()).isEqualTo("<5");
        assertThat(cells.get("FEMALE").json()).isEqualTo("x");
        assertThat(cells.get("FEMALE").value()).isZero();
        assertThat(cells.get("UNKNOWN").json()).isEqualTo(0L);

        var two = Suppression.cells(java.util.Map.of("A", 2L, "B", 3L, "C", 40L), true);
        assertThat(two.get("C").json()).as("two small cells hide each other").isEqualTo(40L);
        var exact = Suppression.cells(java.util.Map.of("A", 20L, "B", 3L), false);
        assertThat(exact.get("A").json()).as("internal readers see every number").isEqualTo(20L);
        assertThat(exact.get("B").json()).isEqualTo(3L);
    }

    @Test
    void everyCatalogueKeyIsPresent() {
        var indicators = Suppression.indicators(new FigureSheet(), false);
        assertThat(indicators).hasSize(Indicator.values().length);
        assertThat(indicators.values()).allMatch(figure -> figure.value() == 0);
    }
}
