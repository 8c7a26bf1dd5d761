package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The consents tab: today's decision per purpose, the consents with their withdrawals, and the form to record one.
 *
 * @param today the day a withdrawal defaults to, dd/MM/yyyy
 */
public record ConsentPage(CaseFileHeader header, List<Status> statuses, List<Row> rows, ConsentForm form,
                          List<Choice> purposes, List<Choice> organisations, List<Choice> givers,
                          List<Choice> relations, FormErrors errors, @Nullable String noticeKey, String today,
                          boolean closed) {

    public ConsentPage {
        statuses = List.copyOf(statuses);
        rows = List.copyOf(rows);
    }

    /** What the consents allow today for a purpose, for any recipient. */
    public record Status(String purpose, boolean allowed, String explanation) {
    }

    /** One consent as listed; {@code withdrawal} describes it once withdrawn. */
    public record Row(long id, String purpose, String recipient, String givenBy, LocalDate givenOn,
                      @Nullable LocalDate validUntil, @Nullable String withdrawal) {
    }
}
