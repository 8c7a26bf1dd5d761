package org.anhduong.hotline.web;

import org.anhduong.hotline.CallerCase;
import org.anhduong.hotline.CallerHistory;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The live screen's history panel for the number typed so far.
 *
 * @param state       {@code empty} (no number), {@code incomplete} (still typing), {@code invalid}, or {@code found}
 * @param history     the lookup, when found
 * @param lastOutcome the label of the history's last outcome, or empty
 * @param rows        the newest contacts, at most {@link #SHOWN}
 */
public record HistoryView(String state, @Nullable CallerHistory history, String lastOutcome, List<ContactRow> rows) {

    public static final int SHOWN = 5;
    static final HistoryView EMPTY = new HistoryView("empty", null, "", List.of());
    static final HistoryView INCOMPLETE = new HistoryView("incomplete", null, "", List.of());
    static final HistoryView INVALID = new HistoryView("invalid", null, "", List.of());

    public HistoryView {
        rows = List.copyOf(rows);
    }

    public boolean found() {
        return history != null;
    }

    public boolean known() {
        return history != null && history.contactCount() > 0;
    }

    public List<CallerCase> cases() {
        return history == null ? List.of() : history.cases();
    }

    /** How many of the number's contacts the panel does not list. */
    public long more() {
        return history == null ? 0 : Math.max(0, history.contactCount() - rows.size());
    }
}
