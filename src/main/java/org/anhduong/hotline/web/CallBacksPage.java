package org.anhduong.hotline.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The call-back queue, by due time.
 *
 * @param canCall   the user records contacts, so "call back" can start a call on the live screen
 * @param noticeKey why the previous request did not start a call-back, or null
 */
public record CallBacksPage(List<CallBackRow> rows, boolean canCall, @Nullable String noticeKey) {

    public static final int DAYS = org.anhduong.hotline.Hotline.CALL_BACK_DAYS;
}
