package org.anhduong.hotline.web;

import org.anhduong.hotline.ContactSummary;
import org.anhduong.hotline.Urgency;
import org.anhduong.identity.UserAccount;
import org.anhduong.identity.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns contact summaries into table rows: codes into names, counsellor ids into colleagues' names. */
@Component
class SummaryRows {

    private final HotlineLabels labels;
    private final UserDirectory directory;

    SummaryRows(HotlineLabels labels, UserDirectory directory) {
        this.labels = labels;
        this.directory = directory;
    }

    List<ContactRow> of(List<ContactSummary> summaries) {
        Map<String, String> categories = labels.categoryNames();
        Map<Long, String> lines = labels.lineNumbers();
        Map<@Nullable Long, String> counsellors = new HashMap<>();
        return summaries.stream().map(s -> new ContactRow(s.id(), s.receivedAt(),
                s.lineId() == null ? "" : lines.getOrDefault(s.lineId(), ""), labels.of(s.type()),
                s.categories().stream().map(c -> categories.getOrDefault(c, c)).collect(Collectors.joining(", ")),
                labels.of(s.urgency()), s.urgency() != Urgency.ROUTINE, labels.of(s.outcome()), s.gbvRelated(),
                s.selfHarm(), s.doNotCallBack(), s.caseRequested(),
                counsellors.computeIfAbsent(s.counsellorId(), this::name))).toList();
    }

    /**
     * A colleague's full name; a user who no longer exists shows as their id, and a missed call the telephony system
     * recorded, which nobody answered, as "— nobody answered".
     */
    String name(@Nullable Long userId) {
        if (userId == null) {
            return labels.text("hotline.counsellor.none");
        }
        return directory.findUser(userId).map(UserAccount::fullName).orElse("#" + userId);
    }
}
