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

/** The catalogue's counting rules: contacts, with their edge cases. */
class ContactCountingTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);


    ContactCounts counts = new ContactCounts(JAN_1, JUN_30, List.of(
            new ContactGroup(1, "22001", 7L, Channel.PHONE, Direction.INCOMING, ContactType.ABOUT_SELF,
                    Urgency.URGENT, true, 40),
            new ContactGroup(1, "22002", 7L, Channel.PHONE, Direction.INCOMING, ContactType.SILENT,
                    Urgency.ROUTINE, false, 2000),
            new ContactGroup(2, null, null, Channel.ZALO, Direction.CALL_BACK, ContactType.ABOUT_OTHER,
                    Urgency.DANGER_TO_LIFE, true, 31)),
            List.of(new CategoryGroup(1, "22001", "DOMESTIC_VIOLENCE", 40),
                    new CategoryGroup(2, null, "DOMESTIC_VIOLENCE", 30),
                    new CategoryGroup(2, null, "TRAFFICKING", 5)));

    @Test
    void everyContactOnceAndGbvRelatedByItsFlag() {
        FigureSheet sheet = new FigureSheet();
        ContactCounting.count(counts, ScopeFilter.everything(), sheet);

        assertThat(sheet.total(Indicator.CONTACTS_TOTAL)).isEqualTo(2071);
        assertThat(sheet.total(Indicator.CONTACTS_GBV_RELATED)).isEqualTo(71);
        assertThat(sheet.breakdown(Indicator.CONTACTS_TOTAL, Dimension.TYPE))
                .containsEntry("ABOUT_SELF", 40L).containsEntry("SILENT", 2000L)
                .containsEntry("ABOUT_OTHER", 31L).containsEntry("MISSED", 0L);
        assertThat(sheet.breakdown(Indicator.CONTACTS_TOTAL, Dimension.LINE))
                .containsEntry("7", 2040L).containsEntry(ContactCounting.NONE, 31L);
        assertThat(sheet.breakdown(Indicator.CONTACTS_TOTAL, Dimension.DIRECTION))
                .containsEntry("INCOMING", 2040L).containsEntry("CALL_BACK", 31L);
        assertThat(sheet.breakdown(Indicator.CONTACTS_GBV_RELATED, Dimension.URGENCY))
                .containsEntry("URGENT", 40L).containsEntry("DANGER_TO_LIFE", 31L).containsEntry("ROUTINE", 0L);
    }

    @Test
    void categoriesAreDistinctContactsPerTopCategorySoTheyMayAddUpToMoreThanTheTotal() {
        FigureSheet sheet = new FigureSheet();
        ContactCounting.count(counts, ScopeFilter.everything(), sheet);

        assertThat(sheet.breakdown(Indicator.CONTACTS_TOTAL, Dimension.CATEGORY))
                .containsEntry("DOMESTIC_VIOLENCE", 70L).containsEntry("TRAFFICKING", 5L);
    }

    @Test
    void scopeByOrganisationAndCommune() {
        FigureSheet byOrganisation = new FigureSheet();
        ContactCounting.count(counts, new ScopeFilter(2L, Set.of(), false), byOrganisation);
        assertThat(byOrganisation.total(Indicator.CONTACTS_TOTAL)).isEqualTo(31);

        FigureSheet byCommune = new FigureSheet();
        ContactCounting.count(counts, new ScopeFilter(null, Set.of("22001"), false), byCommune);
        assertThat(byCommune.total(Indicator.CONTACTS_TOTAL)).isEqualTo(40);
        assertThat(byCommune.breakdown(Indicator.CONTACTS_TOTAL, Dimension.CATEGORY))
                .containsEntry("DOMESTIC_VIOLENCE", 40L).doesNotContainKey("TRAFFICKING");
    }

    @Test
    void statisticsConsentDoesNotApplyToContacts() {
        FigureSheet sheet = new FigureSheet();
        ContactCounting.count(counts, new ScopeFilter(null, Set.of(), true), sheet);
        assertThat(sheet.total(Indicator.CONTACTS_TOTAL)).isEqualTo(2071);
    }
}
