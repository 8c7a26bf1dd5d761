package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * What the hotline knows about a phone number, limited to what the signed-in user may see: the counts and flags
 * cover every visible contact from the number, {@code contacts} lists the newest {@link Hotline#HISTORY_LIMIT}.
 *
 * @param phone            the number in E.164
 * @param lastOutcome      the outcome of the newest listed contact that has one
 * @param doNotCallBack    some visible contact says calling back is not safe
 * @param dangerToLifeSeen some visible contact was judged a danger to life
 * @param cases            the number's cases, from casework ({@link CallerCaseLookup}); empty until casework exists
 */
public record CallerHistory(String phone, long contactCount, @Nullable Instant firstContactAt,
                            @Nullable Instant lastContactAt, @Nullable Outcome lastOutcome, boolean doNotCallBack,
                            boolean dangerToLifeSeen, long gbvRelatedCount, List<ContactSummary> contacts,
                            List<CallerCase> cases) {

    public CallerHistory {
        contacts = List.copyOf(contacts);
        cases = List.copyOf(cases);
    }

    /** Never prints the number. */
    @Override
    public String toString() {
        return "CallerHistory[contactCount=" + contactCount + ", cases=" + cases.size() + "]";
    }
}
