package org.anhduong.hotline.web;

import org.anhduong.hotline.CallerHistory;
import org.anhduong.hotline.Hotline;
import org.anhduong.platform.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * The history panel for a number as typed. While the counsellor is still typing, a short number is "incomplete", not
 * wrong; once they leave the field (or type a character no number has) it is "invalid". Only a complete-looking
 * number is looked up, because each lookup is audited.
 */
@Component
class HistoryViews {

    /** The fewest digits of a Vietnamese number (landlines and mobiles have 9 or 10 after the 0 or +84). */
    static final int MIN_DIGITS = 9;
    private static final Pattern DIALLABLE = Pattern.compile("[0-9 +().\\-]*");

    private final Hotline hotline;
    private final SummaryRows rows;
    private final HotlineLabels labels;

    HistoryViews(Hotline hotline, SummaryRows rows, HotlineLabels labels) {
        this.hotline = hotline;
        this.rows = rows;
        this.labels = labels;
    }

    /** @param complete the counsellor left the field, so a short number is wrong rather than unfinished */
    HistoryView of(@Nullable String typed, boolean complete) {
        String phone = typed == null ? "" : typed.strip();
        if (phone.isEmpty()) {
            return HistoryView.EMPTY;
        }
        if (!DIALLABLE.matcher(phone).matches()) {
            return HistoryView.INVALID;
        }
        if (phone.replaceAll("\\D", "").length() < MIN_DIGITS) {
            return complete ? HistoryView.INVALID : HistoryView.INCOMPLETE;
        }
        try {
            return view(hotline.lookupCaller(phone));
        } catch (InvalidInputException e) {
            return HistoryView.INVALID;
        }
    }

    HistoryView view(CallerHistory history) {
        return new HistoryView("found", history, labels.of(history.lastOutcome()),
                rows.of(history.contacts().stream().limit(HistoryView.SHOWN).toList()));
    }
}
