package org.anhduong.casework;

import org.anhduong.platform.web.ConflictException;
import org.anhduong.platform.web.ForbiddenException;
import org.anhduong.platform.web.InvalidInputException;
import org.anhduong.platform.web.NotFoundException;

import java.util.List;

/**
 * Follow-ups of cases and the "due and overdue" lists. An open follow-up is listed from
 * {@value #DAYS_AHEAD} days before its due date; it is overdue from the day after. Access as for the case
 * ({@link CaseManagement}); the team list is for supervisors ({@link ForbiddenException} otherwise). Audited as
 * {@code followUp.read/create/update} (record type {@code case}) and {@code followUp.list}.
 */
public interface FollowUps {

    int DAYS_AHEAD = 7;

    /** The case's follow-ups: open ones by due date, then done ones. */
    List<FollowUp> of(long caseId);

    /** @throws InvalidInputException when the date, purpose or assignee is missing or not valid */
    FollowUp plan(long caseId, NewFollowUp followUp);

    /**
     * Records the follow-up as done with its result.
     *
     * @throws ConflictException  when the version is stale or it is already done
     * @throws NotFoundException  when it is not a follow-up of the case
     */
    FollowUp done(long caseId, long followUpId, int version, String result);

    /** Open follow-ups assigned to the user, due soon or overdue, by due date. */
    List<DueFollowUp> mine();

    /** Open follow-ups on the cases of the supervisor's organisation, due soon or overdue, by due date. */
    List<DueFollowUp> team();
}
