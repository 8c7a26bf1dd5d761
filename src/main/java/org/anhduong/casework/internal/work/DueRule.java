package org.anhduong.casework.internal.work;

import org.anhduong.casework.FollowUps;

import java.time.LocalDate;

/**
 * When an open follow-up shows in the "due and overdue" lists: from {@value FollowUps#DAYS_AHEAD} days before its due
 * date, so the worker can plan the visit; it is overdue from the day after the due date. "Today" is Vietnam's.
 */
final class DueRule {

    private DueRule() {
    }

    /** The last due date a list shows on {@code today}. */
    static LocalDate listedUntil(LocalDate today) {
        return today.plusDays(FollowUps.DAYS_AHEAD);
    }

    static boolean listed(LocalDate dueOn, LocalDate today) {
        return !dueOn.isAfter(listedUntil(today));
    }

    static boolean overdue(LocalDate dueOn, LocalDate today) {
        return dueOn.isBefore(today);
    }
}
