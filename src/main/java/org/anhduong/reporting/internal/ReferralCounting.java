package org.anhduong.reporting.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;

import org.anhduong.casework.EspSector;
import org.anhduong.reporting.Dimension;
import org.anhduong.reporting.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * {@code referrals.sent}, {@code .accepted}, {@code .completed} by sector: each referral of a case in scope counts
 * once in each of its steps that happened in the period, so a referral sent in March and accepted in April counts as
 * sent in the first quarter and accepted in the second.
 */
final class ReferralCounting {

    /** One referral's steps. */
    record Row(long caseId, EspSector sector, Instant sentAt, @Nullable Instant acceptedAt,
               @Nullable Instant completedAt) {
    }

    private ReferralCounting() {
    }

    /** Counts steps in [{@code start}, {@code end}). */
    static void count(List<Row> referrals, Instant start, Instant end, LongPredicate caseInScope, FigureSheet sheet) {
        for (EspSector sector : EspSector.values()) {
            for (Indicator indicator : List.of(Indicator.REFERRALS_SENT, Indicator.REFERRALS_ACCEPTED,
                    Indicator.REFERRALS_COMPLETED)) {
                sheet.add(indicator, Dimension.SECTOR, sector.name(), 0);
            }
        }
        for (Row referral : referrals) {
            if (!caseInScope.test(referral.caseId())) {
                continue;
            }
            step(referral.sentAt(), start, end, Indicator.REFERRALS_SENT, referral.sector(), sheet);
            step(referral.acceptedAt(), start, end, Indicator.REFERRALS_ACCEPTED, referral.sector(), sheet);
            step(referral.completedAt(), start, end, Indicator.REFERRALS_COMPLETED, referral.sector(), sheet);
        }
    }

    private static void step(@Nullable Instant at, Instant start, Instant end, Indicator indicator, EspSector sector,
                             FigureSheet sheet) {
        if (at != null && !at.isBefore(start) && at.isBefore(end)) {
            sheet.add(indicator, 1).add(indicator, Dimension.SECTOR, sector.name(), 1);
        }
    }
}
