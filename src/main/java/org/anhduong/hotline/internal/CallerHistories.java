package org.anhduong.hotline.internal;

import org.anhduong.hotline.CallerCase;
import org.anhduong.hotline.CallerHistory;
import org.anhduong.hotline.ContactSummary;
import org.anhduong.hotline.Hotline;
import org.anhduong.hotline.Outcome;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Objects;

/**
 * A number's history: its totals from one row of {@link CallerTotals} (however many contacts it has), and, when it has
 * any, the newest {@link Hotline#HISTORY_LIMIT} as summaries from a range scan of the caller index.
 */
@Repository
class CallerHistories {

    private final CallerTotals totals;
    private final ContactLists lists;

    CallerHistories(CallerTotals totals, ContactLists lists) {
        this.totals = totals;
        this.lists = lists;
    }

    CallerHistory of(String phone, String phoneIndex, long organisationId, List<CallerCase> cases) {
        var found = totals.of(phoneIndex, organisationId);
        if (found.isEmpty()) {
            return new CallerHistory(phone, 0, null, null, null, false, false, 0, List.of(), cases);
        }
        CallerTotals.Totals t = found.get();
        List<ContactSummary> newest = lists.newestOfNumber(phoneIndex, organisationId, Hotline.HISTORY_LIMIT);
        Outcome lastOutcome = newest.stream().map(ContactSummary::outcome).filter(Objects::nonNull).findFirst().orElse(null);
        return new CallerHistory(phone, t.contacts(), t.firstAt(), t.lastAt(), lastOutcome, t.doNotCallBack() > 0,
                t.dangerToLife() > 0, t.gbvRelated(), newest, cases);
    }
}
