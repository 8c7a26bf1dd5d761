package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The protection-orders tab: the orders with their status and the 12-hour target, a revocation form for those in
 * force, and the form to record an order or edit one.
 *
 * @param alertKey why the change was refused by a conflict (changed since, closed case), or {@code null}
 * @param today the day a revocation defaults to, dd/MM/yyyy
 */
public record ProtectionPage(CaseFileHeader header, List<Row> rows, ProtectionForm form, List<Choice> issuers,
                             List<Choice> decisions, List<Choice> perpetrators, List<Choice> parties,
                             FormErrors errors, @Nullable String noticeKey, @Nullable String alertKey, String today,
                             boolean closed) {

    public ProtectionPage {
        rows = List.copyOf(rows);
    }

    public boolean editing() {
        return form.orderId() != null;
    }

    /**
     * One order as listed.
     *
     * @param revocable  whether it may be revoked now (granted, not revoked, the case open)
     * @param targetMet  whether the 12-hour target was met; {@code null} while pending
     * @param inForce    whether it is in force now
     */
    public record Row(long id, int version, String issuer, String requestedAt, String decision, String decidedAt,
                      String target, @Nullable Boolean targetMet, String span, String status, boolean inForce,
                      String perpetrator, String notified, @Nullable String notifiedNote,
                      @Nullable String revocation, boolean revocable) {
    }
}
