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

/** The catalogue's counting rules: referrals, with their edge cases. */
class ReferralCountingTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);


    Instant start = Instant.parse("2025-12-31T17:00:00Z");
    Instant end = Instant.parse("2026-06-30T17:00:00Z");

    @Test
    void eachStepCountsInThePeriodItHappenedIn() {
        FigureSheet sheet = new FigureSheet();
        ReferralCounting.count(List.of(
                new ReferralCounting.Row(1, EspSector.HEALTH, Instant.parse("2025-12-20T03:00:00Z"),
                        Instant.parse("2026-01-02T03:00:00Z"), null),
                new ReferralCounting.Row(1, EspSector.HEALTH, Instant.parse("2026-03-01T03:00:00Z"),
                        Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-07-01T03:00:00Z")),
                new ReferralCounting.Row(2, EspSector.JUSTICE_AND_POLICING, Instant.parse("2026-06-30T16:59:59Z"),
                        null, null)), start, end, id -> true, sheet);

        assertThat(sheet.total(Indicator.REFERRALS_SENT)).isEqualTo(2);
        assertThat(sheet.total(Indicator.REFERRALS_ACCEPTED)).isEqualTo(2);
        assertThat(sheet.total(Indicator.REFERRALS_COMPLETED)).isZero();
        assertThat(sheet.breakdown(Indicator.REFERRALS_SENT, Dimension.SECTOR))
                .containsEntry("HEALTH", 1L).containsEntry("JUSTICE_AND_POLICING", 1L)
                .containsEntry("SOCIAL_SERVICES", 0L);
    }
}
