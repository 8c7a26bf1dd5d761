package org.anhduong.programme;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Recurring campaigns with their dates each year, and one-off ones ({@code OTHER}) with dates of their own.
 */
public enum CampaignKind {
    /** The Action Month for gender equality and GBV prevention: 15 November to 15 December. */
    ACTION_MONTH(MonthDay.of(11, 15), MonthDay.of(12, 15)),
    /** 25 November, International Day for the Elimination of Violence against Women. */
    ELIMINATION_DAY(MonthDay.of(11, 25), MonthDay.of(11, 25)),
    OTHER(null, null);

    private final MonthDay start;
    private final MonthDay end;

    CampaignKind(MonthDay start, MonthDay end) {
        this.start = start;
        this.end = end;
    }

    public boolean recurring() {
        return start != null;
    }

    /** The first day in {@code year}; only for recurring kinds. */
    public LocalDate startIn(int year) {
        return start.atYear(year);
    }

    /** The last day in {@code year}; only for recurring kinds. */
    public LocalDate endIn(int year) {
        return end.atYear(year);
    }
}
