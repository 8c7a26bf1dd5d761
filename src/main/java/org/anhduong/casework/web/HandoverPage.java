package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The hand-over tab: the case's hand-overs with their follow-up visits and a form to add one, and the form to record
 * or edit a hand-over.
 *
 * @param communeName the current name of the form's commune, shown beside its code
 * @param alertKey why the change was refused by a conflict (changed since, closed case), or {@code null}
 * @param today       the day a visit defaults to, dd/MM/yyyy
 */
public record HandoverPage(CaseFileHeader header, List<Entry> entries, HandoverForm form, List<Choice> recipients,
                           List<Choice> relations, List<Choice> organisations, List<Choice> wellbeings,
                           String communeName, FormErrors errors, @Nullable String noticeKey, @Nullable String alertKey,
                           String today, boolean closed) {

    public HandoverPage {
        entries = List.copyOf(entries);
    }

    public boolean editing() {
        return form.handoverId() != null;
    }

    /** One hand-over as shown; {@code receiver} names the person or the organisation. */
    public record Entry(long id, LocalDate on, String to, String commune, String receiver, @Nullable String notes,
                        List<Visit> visits) {

        public Entry {
            visits = List.copyOf(visits);
        }
    }

    /** One follow-up visit as listed; {@code worrying} when she is having difficulties or at risk. */
    public record Visit(LocalDate on, String by, String wellbeing, boolean worrying, @Nullable String notes) {
    }
}
