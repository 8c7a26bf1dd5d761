package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileHeader;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * The closure and transfer tab: what waits (a closure for the supervisor, a transfer for the receiver), the forms the
 * user may use now, and the case's closures and transfers.
 *
 * @param mode        which closure form shows: {@code REQUEST}, {@code CLOSE} (directly), {@code DECIDE} (a supervisor
 *                    facing a pending closure), {@code WAIT} (a worker whose request waits), {@code REOPEN}
 * @param mayWithdraw  whether the user may withdraw the pending closure (she asked for it, or she supervises)
 * @param transferring whether the transfer form shows (an open case with nothing pending)
 */
public record ClosurePage(CaseFileHeader header, String mode, @Nullable Row pendingClosure, boolean mayWithdraw,
                          @Nullable TransferRow pendingTransfer, boolean transferring, List<Row> closures,
                          List<TransferRow> transfers, List<Choice> reasons, List<Choice> organisations,
                          FormErrors errors, @Nullable String errorText, @Nullable String noticeKey) {

    public ClosurePage {
        closures = List.copyOf(closures);
        transfers = List.copyOf(transfers);
    }

    /** A closure as listed: texts decrypted for the team. */
    public record Row(String state, String reason, @Nullable String outcome, Instant requestedAt,
                      @Nullable Instant decidedAt, @Nullable String note, @Nullable String reopenReason) {
    }

    /** A transfer as listed. */
    public record TransferRow(long id, String to, String state, String reason, Instant requestedAt,
                              @Nullable String declineNote) {
    }
}
