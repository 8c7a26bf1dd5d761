package org.anhduong.programme.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Every visit, latest first; {@code editor} offers the form. */
public record VisitListPage(List<VisitRow> visits, boolean editor, @Nullable String noticeKey) {

    /** One visit as listed: where, and its follow-up actions, all and not yet done. */
    public record VisitRow(long id, String visitedOn, String model, String commune, long actions, long open) {
    }
}
