package org.anhduong.casework;

import java.time.LocalDate;

/**
 * An open follow-up in a "due and overdue" list: the case by number and survivor code, no purpose (reading it is
 * reading the case).
 *
 * @param overdue due before today (in Vietnam)
 */
public record DueFollowUp(long id, long caseId, String caseNumber, String survivorCode, LocalDate dueOn,
                          long assignedTo, boolean overdue) {
}
