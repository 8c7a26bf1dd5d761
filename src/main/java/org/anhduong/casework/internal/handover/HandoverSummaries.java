package org.anhduong.casework.internal.handover;

import org.anhduong.casework.HandoverSummary;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The case's hand-overs without anything personal, for the trafficking record, which shows them instead of keeping a
 * copy. The caller has checked access and audits its own read.
 */
@Component
public class HandoverSummaries {

    private final HandoverStore store;

    HandoverSummaries(HandoverStore store) {
        this.store = store;
    }

    public List<HandoverSummary> ofCase(long caseId) {
        return store.summaries(caseId);
    }
}
