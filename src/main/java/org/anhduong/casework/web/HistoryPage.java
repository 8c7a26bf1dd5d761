package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import java.time.Instant;
import java.util.List;

/** The case's history: who did what to the case and its client, newest first. */
public record HistoryPage(CaseFileHeader header, List<Row> rows) {

    public HistoryPage {
        rows = List.copyOf(rows);
    }

    /** One audit event as shown. */
    public record Row(Instant at, String who, String action, String outcome, boolean denied) {
    }
}
