package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A number waiting for a call-back: its newest contact was missed or scheduled a call-back, and no contact of the
 * number says "do not call back". What happened, never who: the number is read by opening the contact (audited).
 *
 * @param due          the scheduled time, or when the contact came in when none was set (call back as soon as possible)
 * @param callBackFrom start of the safe window, local time in Vietnam; the window may pass midnight
 */
public record CallBack(long contactId, Instant receivedAt, Instant due, ContactType type, @Nullable Outcome outcome,
                       Urgency urgency, boolean gbvRelated, @Nullable Long lineId, @Nullable LocalTime callBackFrom,
                       @Nullable LocalTime callBackTo) {

    /** Vietnam has one time zone and no daylight saving: the window's local times are read there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public boolean hasWindow() {
        return callBackFrom != null && callBackTo != null;
    }

    /** Whether {@code now} falls inside the safe window (from inclusive, to exclusive); false without a window. */
    public boolean insideWindow(Instant now) {
        if (callBackFrom == null || callBackTo == null) {
            return false;
        }
        LocalTime time = now.atZone(ZONE).toLocalTime();
        if (callBackFrom.isAfter(callBackTo)) {
            return !time.isBefore(callBackFrom) || time.isBefore(callBackTo);
        }
        return !time.isBefore(callBackFrom) && time.isBefore(callBackTo);
    }

    public boolean overdue(Instant now) {
        return due.isBefore(now);
    }
}
