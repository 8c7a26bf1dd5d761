package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The trafficking tab: the record's form (statuses offered only in order), the identification steps, and the case's
 * hand-overs as the hand-over tab keeps them (linked, never copied).
 */
public record TraffickingPage(CaseFileHeader header, TraffickingForm form, List<Choice> statuses,
                              List<Choice> authorities, List<Choice> supports, List<Choice> stepKinds,
                              List<Step> steps, List<Handed> handovers, FormErrors errors, boolean stale,
                              @Nullable String noticeKey, boolean closed) {

    public TraffickingPage {
        steps = List.copyOf(steps);
        handovers = List.copyOf(handovers);
    }

    /** One hand-over as listed: to whom, the day, and the organisation when there is one. */
    public record Handed(LocalDate on, String to, @Nullable String organisation) {
    }

    /** One identification step as listed. */
    public record Step(LocalDate takenOn, String kind, @Nullable String note) {
    }
}
