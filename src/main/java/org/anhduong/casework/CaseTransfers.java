package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;

import java.util.List;

/**
 * Transfers of cases to other organisations (e.g. the commune social-work office where she lives). A transfer needs
 * a consent that covers the receiver: one naming the receiving organisation for case management or information
 * sharing, or one to share information with any organisation ({@link ConsentRequiredException} otherwise). The
 * receiving organisation's supervisors see the survivor code, the case type and the reason, and accept (the case moves
 * to their organisation, with the accepting supervisor as its team: {@link CaseTransferred}) or decline with a note;
 * the sender may withdraw it while it waits.
 *
 * <p><b>Who</b>: the case's team requests, lists and withdraws; the receiving organisation's supervisors list incoming
 * transfers and decide ({@link ForbiddenException} for others, audited DENIED).
 *
 * <p><b>Audit</b> (record type {@code case}): {@code transfer.request}, {@code transfer.read}, {@code transfer.withdraw},
 * {@code transfer.accept}, {@code transfer.decline}; {@code transfer.incoming} (no record).
 */
public interface CaseTransfers {

    /**
     * Asks the organisation to take the case.
     *
     * @throws InvalidInputException    when the organisation is the case's own or no active organisation, or the reason
     *                                  is missing
     * @throws ConsentRequiredException when no consent covers the receiver
     * @throws ConflictException        {@code case-closed}, {@code transfer-pending}, {@code closure-pending}
     */
    Transfer request(long caseId, TransferRequest request);

    /** The case's transfers, newest first. */
    List<Transfer> ofCase(long caseId);

    /** Withdraws the case's pending transfer. @throws ConflictException {@code transfer-decided} */
    Transfer withdraw(long caseId, long transferId);

    /** The transfers waiting for the signed-in supervisor's organisation, oldest first. */
    List<IncomingTransfer> incoming();

    /**
     * Accepts a transfer to the signed-in supervisor's organisation.
     *
     * @return the case's id, now readable by the supervisor
     */
    long accept(long transferId);

    /** Declines a transfer with a note (at least 5 characters). */
    Transfer decline(long transferId, String note);
}
