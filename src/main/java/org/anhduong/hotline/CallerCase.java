package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A case of a caller's number as casework shows it in the hotline's history panel: no names, only what tells a
 * counsellor how careful to be.
 *
 * @param caseRef  casework's reference of the case
 * @param status   casework's status code, e.g. {@code OPEN}
 * @param highRisk the latest safety assessment found a high risk
 */
public record CallerCase(String caseRef, String status, @Nullable LocalDate openedOn, boolean highRisk) {
}
