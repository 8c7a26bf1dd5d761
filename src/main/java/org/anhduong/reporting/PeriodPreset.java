package org.anhduong.reporting;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The periods the department reports on. The Action Month for gender equality and GBV prevention runs from 15/11 to
 * 15/12 each year.
 */
public enum PeriodPreset {
    FIRST_HALF(MonthDay.of(1, 1), MonthDay.of(6, 30)),
    SECOND_HALF(MonthDay.of(7, 1), MonthDay.of(12, 31)),
    Q1(MonthDay.of(1, 1), MonthDay.of(3, 31)),
    Q2(MonthDay.of(4, 1), MonthDay.of(6, 30)),
    Q3(MonthDay.of(7, 1), MonthDay.of(9, 30)),
    Q4(MonthDay.of(10, 1), MonthDay.of(12, 31)),
    YEAR(MonthDay.of(1, 1), MonthDay.of(12, 31)),
    ACTION_MONTH(MonthDay.of(11, 15), MonthDay.of(12, 15));

    private final MonthDay first;
    private final MonthDay last;

    PeriodPreset(MonthDay first, MonthDay last) {
        this.first = first;
        this.last = last;
    }

    public LocalDate from(int year) {
        return first.atYear(year);
    }

    public LocalDate to(int year) {
        return last.atYear(year);
    }

    /** The message key of its name in a sentence ("6 tháng đầu năm {0}"), with the year as argument. */
    public String nameKey() {
        return "reporting.preset." + name();
    }

    /** The preset that covers exactly this period, if one does. */
    public static java.util.Optional<PeriodPreset> matching(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return java.util.Optional.empty();
        }
        for (PeriodPreset preset : values()) {
            if (preset.from(from.getYear()).equals(from) && preset.to(from.getYear()).equals(to)) {
                return java.util.Optional.of(preset);
            }
        }
        return java.util.Optional.empty();
    }
}
