package org.anhduong.hotline.web;

import java.time.Instant;

/**
 * A number to call back, without the number: opening the contact (audited) shows it.
 *
 * @param window      the safe window as "21:30–06:00", or empty
 * @param windowState {@code inside}, {@code outside} or {@code none} (no window given), at the time of the page
 * @param reason      the outcome or type that put it in the queue ("Hẹn gọi lại", "Gọi nhỡ")
 */
public record CallBackRow(long contactId, Instant due, boolean overdue, Instant receivedAt, String reason,
                          String urgency, boolean urgent, boolean gbvRelated, String line, String window,
                          String windowState) {
}
