package org.anhduong.casework.web;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** What waits for a supervisor's decision: closures of her organisation's cases and transfers to it. */
public record DecisionsPage(List<ClosureRow> closures, List<TransferRow> transfers, FormErrors errors,
                            @Nullable String errorText, @Nullable String noticeKey) {

    public DecisionsPage {
        closures = List.copyOf(closures);
        transfers = List.copyOf(transfers);
    }

    /** A pending closure: codes only, with the link to the case's closure tab. */
    public record ClosureRow(String href, String caseNumber, String survivorCode, String type, String reason,
                             Instant requestedAt) {
    }

    /** An incoming transfer: what the receiver needs to decide, nothing more. */
    public record TransferRow(long id, String from, String survivorCode, String type, String reason,
                              Instant requestedAt) {
    }
}
