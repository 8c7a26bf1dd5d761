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

/** The catalogue's counting rules: emergency, with their edge cases. */
class EmergencyCountingTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);


    static ShelterRows.Episode episode(long caseId, LocalDate start, ShelterRows.Person... persons) {
        return new ShelterRows.Episode(caseId, start, List.of(persons));
    }

    static ShelterRows.Person client(long id) {
        return new ShelterRows.Person(id, false);
    }

    static ShelterRows.Person child(long id) {
        return new ShelterRows.Person(id, true);
    }

    @Test
    void aMotherWithTwoChildrenIsOneCaseAndThreePersonsOfWhomTwoChildren() {
        FigureSheet sheet = new FigureSheet();
        EmergencyCounting.episodes(List.of(episode(1, JAN_1, client(10), child(11), child(12))), JAN_1, JUN_30,
                id -> true, sheet);

        assertThat(sheet.total(Indicator.EMERGENCY_CASES)).isEqualTo(1);
        assertThat(sheet.total(Indicator.EMERGENCY_PERSONS)).isEqualTo(3);
        assertThat(sheet.total(Indicator.EMERGENCY_CHILDREN)).isEqualTo(2);
    }

    @Test
    void aPersonSupportedTwiceInThePeriodCountsOnceAsDoesHerCase() {
        FigureSheet sheet = new FigureSheet();
        EmergencyCounting.episodes(List.of(
                episode(1, LocalDate.of(2026, 2, 1), client(10), child(11)),
                episode(1, LocalDate.of(2026, 5, 1), client(10))), JAN_1, JUN_30, id -> true, sheet);

        assertThat(sheet.total(Indicator.EMERGENCY_CASES)).isEqualTo(1);
        assertThat(sheet.total(Indicator.EMERGENCY_PERSONS)).isEqualTo(2);
    }

    @Test
    void anEpisodeSpanningTwoPeriodsBelongsToThePeriodItStartedIn() {
        ShelterRows.Episode december = episode(1, LocalDate.of(2025, 12, 28), client(10));
        FigureSheet first = new FigureSheet();
        EmergencyCounting.episodes(List.of(december), JAN_1, JUN_30, id -> true, first);
        FigureSheet before = new FigureSheet();
        EmergencyCounting.episodes(List.of(december), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31),
                id -> true, before);

        assertThat(first.total(Indicator.EMERGENCY_CASES)).isZero();
        assertThat(before.total(Indicator.EMERGENCY_CASES)).isEqualTo(1);
    }

    @Test
    void casesOutOfScopeAreLeftOut() {
        FigureSheet sheet = new FigureSheet();
        EmergencyCounting.episodes(List.of(episode(1, JAN_1, client(10)), episode(2, JAN_1, client(20))),
                JAN_1, JUN_30, id -> id == 2, sheet);
        assertThat(sheet.total(Indicator.EMERGENCY_PERSONS)).isEqualTo(1);
    }

    @Test
    void nightsAreCountedWithinThePeriodOnTheDayTheyBegin() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        // 28/06 to 03/07: nights of 28, 29 and 30 June fall in the first half-year, 1 and 2 July in the second.
        ShelterRows.Stay spanning = new ShelterRows.Stay(1, 10, LocalDate.of(2026, 6, 28), LocalDate.of(2026, 7, 3));
        assertThat(EmergencyCounting.nightsWithin(spanning, JAN_1, JUN_30, today)).isEqualTo(3);
        assertThat(EmergencyCounting.nightsWithin(spanning, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
                today)).isEqualTo(2);
        ShelterRows.Stay sameDay = new ShelterRows.Stay(1, 10, JAN_1, JAN_1);
        assertThat(EmergencyCounting.nightsWithin(sameDay, JAN_1, JUN_30, today)).isZero();
        ShelterRows.Stay open = new ShelterRows.Stay(1, 10, LocalDate.of(2026, 11, 20), null);
        assertThat(EmergencyCounting.nightsWithin(open, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
                today)).as("up to last night").isEqualTo(9);
    }

    @Test
    void admissionsAreStaysAdmittedInThePeriod() {
        FigureSheet sheet = new FigureSheet();
        EmergencyCounting.stays(List.of(
                new ShelterRows.Stay(1, 10, LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2)),
                new ShelterRows.Stay(1, 11, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5))),
                JAN_1, JUN_30, LocalDate.of(2026, 11, 29), id -> true, sheet);
        assertThat(sheet.total(Indicator.SHELTER_ADMISSIONS)).isEqualTo(1);
        assertThat(sheet.total(Indicator.SHELTER_PERSON_NIGHTS)).isEqualTo(1 + 4);
    }

    @Test
    void childrenInCareBySexAndTraffickedAmongThem() {
        FigureSheet sheet = new FigureSheet();
        EmergencyCounting.care(List.of(new ShelterRows.Care(1, Sex.FEMALE, true),
                new ShelterRows.Care(2, Sex.MALE, true), new ShelterRows.Care(3, Sex.MALE, true),
                new ShelterRows.Care(4, Sex.MALE, true), new ShelterRows.Care(5, Sex.MALE, false)),
                id -> true, sheet);
        assertThat(sheet.total(Indicator.CARE_CHILDREN)).isEqualTo(5);
        assertThat(sheet.total(Indicator.CARE_TRAFFICKED_CHILDREN)).isEqualTo(4);
        assertThat(sheet.breakdown(Indicator.CARE_TRAFFICKED_CHILDREN, Dimension.SEX))
                .containsEntry("FEMALE", 1L).containsEntry("MALE", 3L).containsEntry("OTHER", 0L);
    }
}
