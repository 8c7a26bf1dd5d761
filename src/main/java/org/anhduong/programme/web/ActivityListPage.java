package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Activities of the year; {@code editor} offers the form. */
public record ActivityListPage(List<ActivityRow> activities, boolean editor, @Nullable String noticeKey) {

    /** One activity as listed. */
    public record ActivityRow(long id, String heldOn, String kind, String commune, long female, long male,
                              long otherOrUnknown, long total) {
    }
}
