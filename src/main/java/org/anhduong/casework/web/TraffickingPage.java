package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** The trafficking tab: the record's form (statuses offered only in order) and the identification steps. */
public record TraffickingPage(CaseFileHeader header, TraffickingForm form, List<Choice> statuses,
                              List<Choice> authorities, List<Choice> supports, List<Choice> handovers,
                              List<Choice> stepKinds, List<Step> steps, FormErrors errors, boolean stale,
                              @Nullable String noticeKey, boolean closed) {

    public TraffickingPage {
        steps = List.copyOf(steps);
    }

    /** One identification step as listed. */
    public record Step(LocalDate takenOn, String kind, @Nullable String note) {
    }
}
