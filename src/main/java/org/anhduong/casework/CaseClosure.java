package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;

import java.util.List;

/**
 * Closing and reopening cases. Where closure needs a supervisor's approval
 * ({@code anhduong.casework.closure-needs-approval}, true by default), a case worker's closure waits, the case keeping
 * its status, until a supervisor of the case's organisation approves it (the case becomes CLOSED, {@link CaseClosed})
 * or sends it back with a note. A supervisor of the organisation closes at once, as does everyone where no approval is
 * needed. Reopening says why (at least 5 characters) and returns the case to the open status it had
 * ({@link CaseReopened}). Closures are never deleted: the list is the case's closing history.
 *
 * <p><b>Who</b>: the case's team requests, reads and reopens; only the organisation's supervisors approve and send
 * back ({@link ForbiddenException} for others, audited DENIED). A pending request is withdrawn by the team member who
 * made it or by a supervisor of the organisation.
 *
 * <p><b>Audit</b> (record type {@code case}): {@code case.closeRequest}, {@code case.close}, {@code case.closeSendBack},
 * {@code case.closeWithdraw}, {@code case.reopen}, {@code closure.read}, {@code closure.pending}.
 */
public interface CaseClosure {

    /** Whether a case worker's closure waits for a supervisor in this deployment. */
    boolean needsApproval();

    /** The case's closures, newest first. */
    List<Closure> history(long caseId);

    /**
     * Asks to close the case, or closes it when no approval is needed.
     *
     * @throws ConflictException {@code case-closed}, {@code closure-pending} or {@code transfer-pending}
     * @throws InvalidInputException without a reason
     */
    Closure close(long caseId, ClosureRequest request);

    /** Approves the pending closure: the case is CLOSED. @throws ConflictException {@code no-pending-closure} */
    Closure approve(long caseId);

    /** Sends the pending closure back to the case worker with a note (at least 5 characters). */
    Closure sendBack(long caseId, String note);

    /**
     * Withdraws the pending closure before a supervisor decides it: the case goes on as before.
     *
     * @throws ConflictException  {@code no-pending-closure} when nothing waits (already approved or sent back)
     * @throws ForbiddenException for a team member who neither asked for it nor supervises the organisation
     */
    Closure withdraw(long caseId);

    /**
     * Reopens a closed case.
     *
     * @throws InvalidInputException when the reason is shorter than 5 characters
     * @throws ConflictException     {@code case-not-closed}
     */
    Closure reopen(long caseId, String reason);

    /** The closures waiting for the signed-in supervisor's organisation, oldest first. Supervisors only. */
    List<PendingClosure> pending();

    /** How many closures wait for the signed-in supervisor's organisation; 0 for anyone else. Not audited. */
    int pendingCount();
}
